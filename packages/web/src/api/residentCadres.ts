import type {
  AssignmentState,
  CadreAssignment,
  CadreAssignmentDetail,
  CadreAssignmentEnd,
  CadreAssignmentInput,
  CadreAssignmentUpdate,
  CadreCounts,
  CadreMode,
  CadrePresence,
  CadrePresenceInput,
  CadreSettings,
  CadreTask,
  CadreTaskInput,
  CadreTaskUpdate,
} from '@jiceng/core';
import { api, send } from './client';
import { downloadFile } from './files';

export const residentCadresApi = {
  list: (query: { orgId?: number; mode?: CadreMode; state?: AssignmentState; firstSecretary?: boolean }) =>
    api.get<CadreAssignment[]>('/resident-cadres', query),
  xlsx: (query: { orgId?: number; mode?: CadreMode; state?: AssignmentState; firstSecretary?: boolean }) =>
    downloadFile('/resident-cadres.xlsx', query, '驻村干部名单.xlsx'),
  get: (id: number, unmasked = false) =>
    api.get<CadreAssignmentDetail>(`/resident-cadres/${id}`, unmasked ? { unmasked: 'true' } : undefined),
  create: (input: CadreAssignmentInput) => api.post<CadreAssignment>('/resident-cadres', input),
  update: (id: number, input: CadreAssignmentUpdate) =>
    api.patch<CadreAssignment>(`/resident-cadres/${id}`, input),
  end: (id: number, input: CadreAssignmentEnd) =>
    api.post<CadreAssignment>(`/resident-cadres/${id}/end`, input),
  logPresence: (id: number, input: CadrePresenceInput) =>
    api.post<CadrePresence>(`/resident-cadres/${id}/presence`, input),
  // 204 without a body: sent raw, not parsed as JSON.
  removePresence: (presenceId: number) =>
    send(`/resident-cadre-presence/${presenceId}`, { method: 'DELETE' }).then(() => undefined),
  addTask: (id: number, input: CadreTaskInput) => api.post<CadreTask>(`/resident-cadres/${id}/tasks`, input),
  updateTask: (taskId: number, input: CadreTaskUpdate) =>
    api.patch<CadreTask>(`/resident-cadre-tasks/${taskId}`, input),
  counts: (orgId: number, month?: string) =>
    api.get<CadreCounts>('/resident-cadres/counts', { orgId, month }),
  settings: (orgId: number) => api.get<CadreSettings>(`/orgs/${orgId}/resident-cadre-settings`),
  setSettings: (orgId: number, minPresenceDays: number) =>
    api.put<CadreSettings>(`/orgs/${orgId}/resident-cadre-settings`, { minPresenceDays }),
};
