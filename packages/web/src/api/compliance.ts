import type {
  BranchComplianceList,
  ComplianceReminderResult,
  ComplianceSummary,
  LocalRuleInput,
  MeetingRulesView,
} from '@jiceng/core';
import { api } from './client';

export const complianceApi = {
  summary: (orgId: number, on?: string) => api.get<ComplianceSummary>('/compliance/summary', { orgId, on }),
  branches: (orgId: number, on?: string) =>
    api.get<BranchComplianceList>('/compliance/branches', { orgId, on }),
  rules: (orgId: number) => api.get<MeetingRulesView>(`/orgs/${orgId}/meeting-rules`),
  addRule: (orgId: number, input: LocalRuleInput) =>
    api.post<MeetingRulesView>(`/orgs/${orgId}/meeting-rules`, input),
  endRule: (orgId: number, ruleId: number) =>
    api.delete<MeetingRulesView>(`/orgs/${orgId}/meeting-rules/${ruleId}`),
  remind: (orgId?: number) => api.post<ComplianceReminderResult>('/compliance/reminders', { orgId }),
};
