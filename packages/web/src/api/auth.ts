import type { Me } from '@jiceng/core';
import { api, request } from './client';

export const authApi = {
  login: (username: string, password: string) =>
    request<{ userId: number }>('/auth/login', {
      method: 'POST',
      body: { username, password },
      allowUnauthenticated: true,
    }),
  logout: () => api.post<{ ok: true }>('/auth/logout'),
  me: () => request<Me>('/auth/me', { allowUnauthenticated: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<{ ok: true }>('/auth/password', { currentPassword, newPassword }),
};
