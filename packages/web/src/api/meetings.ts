import type {
  AmendmentInput,
  AttendanceMarkInput,
  CustomKindInput,
  MeetingDetail,
  MeetingKindOption,
  MeetingPage,
  MeetingPlanInput,
  MeetingState,
  MinutesInput,
  MyMeetings,
  SignInView,
} from '@jiceng/core';
import { api } from './client';

export interface MeetingFilter {
  orgId?: number;
  kind?: string;
  state?: MeetingState;
  from?: string;
  to?: string;
}

/** Organizational life: meetings, their attendance and minutes, and sign-in with the QR code. */
export const meetingsApi = {
  list: (filter: MeetingFilter, page: number, pageSize: number) =>
    api.get<MeetingPage>('/meetings', { ...filter, page, pageSize }),
  get: (id: number) => api.get<MeetingDetail>(`/meetings/${id}`),
  plan: (input: MeetingPlanInput) => api.post<MeetingDetail>('/meetings', input),
  hold: (id: number, heldOn: string) => api.post<MeetingDetail>(`/meetings/${id}/hold`, { heldOn }),
  saveMinutes: (id: number, input: MinutesInput) => api.put<MeetingDetail>(`/meetings/${id}/minutes`, input),
  mark: (id: number, input: AttendanceMarkInput) =>
    api.post<MeetingDetail>(`/meetings/${id}/attendance`, input),
  cancel: (id: number, reason?: string) => api.post<MeetingDetail>(`/meetings/${id}/cancel`, { reason }),
  /** Refused with every missing item in the error's `violations`. */
  close: (id: number) => api.post<MeetingDetail>(`/meetings/${id}/close`),
  amend: (id: number, input: AmendmentInput) => api.post<MeetingDetail>(`/meetings/${id}/amendments`, input),
  kinds: (orgId: number) => api.get<MeetingKindOption[]>(`/orgs/${orgId}/meeting-kinds`),
  addKind: (orgId: number, input: CustomKindInput) =>
    api.post<MeetingKindOption>(`/orgs/${orgId}/meeting-kinds`, input),
  signInView: (token: string) => api.get<SignInView>(`/sign-in/${encodeURIComponent(token)}`),
  signIn: (token: string) => api.post<SignInView>(`/sign-in/${encodeURIComponent(token)}`),
  mine: () => api.get<MyMeetings>('/me/meetings'),
};
