import {
  DUES_2008,
  explainDues,
  FIXED_PERSON_KINDS,
  firstDayOf,
  duesRuleSetFor,
  monthLabel,
  monthOf,
  PERSON_KIND_LABELS,
  PERSON_KINDS,
  fenLabel,
  type DuesBreakdown,
  type MemberDuesView,
  type MonthKey,
  type PersonKind,
} from '@jiceng/core';
import dayjs, { type Dayjs } from 'dayjs';
import { todayInChina } from '../../format/time';

/** Text and small computations the member's dues views share (the profile tab and the phone). */

export type StoredBase = MemberDuesView['bases'][number];

export function asPersonKind(kind: string): PersonKind | null {
  return (PERSON_KINDS as readonly string[]).includes(kind) ? (kind as PersonKind) : null;
}

export function personKindLabel(kind: string): string {
  const known = asPersonKind(kind);
  return known ? PERSON_KIND_LABELS[known] : kind;
}

/** The dues month today falls in, China time, like the server's. */
export function currentMonth(): MonthKey {
  return monthOf(todayInChina());
}

export const monthText = (month: MonthKey | null | undefined) => (month ? monthLabel(month) : '—');
export const fenText = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : fenLabel(fen);

/** antd month pickers hold a Dayjs; the API speaks `YYYY-MM`. */
export const monthOfPicker = (value: Dayjs): MonthKey => value.format('YYYY-MM');
export const pickerOfMonth = (month: MonthKey): Dayjs => dayjs(firstDayOf(month));
export const dayOfPicker = (value: Dayjs): string => value.format('YYYY-MM-DD');

/**
 * What a base gives a month under the rule set in force then; a farmer's base without its own amount takes the
 * branch's setting (F5), as the server does. Null when the base cannot be quoted (an unknown kind).
 */
export function quoteOfBase(
  base: Pick<StoredBase, 'personKind' | 'monthlyIncomeFen' | 'fixedAmountFen' | 'effectiveFromMonth'>,
  farmerAmountFen: number | null,
): DuesBreakdown | null {
  const personKind = asPersonKind(base.personKind);
  if (!personKind) return null;
  try {
    return explainDues({
      personKind,
      monthlyIncomeFen: base.monthlyIncomeFen,
      fixedAmountFen:
        personKind === 'farmer'
          ? (base.fixedAmountFen ?? farmerAmountFen ?? DUES_2008.farmerRangeFen.default)
          : null,
      ruleSet: duesRuleSetFor(firstDayOf(base.effectiveFromMonth)),
    });
  } catch {
    return null;
  }
}

/** The latest recorded base in effect by `month` (F10), as the server picks it. */
export function baseInEffect(bases: readonly StoredBase[], month: MonthKey): StoredBase | null {
  let found: StoredBase | null = null;
  for (const b of bases) {
    if (b.effectiveFromMonth > month) continue;
    if (!found || b.effectiveFromMonth >= found.effectiveFromMonth) found = b;
  }
  return found;
}

/** "月收入 4444.50 元" or "固定金额 0.50 元": what a base was declared as. */
export function baseAmountText(base: StoredBase): string {
  if (base.monthlyIncomeFen !== null) return `月收入 ${fenLabel(base.monthlyIncomeFen)}`;
  if (base.fixedAmountFen !== null) return `固定金额 ${fenLabel(base.fixedAmountFen)}`;
  return '按规定固定金额';
}

/**
 * What a month not yet in the ledger will be due (a month paid ahead): the base in effect then under that
 * month's rules, lowered by a hardship decision covering it (F7); fixed-amount kinds need no base (F5, F6).
 * A preview only; the server computes the amount it books.
 */
export function expectedDueFen(view: MemberDuesView, month: MonthKey): number | null {
  const kind = asPersonKind(view.personKind);
  const base =
    baseInEffect(view.bases, month) ??
    (kind && (FIXED_PERSON_KINDS as readonly PersonKind[]).includes(kind)
      ? { personKind: kind, monthlyIncomeFen: null, fixedAmountFen: null, effectiveFromMonth: month }
      : null);
  if (!base) return null;
  const quote = quoteOfBase({ ...base, effectiveFromMonth: month }, view.farmerAmountFen);
  if (!quote) return null;
  let hardship: MemberDuesView['hardships'][number] | null = null;
  for (const h of view.hardships) {
    if (h.fromMonth > month || h.toMonth < month) continue;
    if (!hardship || h.decidedOn >= hardship.decidedOn) hardship = h;
  }
  return hardship ? Math.min(quote.amountFen, hardship.reducedAmountFen) : quote.amountFen;
}
