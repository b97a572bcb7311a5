import type {
  AssessmentBoard,
  AssessmentComputeResult,
  AssessmentItemsInput,
  AssessmentItemsView,
  AssessmentScoreInput,
  AssessmentScoreView,
  AssessmentYear,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const assessmentApi = {
  items: (orgId: number) => api.get<AssessmentItemsView>(`/orgs/${orgId}/assessment-items`),
  setItems: (orgId: number, input: AssessmentItemsInput) =>
    api.put<AssessmentItemsView>(`/orgs/${orgId}/assessment-items`, input),
  clearItems: (orgId: number) => api.delete<AssessmentItemsView>(`/orgs/${orgId}/assessment-items`),
  board: (orgId: number, month: string) => api.get<AssessmentBoard>('/assessment/board', { orgId, month }),
  boardXlsx: (orgId: number, month: string) =>
    downloadFile('/assessment/board.xlsx', { orgId, month }, '支部考核.xlsx'),
  compute: (orgId: number, month: string) =>
    api.post<AssessmentComputeResult>('/assessment/compute', { orgId, month }),
  publish: (orgId: number, month: string) =>
    api.post<AssessmentBoard>('/assessment/publish', { orgId, month }),
  score: (branchId: number, month: string, itemKey: string, input: AssessmentScoreInput) =>
    api.put<AssessmentScoreView>(`/assessment/scores/${branchId}/${month}/${itemKey}`, input),
  year: (orgId: number, year: number) => api.get<AssessmentYear>('/assessment/year', { orgId, year }),
};
