import type {
  ActivityAttendanceInput,
  ActivityOccurrence,
  ActivityOccurrenceDetail,
  ActivitySeries,
  ActivitySeriesInput,
  ActivitySeriesUpdate,
  MyActivity,
  MyServicePosts,
  PostClaimDecision,
  PostClaimInput,
  PostClaimState,
  ServiceHoursDecision,
  ServiceHoursEntry,
  ServiceHoursInput,
  ServiceHoursState,
  ServicePost,
  ServicePostClaim,
  ServicePostInput,
  ServicePostKind,
  ServicePostState,
  ServicePostUpdate,
  TaskForce,
  TaskForceInput,
  TaskForceTaskInput,
  TaskForceTaskUpdate,
  TaskForceUpdate,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile, uploadFile } from './files';

export const servicePostsApi = {
  list: (query: { orgId: number; state?: ServicePostState; kind?: ServicePostKind }) =>
    api.get<ServicePost[]>('/service-posts', query),
  create: (input: ServicePostInput) => api.post<ServicePost>('/service-posts', input),
  update: (id: number, input: ServicePostUpdate) => api.patch<ServicePost>(`/service-posts/${id}`, input),
  claims: (query: { orgId: number; state?: PostClaimState; postId?: number }) =>
    api.get<ServicePostClaim[]>('/service-post-claims', query),
  decide: (claimId: number, decision: PostClaimDecision) =>
    api.post<ServicePostClaim>(`/service-post-claims/${claimId}/decision`, decision),
  endClaim: (claimId: number, reason?: string) =>
    api.post<ServicePostClaim>(`/service-post-claims/${claimId}/end`, { reason: reason || null }),
  recordHours: (claimId: number, input: ServiceHoursInput) =>
    api.post<ServiceHoursEntry>(`/service-post-claims/${claimId}/hours`, input),
  hours: (query: { orgId: number; state?: ServiceHoursState; claimId?: number }) =>
    api.get<ServiceHoursEntry[]>('/service-hours', query),
  hoursXlsx: (query: { orgId: number; state?: ServiceHoursState }) =>
    downloadFile('/service-hours.xlsx', query, '志愿服务时长台账.xlsx'),
  decideHours: (hoursId: number, decision: ServiceHoursDecision) =>
    api.post<ServiceHoursEntry>(`/service-hours/${hoursId}/decision`, decision),
};

export const taskForcesApi = {
  list: (orgId: number) => api.get<TaskForce[]>('/task-forces', { orgId }),
  create: (input: TaskForceInput) => api.post<TaskForce>('/task-forces', input),
  update: (id: number, input: TaskForceUpdate) => api.patch<TaskForce>(`/task-forces/${id}`, input),
  addTask: (id: number, input: TaskForceTaskInput) => api.post<TaskForce>(`/task-forces/${id}/tasks`, input),
  updateTask: (taskId: number, input: TaskForceTaskUpdate) =>
    api.patch<TaskForce>(`/task-force-tasks/${taskId}`, input),
};

export const activitiesApi = {
  series: (orgId: number) => api.get<ActivitySeries[]>('/activity-series', { orgId }),
  createSeries: (input: ActivitySeriesInput) => api.post<ActivitySeries>('/activity-series', input),
  updateSeries: (id: number, input: ActivitySeriesUpdate) =>
    api.patch<ActivitySeries>(`/activity-series/${id}`, input),
  occurrences: (seriesId: number, range: { from?: string; to?: string } = {}) =>
    api.get<ActivityOccurrence[]>(`/activity-series/${seriesId}/occurrences`, range),
  plan: (seriesId: number, range: { from: string; to: string }) =>
    api.post<ActivityOccurrence[]>(`/activity-series/${seriesId}/occurrences`, range),
  occurrence: (id: number) => api.get<ActivityOccurrenceDetail>(`/activity-occurrences/${id}`),
  cancel: (id: number, reason: string) =>
    api.post<ActivityOccurrenceDetail>(`/activity-occurrences/${id}/cancellation`, { reason }),
  markAttendance: (id: number, input: ActivityAttendanceInput) =>
    api.post<ActivityOccurrenceDetail>(`/activity-occurrences/${id}/attendance`, input),
  uploadPhoto: (id: number, file: File) =>
    uploadFile<ActivityOccurrenceDetail>(`/activity-occurrences/${id}/photos`, file),
  deletePhoto: (photoId: number) => api.delete<ActivityOccurrenceDetail>(`/activity-photos/${photoId}`),
  /** Photos are read by the browser directly (same-origin session cookie). */
  photoUrl: (photoId: number) => `/api/activity-photos/${photoId}`,
};

export const myServicePostsApi = {
  get: () => api.get<MyServicePosts>('/me/service-posts'),
  claim: (postId: number, input: PostClaimInput = {}) =>
    api.post<ServicePostClaim>(`/me/service-posts/${postId}/claims`, input),
  withdraw: (claimId: number) => api.post<ServicePostClaim>(`/me/service-post-claims/${claimId}/withdrawal`),
  logHours: (claimId: number, input: ServiceHoursInput) =>
    api.post<ServiceHoursEntry>(`/me/service-post-claims/${claimId}/hours`, input),
  signUp: (occurrenceId: number) => api.post<MyActivity>(`/me/activity-occurrences/${occurrenceId}/signup`),
  cancelSignUp: (occurrenceId: number) =>
    api.delete<MyActivity>(`/me/activity-occurrences/${occurrenceId}/signup`),
};
