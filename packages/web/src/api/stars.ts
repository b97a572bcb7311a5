import type {
  StarBoard,
  StarConfirmResult,
  StarList,
  StarSettingsView,
  StarThresholdsInput,
} from '@jiceng/core';
import { api } from './client';

export const starsApi = {
  settings: (orgId: number) => api.get<StarSettingsView>(`/orgs/${orgId}/star-settings`),
  saveSettings: (orgId: number, input: StarThresholdsInput) =>
    api.put<StarSettingsView>(`/orgs/${orgId}/star-settings`, input),
  list: (orgId: number, year: number) => api.get<StarList>('/stars', { orgId, year }),
  confirm: (orgId: number, year: number) => api.post<StarConfirmResult>('/stars/confirm', { orgId, year }),
  board: (orgId: number, year?: number) => api.get<StarBoard>(`/points/board/${orgId}`, { year }),
  myBoard: (year?: number) => api.get<StarBoard>('/me/board', { year }),
};
