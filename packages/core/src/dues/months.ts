import { DUES_MONTH_PATTERN } from '../movement/transfer-letter';
import type { IsoDate } from '../shared/dates';

/**
 * A dues month, `YYYY-MM` (dues.md F11: dues are due and recorded per month). The same format the transfer
 * letter's `duesPaidUpTo` uses, so the two compare as strings.
 */
export type MonthKey = string;

export function isMonthKey(value: string): boolean {
  return DUES_MONTH_PATTERN.test(value);
}

function assertMonth(month: MonthKey): void {
  if (!isMonthKey(month)) throw new RangeError(`月份格式应为 YYYY-MM：${month}`);
}

/** Months since year 0, so month arithmetic is integer arithmetic. */
function indexOf(month: MonthKey): number {
  assertMonth(month);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function fromIndex(index: number): MonthKey {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month a date (China time, like every date here) falls in. */
export function monthOf(date: IsoDate): MonthKey {
  const month = date.slice(0, 7);
  assertMonth(month);
  return month;
}

/** The month `count` months later (earlier when negative). */
export function shiftMonth(month: MonthKey, count: number): MonthKey {
  return fromIndex(indexOf(month) + count);
}

export function nextMonth(month: MonthKey): MonthKey {
  return shiftMonth(month, 1);
}

export function previousMonth(month: MonthKey): MonthKey {
  return shiftMonth(month, -1);
}

/** Negative when `a` is earlier, 0 when equal, positive when later; usable as a sort comparator. */
export function compareMonth(a: MonthKey, b: MonthKey): number {
  return indexOf(a) - indexOf(b);
}

/** Whole months from `from` to `to`: 0 for the same month, negative when `to` is earlier. */
export function monthDistance(from: MonthKey, to: MonthKey): number {
  return indexOf(to) - indexOf(from);
}

/** Every month from `from` to `to`, both included, oldest first; empty when `to` is earlier. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const start = indexOf(from);
  const end = indexOf(to);
  const months: MonthKey[] = [];
  for (let i = start; i <= end; i += 1) months.push(fromIndex(i));
  return months;
}

/** The first day of the month, for fields that take a date. */
export function firstDayOf(month: MonthKey): IsoDate {
  assertMonth(month);
  return `${month}-01`;
}

/** `2026年5月`, as the UI and receipts show a month. */
export function monthLabel(month: MonthKey): string {
  assertMonth(month);
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
