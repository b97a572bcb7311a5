import { DUES_MONTH_STATUSES, monthOf, type IsoDate } from '@jiceng/core';
import { z } from 'zod';
import { memberArrears, memberLedger, memberPaidUpTo, type MemberDues, type PaymentRow } from './member-dues';

const monthRunSchema = z.object({ from: z.string(), to: z.string(), months: z.number() }).nullable();

export const arrearsSchema = z.object({
  unpaidMonths: z.array(z.string()),
  currentRun: monthRunSchema,
  consecutiveUnpaid: z.number(),
  longestUnexplainedRun: monthRunSchema,
  reminderDue: z.boolean(),
  isRemovalCase: z.boolean(),
});

export const ledgerRowSchema = z.object({
  month: z.string(),
  dueFen: z.number().nullable(),
  paidFen: z.number(),
  owedFen: z.number(),
  status: z.enum(DUES_MONTH_STATUSES),
  paymentIds: z.array(z.number()),
});

export const paymentSchema = z.object({
  id: z.number(),
  personId: z.number(),
  orgId: z.number(),
  month: z.string(),
  amountFen: z.number(),
  kind: z.string(),
  reversesId: z.number().nullable(),
  active: z.boolean(),
  method: z.string().nullable(),
  paidOn: z.string(),
  receiptNumber: z.string().nullable(),
  reason: z.string().nullable(),
});

export const baseSchema = z.object({
  id: z.number(),
  personId: z.number(),
  year: z.number(),
  personKind: z.string(),
  monthlyIncomeFen: z.number().nullable(),
  fixedAmountFen: z.number().nullable(),
  effectiveFromMonth: z.string(),
  note: z.string().nullable(),
  /** What the base gives for its first month, so the form shows the quote it stored. */
  amountFen: z.number().nullable(),
});

export const hardshipSchema = z.object({
  id: z.number(),
  personId: z.number(),
  fromMonth: z.string(),
  toMonth: z.string(),
  reducedAmountFen: z.number(),
  reason: z.string(),
  decidedOn: z.string(),
  approvedByOrgName: z.string(),
});

export const memberDuesSchema = z.object({
  personId: z.number(),
  name: z.string(),
  personKind: z.string(),
  startMonth: z.string(),
  farmerAmountFen: z.number().nullable(),
  bases: z.array(baseSchema.omit({ amountFen: true })),
  hardships: z.array(hardshipSchema),
  payments: z.array(paymentSchema),
  ledger: z.array(ledgerRowSchema),
  arrears: arrearsSchema,
  /** The current month's row: what is due now. */
  dueNow: ledgerRowSchema.nullable(),
  totals: z.object({ dueFen: z.number(), paidFen: z.number(), owedFen: z.number() }),
  paidUpTo: z.string().nullable(),
});
export type MemberDuesView = z.infer<typeof memberDuesSchema>;

export const paymentView = (p: PaymentRow) => ({
  id: p.id,
  personId: p.personId,
  orgId: p.orgId,
  month: p.month,
  amountFen: p.amountFen,
  kind: p.kind,
  reversesId: p.reversesId,
  active: p.active,
  method: p.method,
  paidOn: p.paidOn,
  receiptNumber: p.receiptNumber,
  reason: p.reason,
});

export function memberDuesView(data: MemberDues, today: IsoDate): MemberDuesView {
  const ledger = memberLedger(data, today);
  const current = monthOf(today);
  const totals = { dueFen: 0, paidFen: 0, owedFen: 0 };
  for (const row of ledger) {
    totals.dueFen += row.dueFen ?? 0;
    totals.paidFen += row.paidFen;
    totals.owedFen += row.owedFen;
  }
  return {
    personId: data.person.id,
    name: data.person.name,
    personKind: data.person.personKind,
    startMonth: data.startMonth,
    farmerAmountFen: data.farmerAmountFen,
    bases: data.storedBases.map((b) => ({
      id: b.id,
      personId: b.personId,
      year: b.year,
      personKind: b.personKind,
      monthlyIncomeFen: b.monthlyIncomeFen,
      fixedAmountFen: b.fixedAmountFen,
      effectiveFromMonth: b.effectiveFromMonth,
      note: b.note,
    })),
    hardships: data.hardships.map((h) => ({
      id: h.id,
      personId: h.personId,
      fromMonth: h.fromMonth,
      toMonth: h.toMonth,
      reducedAmountFen: h.reducedAmountFen,
      reason: h.reason,
      decidedOn: h.decidedOn,
      approvedByOrgName: h.approvedByOrgName,
    })),
    payments: data.payments.map(paymentView),
    ledger,
    arrears: memberArrears(data, today),
    dueNow: ledger.find((r) => r.month === current) ?? null,
    totals,
    paidUpTo: memberPaidUpTo(data, today),
  };
}
