import { addDays, addYears, daysBetween, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import type { UnitKind } from './unit-kinds';

export const TERM_YEARS_MIN = 3;
export const TERM_YEARS_MAX = 5;
/** Project convention (org-life.md L12): remind three months ahead. */
export const TERM_REMINDER_DAYS = 90;

/** org-life.md L11: village and community committees serve 5 years, others 3. */
export function defaultTermYears(unitKind: UnitKind | null): number {
  return unitKind === 'village' || unitKind === 'community' ? 5 : 3;
}

/** org-life.md L11: a term is 3–5 years. */
export function checkTermYears(years: number): RuleViolation | null {
  if (Number.isInteger(years) && years >= TERM_YEARS_MIN && years <= TERM_YEARS_MAX) return null;
  return {
    rule: 'org-life.md L11',
    field: 'termYears',
    message: `任期年限应为 ${TERM_YEARS_MIN}–${TERM_YEARS_MAX} 年`,
  };
}

export type TermStatus = 'none' | 'current' | 'ending_soon' | 'expired';

export const TERM_STATUS_LABELS: Record<TermStatus, string> = {
  none: '未设置任期',
  current: '任期内',
  ending_soon: '90 天内届满',
  expired: '任期已届满',
};

export interface TermInfo {
  status: TermStatus;
  endsOn: IsoDate | null;
  daysLeft: number | null;
}

/** The term ends the day before the anniversary of its start (a 3-year term from 2023-05-10 ends 2026-05-09). */
export function termInfo(startedOn: IsoDate | null, years: number, today: IsoDate): TermInfo {
  if (startedOn === null) return { status: 'none', endsOn: null, daysLeft: null };
  const endsOn = addDays(addYears(startedOn, years), -1);
  const daysLeft = daysBetween(today, endsOn);
  // org-life.md L12: renewal is due when the term ends; remind TERM_REMINDER_DAYS ahead.
  const status: TermStatus =
    daysLeft < 0 ? 'expired' : daysLeft <= TERM_REMINDER_DAYS ? 'ending_soon' : 'current';
  return { status, endsOn, daysLeft };
}
