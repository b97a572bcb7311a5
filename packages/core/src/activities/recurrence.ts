import { addDays, type IsoDate } from '../shared/dates';

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const ACTIVITY_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type ActivityWeekday = (typeof ACTIVITY_WEEKDAYS)[number];
export const ACTIVITY_WEEKDAY_LABELS: Record<ActivityWeekday, string> = {
  1: '周一',
  2: '周二',
  3: '周三',
  4: '周四',
  5: '周五',
  6: '周六',
  7: '周日',
};

/** Which week of the month: 1–4, or -1 for the last one (每月最后一个周五). */
export const NTH_WEEKS = [1, 2, 3, 4, -1] as const;
export type NthWeek = (typeof NTH_WEEKS)[number];
const NTH_LABELS: Record<NthWeek, string> = {
  1: '第一个',
  2: '第二个',
  3: '第三个',
  4: '第四个',
  [-1]: '最后一个',
};

export const RECURRENCE_KINDS = ['nth_weekday', 'day_of_month', 'weekly'] as const;
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];

/** When a recurring activity (e.g. 红色星期六) falls. */
export type Recurrence =
  | { kind: 'nth_weekday'; nth: NthWeek; weekday: ActivityWeekday }
  | { kind: 'day_of_month'; day: number }
  | { kind: 'weekly'; weekday: ActivityWeekday };

export function recurrenceLabel(rule: Recurrence): string {
  switch (rule.kind) {
    case 'nth_weekday':
      return `每月${NTH_LABELS[rule.nth]}${ACTIVITY_WEEKDAY_LABELS[rule.weekday]}`;
    case 'day_of_month':
      return `每月 ${rule.day} 日`;
    case 'weekly':
      return `每${ACTIVITY_WEEKDAY_LABELS[rule.weekday]}`;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function isoWeekday(date: IsoDate): ActivityWeekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as ActivityWeekday;
}

/** The rule's date in one month, if the month has one. */
function dateInMonth(rule: Exclude<Recurrence, { kind: 'weekly' }>, y: number, m: number): IsoDate | null {
  const last = daysInMonth(y, m);
  if (rule.kind === 'day_of_month') {
    // A day the month lacks (31 in April) falls on its last day, so every month has its activity.
    return `${y}-${pad(m)}-${pad(Math.min(rule.day, last))}`;
  }
  if (rule.nth === -1) {
    const lastDate = `${y}-${pad(m)}-${pad(last)}`;
    const back = (isoWeekday(lastDate) - rule.weekday + 7) % 7;
    return addDays(lastDate, -back);
  }
  const first = `${y}-${pad(m)}-01`;
  const ahead = (rule.weekday - isoWeekday(first) + 7) % 7;
  const day = 1 + ahead + (rule.nth - 1) * 7;
  return day <= last ? `${y}-${pad(m)}-${pad(day)}` : null;
}

/** Every date the rule gives from `from` to `to`, both included, in order. */
export function occurrenceDates(rule: Recurrence, from: IsoDate, to: IsoDate): IsoDate[] {
  if (from > to) return [];
  const dates: IsoDate[] = [];
  if (rule.kind === 'weekly') {
    let date = addDays(from, (rule.weekday - isoWeekday(from) + 7) % 7);
    for (; date <= to; date = addDays(date, 7)) dates.push(date);
    return dates;
  }
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  while (`${y}-${pad(m)}` <= endKey) {
    const date = dateInMonth(rule, y, m);
    if (date !== null && date >= from && date <= to) dates.push(date);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return dates;
}
