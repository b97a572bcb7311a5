import type { Notification } from '@jiceng/core';
import { api } from './client';

export interface Inbox {
  items: Notification[];
  total: number;
  unread: number;
}

export const notificationsApi = {
  list: (page: number, pageSize: number) => api.get<Inbox>('/notifications', { page, pageSize }),
  markRead: (id: number) => api.post<{ ok: true }>(`/notifications/${id}/read`),
  markAllRead: () => api.post<{ ok: true }>('/notifications/read-all'),
  send: (userIds: number[], title: string, body: string) =>
    api.post<{ sent: number }>('/notifications', { userIds, title, body }),
};
