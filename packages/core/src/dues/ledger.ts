import type { IsoDate } from '../shared/dates';
import { compareMonth, monthOf, monthsBetween, nextMonth, type MonthKey } from './months';

/** dues.md F9: probationary members pay from the month the branch general meeting admitted them. */
export function duesStartMonth(admissionDate: IsoDate): MonthKey {
  return monthOf(admissionDate);
}

/**
 * F11: the months dues fall due, start to through, both included, less the months a hardship decision
 * exempts entirely (F7, reduced to 0).
 */
export function monthsDue(input: {
  startMonth: MonthKey;
  throughMonth: MonthKey;
  exemptMonths?: readonly MonthKey[];
}): MonthKey[] {
  const exempt = new Set(input.exemptMonths ?? []);
  return monthsBetween(input.startMonth, input.throughMonth).filter((m) => !exempt.has(m));
}

/**
 * A ledger row as stored. Rows are only ever added: a correction is a `reversal` row naming the payment it
 * cancels (F11 with the "audited reversals, never edits in place").
 */
export const DUES_PAYMENT_KINDS = ['regular', 'reversal'] as const;
export type DuesPaymentKind = (typeof DUES_PAYMENT_KINDS)[number];
export const DUES_PAYMENT_KIND_LABELS: Record<DuesPaymentKind, string> = {
  regular: '交纳',
  reversal: '冲正',
};

export interface DuesPayment {
  id: number;
  month: MonthKey;
  /** Fen actually received for the month; a reversal repeats the amount it cancels. */
  amountFen: number;
  kind: DuesPaymentKind;
  /** For a reversal: the payment it cancels. */
  reversesId?: number | null;
}

/** Regular payments no reversal has cancelled: what the ledger counts. */
export function activePayments<P extends DuesPayment>(payments: readonly P[]): P[] {
  const reversed = new Set<number>();
  for (const p of payments) {
    if (p.kind === 'reversal' && p.reversesId !== undefined && p.reversesId !== null)
      reversed.add(p.reversesId);
  }
  return payments.filter((p) => p.kind === 'regular' && !reversed.has(p.id));
}

export interface DuesMonthPaid {
  month: MonthKey;
  paidFen: number;
  paymentIds: number[];
}

/** Per month, what the active payments add up to. */
export function paidByMonth(payments: readonly DuesPayment[]): Map<MonthKey, DuesMonthPaid> {
  const byMonth = new Map<MonthKey, DuesMonthPaid>();
  for (const p of activePayments(payments)) {
    const row = byMonth.get(p.month) ?? { month: p.month, paidFen: 0, paymentIds: [] };
    row.paidFen += p.amountFen;
    row.paymentIds.push(p.id);
    byMonth.set(p.month, row);
  }
  return byMonth;
}

/** Months with an active payment, oldest first. */
export function paidMonths(payments: readonly DuesPayment[]): MonthKey[] {
  return [...paidByMonth(payments).keys()].sort(compareMonth);
}

/**
 * How a month stands. `underpaid` arises when a base is raised after the month was paid (F10: the new base
 * applies from the month the new pay was first received); it is owed money, not a month without dues.
 */
export const DUES_MONTH_STATUSES = ['paid', 'underpaid', 'unpaid', 'exempt'] as const;
export type DuesMonthStatus = (typeof DUES_MONTH_STATUSES)[number];
export const DUES_MONTH_STATUS_LABELS: Record<DuesMonthStatus, string> = {
  paid: '已交',
  underpaid: '少交',
  unpaid: '未交',
  exempt: '免交',
};

export interface DuesLedgerRow {
  month: MonthKey;
  /** Null when no base covers the month yet (not yet verified, F10). */
  dueFen: number | null;
  paidFen: number;
  /** What is still owed for the month; 0 when paid, exempt or overpaid (F8: paying more is allowed). */
  owedFen: number;
  status: DuesMonthStatus;
  paymentIds: number[];
}

/**
 * A member's ledger, one row per month from the start month through `throughMonth`, and further when months
 * were paid in advance (F11).
 */
export function duesLedger(input: {
  startMonth: MonthKey;
  throughMonth: MonthKey;
  payments: readonly DuesPayment[];
  /** The amount due for a month (see `amountDueFor`), null when no base covers it. */
  dueFor: (month: MonthKey) => number | null;
}): DuesLedgerRow[] {
  const paid = paidByMonth(input.payments);
  let last = input.throughMonth;
  for (const month of paid.keys()) if (compareMonth(month, last) > 0) last = month;
  return monthsBetween(input.startMonth, last).map((month) => {
    const dueFen = input.dueFor(month);
    const entry = paid.get(month);
    const paidFen = entry?.paidFen ?? 0;
    const owedFen = Math.max(0, (dueFen ?? 0) - paidFen);
    let status: DuesMonthStatus;
    if (!entry) status = dueFen === 0 ? 'exempt' : 'unpaid';
    else status = owedFen > 0 ? 'underpaid' : 'paid';
    return { month, dueFen, paidFen, owedFen, status, paymentIds: entry?.paymentIds ?? [] };
  });
}

/**
 * F13 / transfers.md T3: the month dues are paid up to for a transfer letter: the last month of the unbroken
 * run of paid (or exempt, F7) months from the start month, so a gap is never hidden by a later payment.
 * Without a start month the run starts at the earliest paid month. Null when the start month itself is
 * owed: the receiving branch then collects from the start month.
 */
export function transferPaidUpTo(
  payments: readonly DuesPayment[],
  options: { startMonth?: MonthKey; exemptMonths?: readonly MonthKey[] } = {},
): MonthKey | null {
  const paid = new Set(paidMonths(payments));
  const covered = (m: MonthKey) => paid.has(m) || (options.exemptMonths ?? []).includes(m);
  const first = options.startMonth ?? [...paid][0];
  if (first === undefined) return null;
  let upTo: MonthKey | null = null;
  for (let m = first; covered(m); m = nextMonth(m)) upTo = m;
  return upTo;
}
