import type {
  Board,
  DevelopmentReminderResult,
  DevelopmentView,
  Pipeline,
  StepRecorded,
  StepRecordInput,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const developmentApi = {
  get: (personId: number) => api.get<DevelopmentView>(`/persons/${personId}/development`),
  record: (personId: number, input: StepRecordInput) =>
    api.post<StepRecorded>(`/persons/${personId}/development/steps`, input),
  void: (personId: number, eventId: number, reason: string) =>
    api.post<DevelopmentView>(`/persons/${personId}/development/steps/${eventId}/void`, { reason }),
  board: (orgId?: number) => api.get<Board>('/development/board', { orgId }),
  remind: (orgId?: number) => api.post<DevelopmentReminderResult>('/development/reminders', { orgId }),
  pipeline: (orgId: number) => api.get<Pipeline>('/development/pipeline', { orgId }),
  own: () => api.get<DevelopmentView>('/me/development'),
  recordPdf: (personId: number) =>
    downloadFile(`/persons/${personId}/development/record.pdf`, undefined, '发展党员纪实表.pdf'),
};
