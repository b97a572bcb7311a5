import { describe, expect, it } from 'vitest';
import { rateTenths, scoreMetric, tenthsText } from './metrics';

describe('rateTenths', () => {
  it('is rate × max in tenths, rounded half up', () => {
    expect(rateTenths(2, 3, 15)).toBe(100); // 10.0
    expect(rateTenths(1, 3, 10)).toBe(33); // 3.33…
    expect(rateTenths(1, 8, 10)).toBe(13); // 1.25 → 1.3
  });

  it('never goes above the maximum', () => {
    expect(rateTenths(12, 10, 10)).toBe(100);
  });
});

describe('scoreMetric', () => {
  it('gives full marks on meetings_held when every due requirement is met', () => {
    expect(scoreMetric({ metric: 'meetings_held', met: 3, due: 3 }, 15)).toEqual({
      scoreTenths: 150,
      basis: '本月应完成 3 项组织生活，已完成 3 项',
    });
  });

  it('gives full marks on meetings_held when nothing falls due', () => {
    expect(scoreMetric({ metric: 'meetings_held', met: 0, due: 0 }, 15).scoreTenths).toBe(150);
  });

  it('scores attendance as present over expected', () => {
    const score = scoreMetric({ metric: 'attendance_rate', present: 9, expected: 12, meetings: 2 }, 10);
    expect(score.scoreTenths).toBe(75);
    expect(score.basis).toContain('75%');
  });

  it('gives 0 on attendance without a closed meeting', () => {
    expect(
      scoreMetric({ metric: 'attendance_rate', present: 0, expected: 0, meetings: 0 }, 10).scoreTenths,
    ).toBe(0);
  });

  it('scores dues as collected over due, and 0 without a ledger', () => {
    expect(
      scoreMetric({ metric: 'dues_collected', collectedFen: 1500, dueFen: 2000, members: 4 }, 10).scoreTenths,
    ).toBe(75);
    expect(
      scoreMetric({ metric: 'dues_collected', collectedFen: 0, dueFen: 0, members: 0 }, 10).scoreTenths,
    ).toBe(0);
    expect(
      scoreMetric({ metric: 'dues_collected', collectedFen: 0, dueFen: 0, members: 2 }, 10).scoreTenths,
    ).toBe(100);
  });

  it('deducts a quarter of the maximum for each overdue development duty, down to 0', () => {
    const score = (overdue: number) =>
      scoreMetric({ metric: 'development_on_time', overdue, inDevelopment: 3 }, 10).scoreTenths;
    expect([0, 1, 2, 4, 5].map(score)).toEqual([100, 75, 50, 0, 0]);
  });
});

describe('tenthsText', () => {
  it('shows whole points without a decimal and others with one', () => {
    expect([100, 75, 0].map(tenthsText)).toEqual(['10', '7.5', '0']);
  });
});
