import { describe, expect, it } from 'vitest';
import { periodEndsWithin, periodLabel, periodOf, periodsBetween } from './periods';

describe('periodOf (org-life.md L1)', () => {
  it('gives the calendar month', () => {
    expect(periodOf('2026-11-18', 'month')).toEqual({
      key: '2026-11',
      per: 'month',
      start: '2026-11-01',
      end: '2026-11-30',
    });
  });

  it('ends February on the 29th in a leap year', () => {
    expect(periodOf('2028-02-10', 'month').end).toBe('2028-02-29');
  });

  it('puts 30 September in Q3 and 1 October in Q4', () => {
    expect(periodOf('2026-09-30', 'quarter')).toMatchObject({
      key: '2026-Q3',
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(periodOf('2026-10-01', 'quarter')).toMatchObject({
      key: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it('gives the calendar year', () => {
    expect(periodOf('2026-12-31', 'year')).toEqual({
      key: '2026',
      per: 'year',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });
});

describe('periodsBetween', () => {
  it('lists every month touched, oldest first, across a year end', () => {
    expect(periodsBetween('2025-11-20', '2026-02-01', 'month').map((p) => p.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('lists one quarter when both dates are in it', () => {
    expect(periodsBetween('2026-10-01', '2026-12-31', 'quarter').map((p) => p.key)).toEqual(['2026-Q4']);
  });

  it('is empty when the end is before the start', () => {
    expect(periodsBetween('2026-05-02', '2026-05-01', 'month')).toEqual([]);
  });
});

describe('periodEndsWithin', () => {
  const november = periodOf('2026-11-01', 'month');

  it('is true when the end is exactly the given days away and false a day earlier', () => {
    expect(periodEndsWithin(november, '2026-11-23', 7)).toBe(true);
    expect(periodEndsWithin(november, '2026-11-22', 7)).toBe(false);
  });

  it('is true on the last day and false once the period is over', () => {
    expect(periodEndsWithin(november, '2026-11-30', 0)).toBe(true);
    expect(periodEndsWithin(november, '2026-12-01', 7)).toBe(false);
  });
});

describe('periodLabel', () => {
  it('names periods in Chinese', () => {
    expect(periodLabel(periodOf('2026-11-05', 'month'))).toBe('2026年11月');
    expect(periodLabel(periodOf('2026-11-05', 'quarter'))).toBe('2026年第四季度');
    expect(periodLabel(periodOf('2026-11-05', 'year'))).toBe('2026年');
  });
});
