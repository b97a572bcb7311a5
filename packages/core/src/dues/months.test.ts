import { describe, expect, it } from 'vitest';
import {
  compareMonth,
  isMonthKey,
  monthDistance,
  monthLabel,
  monthOf,
  monthsBetween,
  nextMonth,
  previousMonth,
  shiftMonth,
} from './months';

describe('month keys', () => {
  it('takes the month of a date', () => {
    expect(monthOf('2026-05-31')).toBe('2026-05');
  });

  it('moves from December to the next January', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
  });

  it('moves from January back to the previous December', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
  });

  it('shifts by many months', () => {
    expect(shiftMonth('2026-05', 12)).toBe('2027-05');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
  });

  it('lists months inclusively across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('lists one month when both ends are the same', () => {
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
  });

  it('lists nothing when the end is earlier', () => {
    expect(monthsBetween('2026-05', '2026-04')).toEqual([]);
  });

  it('compares months for sorting', () => {
    expect(['2026-02', '2025-12', '2026-01'].sort(compareMonth)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(compareMonth('2026-01', '2026-01')).toBe(0);
  });

  it('counts whole months between two months', () => {
    expect(monthDistance('2025-11', '2026-05')).toBe(6);
  });

  it('refuses a month 13', () => {
    expect(isMonthKey('2026-13')).toBe(false);
    expect(() => nextMonth('2026-13')).toThrow(RangeError);
  });

  it('names a month in Chinese', () => {
    expect(monthLabel('2026-05')).toBe('2026年5月');
  });
});
