import type {
  Election,
  ElectionHistory,
  ElectionRecordInput,
  JointReview,
  JointReviewCreateInput,
  JointReviewDecisionInput,
  JointReviewDepartment,
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
  /** Replaces the county's list; answers with the list as saved. */
  setDepartments: (orgId: number, departments: JointReviewDepartment[]) =>
    api.put<JointReviewDepartmentList>(`/orgs/${orgId}/joint-review-departments`, departments),
  addReviewer: (departmentId: number, userId: number) =>
    api.post<JointReviewDepartmentList>(`/joint-review-departments/${departmentId}/reviewers`, { userId }),
  removeReviewer: (departmentId: number, userId: number) =>
    api.delete<JointReviewDepartmentList>(`/joint-review-departments/${departmentId}/reviewers/${userId}`),
  list: (orgId: number) => api.get<JointReview[]>('/joint-reviews', { orgId }),
  send: (input: JointReviewCreateInput) => api.post<JointReview>('/joint-reviews', input),
  queue: () => api.get<JointReviewQueueItem[]>('/joint-reviews/queue'),
  decide: (reviewId: number, candidateId: number, input: JointReviewDecisionInput) =>
    api.post<unknown>(`/joint-reviews/${reviewId}/candidates/${candidateId}/decision`, input),
};
