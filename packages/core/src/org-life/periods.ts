import { addDays, addMonths, daysBetween, type IsoDate } from '../shared/dates';

/** How often a requirement recurs; calendar periods in China time (org-life.md L1). */
export const FREQUENCIES = ['month', 'quarter', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  month: '每月',
  quarter: '每季度',
  year: '每年',
};

/** Months in one period of each frequency; also orders them (a shorter period is stricter). */
export const FREQUENCY_MONTHS: Record<Frequency, number> = { month: 1, quarter: 3, year: 12 };

export interface Period {
  /** `2026-11`, `2026-Q4` or `2026`. */
  key: string;
  per: Frequency;
  start: IsoDate;
  /** The last day of the period, inclusive. */
  end: IsoDate;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** org-life.md L1: the calendar month, quarter or year the date lies in. */
export function periodOf(date: IsoDate, per: Frequency): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const yearText = date.slice(0, 4);
  if (per === 'year') return { key: yearText, per, start: `${yearText}-01-01`, end: `${yearText}-12-31` };
  const firstMonth = per === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  const start = `${yearText}-${pad2(firstMonth)}-01`;
  const end = addDays(addMonths(start, FREQUENCY_MONTHS[per]), -1);
  const key = per === 'quarter' ? `${year}-Q${(firstMonth + 2) / 3}` : `${yearText}-${pad2(month)}`;
  return { key, per, start, end };
}

/** The period right after this one. */
export function nextPeriod(period: Period): Period {
  return periodOf(addDays(period.end, 1), period.per);
}

/** Every period that touches [from, to], oldest first; empty when `to` is before `from`. */
export function periodsBetween(from: IsoDate, to: IsoDate, per: Frequency): Period[] {
  const periods: Period[] = [];
  if (to < from) return periods;
  for (let p = periodOf(from, per); p.start <= to; p = nextPeriod(p)) periods.push(p);
  return periods;
}

export function periodContains(period: Period, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

/** Whether the period has not ended yet and ends within `days` days of today (0 = ends today). */
export function periodEndsWithin(period: Period, today: IsoDate, days: number): boolean {
  const left = daysBetween(today, period.end);
  return left >= 0 && left <= days;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** `2026年11月`, `2026年第四季度`, `2026年`. */
export function periodLabel(period: Period): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  if (period.per === 'year') return `${year}年`;
  if (period.per === 'quarter') return `${year}年第${QUARTER_NAMES[(month - 1) / 3] ?? ''}季度`;
  return `${year}年${month}月`;
}
