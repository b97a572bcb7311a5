import type {
  Election,
  ElectionHistory,
  ElectionRecordInput,
  JointReview,
  JointReviewCreateInput,
  JointReviewDecisionInput,
  JointReviewDepartmentList,
  JointReviewQueueItem,
} from '@jiceng/core';
import { api } from './client';

export const electionsApi = {
  history: (orgId: number) => api.get<ElectionHistory>(`/orgs/${orgId}/elections`),
  record: (orgId: number, input: ElectionRecordInput) =>
    api.post<Election>(`/orgs/${orgId}/elections`, input),
};

export const jointReviewApi = {
  departments: (orgId: number) =>
    api.get<JointReviewDepartmentList>(`/orgs/${orgId}/joint-review-departments`),
  list: (orgId: number) => api.get<JointReview[]>('/joint-reviews', { orgId }),
  send: (input: JointReviewCreateInput) => api.post<JointReview>('/joint-reviews', input),
  queue: () => api.get<JointReviewQueueItem[]>('/joint-reviews/queue'),
  decide: (reviewId: number, candidateId: number, input: JointReviewDecisionInput) =>
    api.post<unknown>(`/joint-reviews/${reviewId}/candidates/${candidateId}/decision`, input),
};
