import type { IsoDate } from '../shared/dates';

/**
 * 党龄 in whole years on a date: counted from the conversion date (development.md D20), the anniversary
 * itself completing a year. Null before conversion or without one (a probationary member has no party age).
 */
export function partyAge(conversionDate: IsoDate | null, on: IsoDate): number | null {
  if (!conversionDate || conversionDate > on) return null;
  return wholeYearsBetween(conversionDate, on);
}

/** Whole years from `from` to `to` (from ≤ to): 2000-07-01 → 2010-07-01 is 10, → 2010-06-30 is 9. */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}
