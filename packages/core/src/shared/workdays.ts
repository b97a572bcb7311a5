import { findWorkday, isWorkday } from 'chinese-days';
import type { IsoDate } from './dates';

/** Whether a date is a working day in China: weekends off, public holidays off, make-up days on. */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkday(date);
}

/** The date `count` working days after `date` (the official holiday calendar, maintained as data). */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  return findWorkday(count, date);
}
