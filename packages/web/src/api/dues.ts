import type {
  BulkPaymentInput,
  DuesArrearsList,
  DuesBaseInput,
  DuesDeclarationDecision,
  DuesDeclarationInput,
  DuesDeclarationView,
  DuesBaseView,
  DuesBulkPaid,
  DuesGenerated,
  DuesHardshipView,
  DuesPaid,
  DuesPaidUpToView,
  DuesPaymentView,
  DuesRoster,
  DuesSummary,
  HardshipInput,
  MemberDuesView,
  PaymentInput,
  RemittanceInput,
  RemittanceList,
  RemittanceView,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const duesApi = {
  // One member
  person: (personId: number) => api.get<MemberDuesView>(`/persons/${personId}/dues`),
  paidUpTo: (personId: number) => api.get<DuesPaidUpToView>(`/persons/${personId}/dues/paid-up-to`),
  addBase: (input: DuesBaseInput) => api.post<DuesBaseView>(`/persons/${input.personId}/dues-bases`, input),
  addHardship: (input: HardshipInput) =>
    api.post<DuesHardshipView>(`/persons/${input.personId}/dues-hardships`, input),
  pay: (input: PaymentInput) => api.post<DuesPaid>('/dues/payments', input),
  reverse: (paymentId: number, reason: string) =>
    api.post<{ reversal: DuesPaymentView; original: DuesPaymentView }>(
      `/dues/payments/${paymentId}/reversal`,
      {
        paymentId,
        reason,
      },
    ),
  mine: () => api.get<MemberDuesView>('/me/dues'),
  declare: (input: DuesDeclarationInput) => api.post<DuesDeclarationView>('/me/dues-declarations', input),
  decideDeclaration: (id: number, input: DuesDeclarationDecision) =>
    api.post<DuesDeclarationView>(`/dues/declarations/${id}/decision`, input),

  // A branch's collection round
  roster: (orgId: number, month: string) => api.get<DuesRoster>('/dues/roster', { orgId, month }),
  payBulk: (input: BulkPaymentInput) => api.post<DuesBulkPaid>('/dues/payments/bulk', input),
  generate: (month: string, orgId?: number) =>
    api.post<DuesGenerated>('/dues/ledger/generate', { month, orgId }),
  setFarmerAmount: (orgId: number, farmerAmountFen: number) =>
    api.put<{ orgId: number; farmerAmountFen: number }>(`/orgs/${orgId}/dues-settings`, { farmerAmountFen }),

  // Reports
  summary: (orgId: number, year: number) => api.get<DuesSummary>('/dues/summary', { orgId, year }),
  summaryXlsx: (orgId: number, year: number) =>
    downloadFile('/dues/summary.xlsx', { orgId, year }, '党费收缴汇总.xlsx'),
  arrears: (orgId?: number) => api.get<DuesArrearsList>('/dues/arrears', { orgId }),
  arrearsXlsx: (orgId?: number) => downloadFile('/dues/arrears.xlsx', { orgId }, '欠交党费名单.xlsx'),
  remittances: (orgId: number, year: number) => api.get<RemittanceList>('/dues/remittances', { orgId, year }),
  remittancesXlsx: (orgId: number, year: number) =>
    downloadFile('/dues/remittances.xlsx', { orgId, year }, '党费上缴记录.xlsx'),
  remit: (input: RemittanceInput) => api.post<RemittanceView>('/dues/remittances', input),
};
