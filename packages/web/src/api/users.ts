import type { AssignmentInput, User, UserCreateInput } from '@jiceng/core';
import { api } from './client';
import type { Page } from './page';

export interface UserQuery {
  q?: string;
  orgId?: number;
  page: number;
  pageSize: number;
}

export const usersApi = {
  list: (query: UserQuery) => api.get<Page<User>>('/users', { ...query }),
  get: (id: number) => api.get<User>(`/users/${id}`),
  create: (input: UserCreateInput) => api.post<User>('/users', input),
  update: (id: number, input: { displayName?: string; disabled?: boolean }) =>
    api.patch<User>(`/users/${id}`, input),
  resetPassword: (id: number, password: string) =>
    api.post<{ ok: true }>(`/users/${id}/password`, { password }),
  addAssignment: (id: number, input: AssignmentInput) => api.post<User>(`/users/${id}/assignments`, input),
  removeAssignment: (id: number, assignmentId: number) =>
    api.delete<User>(`/users/${id}/assignments/${assignmentId}`),
};
