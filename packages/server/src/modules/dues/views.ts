import { monthOf, type DuesDeclarationView, type IsoDate, type MemberDuesView } from '@jiceng/core';
import { memberArrears, memberLedger, memberPaidUpTo, type MemberDues, type PaymentRow } from './member-dues';

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

export function memberDuesView(
  data: MemberDues,
  today: IsoDate,
  declarations: DuesDeclarationView[] = [],
): MemberDuesView {
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
      approvedOn: h.approvedOn,
      approvedByOrgName: h.approvedByOrgName,
      decisionRef: h.decisionRef,
    })),
    payments: data.payments.map(paymentView),
    ledger,
    arrears: memberArrears(data, today),
    dueNow: ledger.find((r) => r.month === current) ?? null,
    totals,
    paidUpTo: memberPaidUpTo(data, today),
    declarations,
  };
}
