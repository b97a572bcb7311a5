import type {
  ConsentInput,
  Coverage,
  FundContributionInput,
  FundGrantInput,
  FundLedger,
  Household,
  HouseholdClose,
  HouseholdInput,
  HouseholdPage,
  HouseholdSituation,
  HouseholdUpdate,
  MyPairings,
  MyVisitInput,
  Pairing,
  PairingEnd,
  PairingInput,
  Visit,
  VisitInput,
  VisitPage,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export interface HouseholdFilter {
  orgId?: number;
  q?: string;
  situation?: HouseholdSituation;
  status?: 'open' | 'closed' | 'all';
  paired?: boolean;
}

export interface VisitFilter {
  orgId?: number;
  householdId?: number;
  visitorPersonId?: number;
  from?: string;
  to?: string;
}

export const pairingApi = {
  households: (filter: HouseholdFilter, page: number, pageSize: number) =>
    api.get<HouseholdPage>('/pairing/households', { ...filter, page, pageSize }),
  household: (id: number, unmasked = false) =>
    api.get<Household>(`/pairing/households/${id}`, unmasked ? { unmasked: 'true' } : undefined),
  createHousehold: (input: HouseholdInput) => api.post<Household>('/pairing/households', input),
  updateHousehold: (id: number, input: HouseholdUpdate) =>
    api.patch<Household>(`/pairing/households/${id}`, input),
  deleteHousehold: (id: number) => api.delete<null>(`/pairing/households/${id}`),
  recordConsent: (id: number, input: ConsentInput) =>
    api.put<Household>(`/pairing/households/${id}/consent`, input),
  closeHousehold: (id: number, input: HouseholdClose) =>
    api.post<Household>(`/pairing/households/${id}/closure`, input),
  pairings: (query: { orgId?: number; householdId?: number; helperPersonId?: number; active?: boolean }) =>
    api.get<Pairing[]>('/pairing/pairings', query),
  pair: (input: PairingInput) => api.post<Pairing>('/pairing/pairings', input),
  endPairing: (id: number, input: PairingEnd) => api.post<Pairing>(`/pairing/pairings/${id}/end`, input),
  visits: (filter: VisitFilter, page: number, pageSize: number) =>
    api.get<VisitPage>('/pairing/visits', { ...filter, page, pageSize }),
  recordVisit: (input: VisitInput) => api.post<Visit>('/pairing/visits', input),
  voidVisit: (id: number, reason: string) => api.post<Visit>(`/pairing/visits/${id}/void`, { reason }),
  visitsXlsx: (filter: VisitFilter) =>
    downloadFile('/pairing/visits.xlsx', { ...filter }, '结对帮扶走访记录.xlsx'),
  coverage: (orgId: number) => api.get<Coverage>('/pairing/coverage', { orgId }),
  fund: (orgId: number) => api.get<FundLedger>(`/pairing/funds/${orgId}`),
  contribute: (input: FundContributionInput) => api.post<FundLedger>('/pairing/funds/contributions', input),
  grant: (input: FundGrantInput) => api.post<FundLedger>('/pairing/funds/grants', input),
  mine: () => api.get<MyPairings>('/me/pairings'),
  logMyVisit: (input: MyVisitInput) => api.post<Visit>('/me/pairing-visits', input),
};
