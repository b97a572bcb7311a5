import type {
  HotlineServiceRequestInput,
  PublicServiceOrg,
  PublicServiceReceipt,
  PublicServiceRequestInput,
  PublicServiceTracking,
  ServiceAssignInput,
  ServiceDeadlinesInput,
  ServiceDeadlinesView,
  ServiceOnTimeView,
  ServiceRateInput,
  ServiceRequestDetail,
  ServiceRequestItem,
  ServiceRequestKind,
  ServiceRequestPage,
  ServiceRequestState,
} from '@jiceng/core';
import { api } from './client';

export interface ServiceRequestFilter {
  orgId: number;
  state?: ServiceRequestState;
  kind?: ServiceRequestKind;
  overdue?: boolean;
  escalated?: boolean;
  serviceDesk?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** 服务诉求: the staff's list and steps, the member's own, and the resident's public page. */
export const serviceRequestsApi = {
  list: (filter: ServiceRequestFilter) => api.get<ServiceRequestPage>('/service-requests', { ...filter }),
  get: (id: number) => api.get<ServiceRequestDetail>(`/service-requests/${id}`),
  hotline: (input: HotlineServiceRequestInput) => api.post<ServiceRequestItem>('/service-requests', input),
  assign: (id: number, input: ServiceAssignInput) =>
    api.post<ServiceRequestDetail>(`/service-requests/${id}/assignment`, input),
  respond: (id: number, note?: string) =>
    api.post<ServiceRequestDetail>(`/service-requests/${id}/response`, note ? { note } : {}),
  resolve: (id: number, resolution: string) =>
    api.post<ServiceRequestDetail>(`/service-requests/${id}/resolution`, { resolution }),
  reject: (id: number, reason: string) =>
    api.post<ServiceRequestDetail>(`/service-requests/${id}/rejection`, { reason }),
  withdraw: (id: number, reason: string) =>
    api.post<ServiceRequestDetail>(`/service-requests/${id}/withdrawal`, { reason }),
  deadlines: (orgId: number) => api.get<ServiceDeadlinesView>(`/orgs/${orgId}/service-deadlines`),
  setDeadlines: (orgId: number, input: ServiceDeadlinesInput) =>
    api.put<ServiceDeadlinesView>(`/orgs/${orgId}/service-deadlines`, input),
  onTime: (orgId: number, from: string, to: string) =>
    api.get<ServiceOnTimeView>('/service-requests/on-time', { orgId, from, to }),

  mine: () => api.get<ServiceRequestItem[]>('/me/service-requests'),
  myRespond: (id: number, note?: string) =>
    api.post<ServiceRequestDetail>(`/me/service-requests/${id}/response`, note ? { note } : {}),
  myResolve: (id: number, resolution: string) =>
    api.post<ServiceRequestDetail>(`/me/service-requests/${id}/resolution`, { resolution }),

  publicOrgs: () => api.get<PublicServiceOrg[]>('/public/service-orgs'),
  file: (input: PublicServiceRequestInput) =>
    api.post<PublicServiceReceipt>('/public/service-requests', input),
  track: (code: string) =>
    api.get<PublicServiceTracking>(`/public/service-requests/${encodeURIComponent(code)}`),
  rate: (code: string, input: ServiceRateInput) =>
    api.post<PublicServiceTracking>(`/public/service-requests/${encodeURIComponent(code)}/rating`, input),
};
