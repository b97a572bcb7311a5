import { describe, expect, it } from 'vitest';
import { remittancePeriodBounds, remittancePeriodLabel } from './remittance-period';

describe('remittancePeriodLabel', () => {
  it('shows one month as the month', () => {
    expect(remittancePeriodLabel('2026-01')).toBe('2026年1月');
  });

  it('shows a period as its first and last month', () => {
    expect(remittancePeriodLabel('2026-01..2026-03')).toBe('2026年1月至2026年3月');
  });

  it('refuses what is not a stored period', () => {
    expect(() => remittancePeriodLabel('2026-1')).toThrow(RangeError);
  });
});

describe('remittancePeriodBounds', () => {
  it('gives a single month as both bounds', () => {
    expect(remittancePeriodBounds('2026-04')).toEqual({ fromMonth: '2026-04', toMonth: '2026-04' });
    expect(remittancePeriodBounds('2026-04..2026-06')).toEqual({ fromMonth: '2026-04', toMonth: '2026-06' });
  });
});
