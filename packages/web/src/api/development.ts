import type { Board, DevelopmentView, StepRecorded, StepRecordInput } from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const developmentApi = {
  get: (personId: number) => api.get<DevelopmentView>(`/persons/${personId}/development`),
  record: (personId: number, input: StepRecordInput) =>
    api.post<StepRecorded>(`/persons/${personId}/development/steps`, input),
  void: (personId: number, eventId: number, reason: string) =>
    api.post<DevelopmentView>(`/persons/${personId}/development/steps/${eventId}/void`, { reason }),
  board: (orgId?: number) => api.get<Board>('/development/board', { orgId }),
  recordPdf: (personId: number) =>
    downloadFile(`/persons/${personId}/development/record.pdf`, undefined, '发展党员纪实表.pdf'),
};
