import type { PersonKind } from '../person/enums';
import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { compareMonth, firstDayOf, isMonthKey, monthsBetween, type MonthKey } from './months';
import { checkDuesQuoteInput, quoteDues } from './quote';
import type { DuesRuleSet } from './rule-set';
import { duesRuleSetFor } from './rule-sets';

/**
 * dues.md F10: a member's verified base. Declared once a year, and again from the month a pay change is first
 * received; each is a new record, so the history stays.
 */
export interface DuesBase {
  year: number;
  personKind: PersonKind;
  /** After-tax monthly income (or pension) in fen; null for fixed-amount kinds. */
  monthlyIncomeFen: number | null;
  /** A farmer's amount as the branch set it (F5); null otherwise. */
  fixedAmountFen: number | null;
  effectiveFromMonth: MonthKey;
}

/**
 * The base for a month: the latest one in effect by then. Among bases with the same effective month the last
 * in the list wins, so pass them in the order they were recorded and a correction replaces the mistake.
 */
export function baseFor<B extends DuesBase>(month: MonthKey, bases: readonly B[]): B | null {
  let found: B | null = null;
  for (const b of bases) {
    if (compareMonth(b.effectiveFromMonth, month) > 0) continue;
    if (!found || compareMonth(b.effectiveFromMonth, found.effectiveFromMonth) >= 0) found = b;
  }
  return found;
}

/** Refusals for a base before it is stored. */
export function checkDuesBase(base: DuesBase, ruleSet?: DuesRuleSet): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!isMonthKey(base.effectiveFromMonth)) {
    return [{ rule: 'dues.md F10', field: 'effectiveFromMonth', message: '起算月份格式应为 YYYY-MM' }];
  }
  if (Number(base.effectiveFromMonth.slice(0, 4)) !== base.year) {
    violations.push({
      rule: 'dues.md F10',
      field: 'effectiveFromMonth',
      message: `起算月份应在 ${base.year} 年内（交纳基数每年核定一次）`,
    });
  }
  if (base.fixedAmountFen !== null && base.personKind !== 'farmer') {
    violations.push({
      rule: 'dues.md F5',
      field: 'fixedAmountFen',
      message: '只有农牧渔民党员由支部确定固定交纳金额',
    });
  }
  violations.push(
    ...checkDuesQuoteInput({
      personKind: base.personKind,
      monthlyIncomeFen: base.monthlyIncomeFen,
      fixedAmountFen: base.fixedAmountFen,
      ruleSet: ruleSet ?? duesRuleSetFor(firstDayOf(base.effectiveFromMonth)),
    }),
  );
  return violations;
}

/**
 * dues.md F7: a branch decision, approved by the next-higher committee, that a member in hardship pays less
 * (or nothing, `reducedAmountFen` 0) for the months it covers.
 */
export interface DuesHardship {
  fromMonth: MonthKey;
  toMonth: MonthKey;
  reducedAmountFen: number;
  decidedOn: IsoDate;
  approvedByOrgName: string;
}

/** The decision covering a month; the most recently decided one when several overlap. */
export function hardshipFor<H extends DuesHardship>(month: MonthKey, hardships: readonly H[]): H | null {
  let found: H | null = null;
  for (const h of hardships) {
    if (compareMonth(h.fromMonth, month) > 0 || compareMonth(h.toMonth, month) < 0) continue;
    if (!found || h.decidedOn >= found.decidedOn) found = h;
  }
  return found;
}

/** Months a decision exempts entirely (reduced to 0), for `monthsDue` and `arrears`. */
export function exemptMonthsOf(hardships: readonly DuesHardship[]): MonthKey[] {
  const months = new Set<MonthKey>();
  for (const h of hardships) {
    if (h.reducedAmountFen === 0) for (const m of monthsBetween(h.fromMonth, h.toMonth)) months.add(m);
  }
  // A later decision covering the same month with an amount overrides the exemption.
  return [...months].filter((m) => hardshipFor(m, hardships)?.reducedAmountFen === 0).sort(compareMonth);
}

/** Refusals for a hardship decision before it is stored. */
export function checkHardship(h: DuesHardship): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!isMonthKey(h.fromMonth) || !isMonthKey(h.toMonth)) {
    return [{ rule: 'dues.md F7', field: 'fromMonth', message: '月份格式应为 YYYY-MM' }];
  }
  if (compareMonth(h.toMonth, h.fromMonth) < 0) {
    violations.push({ rule: 'dues.md F7', field: 'toMonth', message: '结束月份不能早于开始月份' });
  }
  if (!Number.isSafeInteger(h.reducedAmountFen) || h.reducedAmountFen < 0) {
    violations.push({
      rule: 'dues.md F7',
      field: 'reducedAmountFen',
      message: '减免后金额应为非负整数（单位：分），0 表示免交',
    });
  }
  if (h.approvedByOrgName.trim() === '') {
    violations.push({ rule: 'dues.md F7', field: 'approvedByOrgName', message: '须填写批准的上级党委' });
  }
  return violations;
}

export interface DuesAmountDue {
  /** What the member owes for the month. */
  amountFen: number;
  /** What the base alone gives (`quoteDues`), before any hardship decision. */
  quotedFen: number;
  base: DuesBase;
  hardship: DuesHardship | null;
}

/**
 * The amount due for a month: the base in effect (F10) quoted under the rule set in force for that month,
 * lowered by a hardship decision covering it (F7). A decision never raises the amount. Null when no base
 * covers the month yet.
 */
export function amountDueFor(
  month: MonthKey,
  bases: readonly DuesBase[],
  hardships: readonly DuesHardship[] = [],
  ruleSet?: DuesRuleSet,
): DuesAmountDue | null {
  const base = baseFor(month, bases);
  if (!base) return null;
  const { amountFen: quotedFen } = quoteDues({
    personKind: base.personKind,
    monthlyIncomeFen: base.monthlyIncomeFen,
    fixedAmountFen: base.fixedAmountFen,
    ruleSet: ruleSet ?? duesRuleSetFor(firstDayOf(month)),
  });
  const hardship = hardshipFor(month, hardships);
  const amountFen = hardship ? Math.min(quotedFen, hardship.reducedAmountFen) : quotedFen;
  return { amountFen, quotedFen, base, hardship };
}
