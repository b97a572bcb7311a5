import type {
  InflowOrgHit,
  OutflowActivityInput,
  OutflowDetail,
  OutflowInput,
  OutflowPage,
  OutflowReturnInput,
  OutflowSide,
  OutflowStateFilter,
  OwnOutflow,
} from '@jiceng/core';
import { api } from './client';

export interface OutflowFilter {
  side: OutflowSide;
  orgId?: number;
  state?: OutflowStateFilter;
}

/** Mobile members (流动党员): outflows from the actor's orgs and into them (T9). */
export const mobileApi = {
  list: (filter: OutflowFilter, page: number, pageSize: number) =>
    api.get<OutflowPage>('/outflows', { ...filter, page, pageSize }),
  get: (id: number, unmasked = false) =>
    api.get<OutflowDetail>(`/outflows/${id}`, { unmasked: unmasked ? 'true' : undefined }),
  register: (input: OutflowInput) => api.post<OutflowDetail>('/outflows', input),
  confirm: (id: number) => api.post<OutflowDetail>(`/outflows/${id}/confirm`),
  markReturned: (id: number, input: OutflowReturnInput) =>
    api.post<OutflowDetail>(`/outflows/${id}/return`, input),
  recordActivity: (id: number, input: OutflowActivityInput) =>
    api.post<OutflowDetail>(`/outflows/${id}/activities`, input),
  /** Branches anywhere in Jiceng, by name: the inflow org may be outside the actor's reach. */
  inflowOrgs: (q: string) => api.get<InflowOrgHit[]>('/outflows/inflow-orgs', { q }),
  own: () => api.get<OwnOutflow>('/me/outflow'),
};
