import { shiftMonth, type MemberDuesView, type MonthKey } from '@jiceng/core';
import { currentMonth, expectedDueFen } from './memberDues';

/** How many months past the current one the form offers to pay ahead (F11; the server allows up to 12). */
export const ADVANCE_MONTHS_OFFERED = 6;

export interface PayableMonth {
  month: MonthKey;
  /** Null when no base covers the month yet: it cannot be paid until one is verified (F10). */
  dueFen: number | null;
  kind: 'arrears' | 'current' | 'advance';
}

/**
 * The months a payment may be recorded for: the ledger's unpaid months up to now (欠交, F11: paid back per
 * month), and the next months not yet paid (预交).
 */
export function payableMonths(view: MemberDuesView, now: MonthKey = currentMonth()): PayableMonth[] {
  const ledger = new Map(view.ledger.map((r) => [r.month, r]));
  const months: PayableMonth[] = view.ledger
    .filter((r) => r.status === 'unpaid' && r.month <= now)
    .map((r) => ({ month: r.month, dueFen: r.dueFen, kind: r.month === now ? 'current' : 'arrears' }));
  for (let ahead = 1; ahead <= ADVANCE_MONTHS_OFFERED; ahead += 1) {
    const month = shiftMonth(now, ahead);
    const row = ledger.get(month);
    if (row && row.status !== 'unpaid') continue;
    const dueFen = row?.dueFen ?? expectedDueFen(view, month);
    // A month exempt by a hardship decision needs no payment (F7).
    if (dueFen === 0) continue;
    months.push({ month, dueFen, kind: 'advance' });
  }
  return months;
}
