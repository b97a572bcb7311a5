import { describe, expect, it } from 'vitest';
import { occurrenceDates, recurrenceLabel } from './recurrence';

describe('occurrence dates of a recurring activity', () => {
  it('gives the first Saturday of each month (红色星期六)', () => {
    expect(occurrenceDates({ kind: 'nth_weekday', nth: 1, weekday: 6 }, '2026-01-01', '2026-04-30')).toEqual([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
    ]);
  });

  it('counts a month starting on the weekday itself as its first', () => {
    // 2026-08-01 is a Saturday.
    expect(occurrenceDates({ kind: 'nth_weekday', nth: 1, weekday: 6 }, '2026-08-01', '2026-08-31')).toEqual([
      '2026-08-01',
    ]);
  });

  it('gives the last Friday of each month', () => {
    expect(occurrenceDates({ kind: 'nth_weekday', nth: -1, weekday: 5 }, '2026-01-01', '2026-03-31')).toEqual(
      ['2026-01-30', '2026-02-27', '2026-03-27'],
    );
  });

  it('leaves out dates before the start and after the end of the range', () => {
    expect(occurrenceDates({ kind: 'nth_weekday', nth: 1, weekday: 6 }, '2026-01-04', '2026-03-06')).toEqual([
      '2026-02-07',
    ]);
  });

  it('puts a fixed day the month lacks on its last day', () => {
    expect(occurrenceDates({ kind: 'day_of_month', day: 31 }, '2026-01-01', '2026-04-30')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('crosses the turn of the year', () => {
    expect(occurrenceDates({ kind: 'day_of_month', day: 15 }, '2026-11-20', '2027-02-10')).toEqual([
      '2026-12-15',
      '2027-01-15',
    ]);
  });

  it('gives every such weekday for a weekly rule', () => {
    expect(occurrenceDates({ kind: 'weekly', weekday: 3 }, '2026-12-01', '2026-12-20')).toEqual([
      '2026-12-02',
      '2026-12-09',
      '2026-12-16',
    ]);
  });

  it('gives nothing for an empty range', () => {
    expect(occurrenceDates({ kind: 'weekly', weekday: 3 }, '2026-12-20', '2026-12-01')).toEqual([]);
  });

  it('finds the fourth weekday in every month', () => {
    const dates = occurrenceDates({ kind: 'nth_weekday', nth: 4, weekday: 7 }, '2026-01-01', '2026-12-31');
    expect(dates).toHaveLength(12);
  });
});

describe('the label of a rule', () => {
  it('reads as the branches say it', () => {
    expect(recurrenceLabel({ kind: 'nth_weekday', nth: 1, weekday: 6 })).toBe('每月第一个周六');
    expect(recurrenceLabel({ kind: 'nth_weekday', nth: -1, weekday: 5 })).toBe('每月最后一个周五');
    expect(recurrenceLabel({ kind: 'day_of_month', day: 10 })).toBe('每月 10 日');
    expect(recurrenceLabel({ kind: 'weekly', weekday: 6 })).toBe('每周六');
  });
});
