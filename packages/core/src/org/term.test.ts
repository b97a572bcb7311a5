import { describe, expect, it } from 'vitest';
import { checkTermYears, defaultTermYears, termInfo } from './term';

describe('terms (org-life.md L11, L12)', () => {
  it('default to five years for villages and communities and three otherwise', () => {
    expect(defaultTermYears('village')).toBe(5);
    expect(defaultTermYears('community')).toBe(5);
    expect(defaultTermYears('agency')).toBe(3);
    expect(defaultTermYears(null)).toBe(3);
  });

  it('accept only 3 to 5 whole years', () => {
    expect(checkTermYears(3)).toBeNull();
    expect(checkTermYears(5)).toBeNull();
    expect(checkTermYears(2)?.rule).toBe('org-life.md L11');
    expect(checkTermYears(6)).not.toBeNull();
    expect(checkTermYears(3.5)).not.toBeNull();
  });

  it('end the day before the anniversary of the start', () => {
    expect(termInfo('2023-05-10', 3, '2024-01-01').endsOn).toBe('2026-05-09');
  });

  it('is current until 90 days before the end, then ending soon, then expired', () => {
    expect(termInfo('2023-05-10', 3, '2026-02-07').status).toBe('current');
    expect(termInfo('2023-05-10', 3, '2026-02-08')).toEqual({
      status: 'ending_soon',
      endsOn: '2026-05-09',
      daysLeft: 90,
    });
    expect(termInfo('2023-05-10', 3, '2026-05-09').status).toBe('ending_soon');
    expect(termInfo('2023-05-10', 3, '2026-05-10')).toEqual({
      status: 'expired',
      endsOn: '2026-05-09',
      daysLeft: -1,
    });
  });

  it('handles a term started on 29 February', () => {
    expect(termInfo('2024-02-29', 3, '2025-01-01').endsOn).toBe('2027-02-27');
  });

  it('is "none" without a start date', () => {
    expect(termInfo(null, 3, '2026-01-01').status).toBe('none');
  });
});
