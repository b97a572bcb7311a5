import type {
  ContactRegainedInput,
  ContactSearchInput,
  LostContactInput,
  LostContactList,
  RemovalDueList,
  StandingChange,
  StandingChangeInput,
  StandingChangePage,
  StandingView,
} from '@jiceng/core';
import { api } from './client';

export const standingApi = {
  get: (personId: number) => api.get<StandingView>(`/persons/${personId}/standing`),
  change: (personId: number, input: StandingChangeInput) =>
    api.post<StandingView>(`/persons/${personId}/standing-changes`, input),
  markLost: (personId: number, input: LostContactInput) =>
    api.post<StandingView>(`/persons/${personId}/lost-contact`, input),
  search: (personId: number, input: ContactSearchInput) =>
    api.post<StandingView>(`/persons/${personId}/contact-searches`, input),
  regained: (personId: number, input: ContactRegainedInput) =>
    api.post<StandingView>(`/persons/${personId}/contact-regained`, input),
  lostContact: (orgId?: number) => api.get<LostContactList>('/movement/lost-contact', { orgId }),
  removalDue: (orgId?: number) => api.get<RemovalDueList>('/movement/removal-due', { orgId }),
  changes: (query: { orgId?: number; change?: StandingChange; page?: number; pageSize?: number }) =>
    api.get<StandingChangePage>('/movement/standing-changes', query),
};
