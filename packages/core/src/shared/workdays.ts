import chineseDays from 'chinese-days';
import type { IsoDate } from './dates';

// The package's Node entry is CommonJS: named imports fail under Node's ESM loader, the default works
// everywhere (Node, Vite, Vitest).
const { findWorkday, isWorkday } = chineseDays;

/** Whether a date is a working day in China: weekends off, public holidays off, make-up days on. */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkday(date);
}

/** The date `count` working days after `date` (the official holiday calendar, maintained as data). */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  return findWorkday(count, date);
}
