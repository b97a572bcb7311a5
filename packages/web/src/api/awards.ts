import type {
  Award,
  AwardInput,
  AwardKind,
  CadreAllowance,
  CadreAllowanceInput,
  FiveGoodInput,
  FiveGoodView,
  PersonAwards,
  SeniorityList,
  SeniorityRule,
  SeniorityRuleView,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const awardsApi = {
  list: (query: { orgId?: number; year?: number; kind?: AwardKind }) => api.get<Award[]>('/awards', query),
  create: (input: AwardInput) => api.post<Award>('/awards', input),
  revoke: (id: number, reason: string) => api.post<Award>(`/awards/${id}/revocation`, { reason }),
  ofPerson: (personId: number) => api.get<PersonAwards>(`/persons/${personId}/awards`),
  ofOrg: (orgId: number) => api.get<Award[]>(`/orgs/${orgId}/awards`),
  fiveGood: (orgId: number, year: number) =>
    api.get<FiveGoodView>(`/orgs/${orgId}/five-good/${year}/suggestion`),
  saveFiveGood: (orgId: number, year: number, input: FiveGoodInput) =>
    api.put<FiveGoodView>(`/orgs/${orgId}/five-good/${year}`, input),
  seniorityRule: (orgId: number) => api.get<SeniorityRuleView>(`/orgs/${orgId}/seniority-rule`),
  setSeniorityRule: (orgId: number, rule: SeniorityRule) =>
    api.put<SeniorityRuleView>(`/orgs/${orgId}/seniority-rule`, rule),
  seniority: (orgId: number, year: number) => api.get<SeniorityList>('/seniority', { orgId, year }),
  seniorityXlsx: (orgId: number, year: number) =>
    downloadFile('/seniority.xlsx', { orgId, year }, '年功奖励名单.xlsx'),
  allowances: (query: { orgId?: number; year?: number }) =>
    api.get<CadreAllowance[]>('/cadre-allowances', query),
  recordAllowance: (input: CadreAllowanceInput) => api.post<CadreAllowance>('/cadre-allowances', input),
};
