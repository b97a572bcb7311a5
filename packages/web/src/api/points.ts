import type {
  MyPointsView,
  OrgPointsRulesView,
  PersonPointsView,
  PointsClaimDecision,
  PointsClaimInput,
  PointsClaimList,
  PointsClaimStatus,
  PointsClaimView,
  PointsDeductionInput,
  PointsDeductionList,
  PointsDeductionView,
  PointsLedger,
  PointsMonthClosed,
  PointsRecomputeResult,
  PointsRule,
  StarSettingsView,
} from '@jiceng/core';
import { api } from './client';

export const pointsApi = {
  rules: (orgId: number) => api.get<OrgPointsRulesView>(`/orgs/${orgId}/points-rules`),
  setRules: (orgId: number, rules: PointsRule[]) =>
    api.put<OrgPointsRulesView>(`/orgs/${orgId}/points-rules`, { rules }),
  recompute: (orgId: number, year: number) =>
    api.post<PointsRecomputeResult>('/points/recompute', { orgId, year }),
  ledger: (query: {
    orgId: number;
    year: number;
    month?: string;
    sort?: string;
    page?: number;
    pageSize?: number;
  }) => api.get<PointsLedger>('/points', query),
  person: (personId: number, year: number) =>
    api.get<PersonPointsView>(`/persons/${personId}/points`, { year }),
  mine: () => api.get<MyPointsView>('/me/points'),
  claim: (input: PointsClaimInput) => api.post<PointsClaimView>('/me/points-claims', input),
  claims: (orgId: number, status?: PointsClaimStatus) =>
    api.get<PointsClaimList>('/points/claims', { orgId, status }),
  decide: (claimId: number, decision: PointsClaimDecision) =>
    api.post<PointsClaimView>(`/points/claims/${claimId}/decision`, decision),
  deductions: (personId: number) => api.get<PointsDeductionList>(`/persons/${personId}/points-deductions`),
  recordDeduction: (personId: number, input: PointsDeductionInput) =>
    api.post<PointsDeductionView>(`/persons/${personId}/points-deductions`, input),
  revokeDeduction: (deductionId: number, revokeReason: string) =>
    api.post<PointsDeductionView>(`/points-deductions/${deductionId}/revocation`, { revokeReason }),
  closeMonth: (orgId: number, month: string) =>
    api.post<PointsMonthClosed>(`/orgs/${orgId}/points-months/${month}/close`),
  /** Drops the org's own star thresholds: it follows the level above again (the rest is in starsApi). */
  inheritStarSettings: (orgId: number) => api.delete<StarSettingsView>(`/orgs/${orgId}/star-settings`),
};
