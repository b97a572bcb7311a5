import { describe, expect, it } from 'vitest';
import { assessmentScoreInputSchema } from './schemas';
import { averageTenths, pointsToTenths, rankRows } from './ranking';

describe('rankRows', () => {
  it('ranks by total, equal totals sharing a rank and the next rank skipped', () => {
    const rows = [800, 950, 800, 700].map((totalTenths) => ({ totalTenths, maxTotal: 100 }));
    expect(rankRows(rows)).toEqual([2, 1, 2, 4]);
  });

  it('compares shares when item sets have other totals', () => {
    // 45 of 50 (90%) stands above 85 of 100.
    expect(
      rankRows([
        { totalTenths: 850, maxTotal: 100 },
        { totalTenths: 450, maxTotal: 50 },
      ]),
    ).toEqual([2, 1]);
  });

  it('leaves unscored rows unranked', () => {
    expect(
      rankRows([
        { totalTenths: null, maxTotal: 100 },
        { totalTenths: 10, maxTotal: 100 },
      ]),
    ).toEqual([null, 1]);
  });
});

describe('averageTenths', () => {
  it('averages the scored months only, rounded half up', () => {
    expect(averageTenths([900, null, 850])).toBe(875);
    expect(averageTenths([901, 900])).toBe(901); // 900.5 → 901
    expect(averageTenths([null, null])).toBeNull();
  });
});

describe('a hand score', () => {
  it('takes one decimal at most', () => {
    expect(pointsToTenths(7.5)).toBe(75);
    expect(pointsToTenths(7.25)).toBeNull();
    expect(
      assessmentScoreInputSchema.safeParse({ score: 7.25, evidence: '会议记录' }).error?.issues[0]?.message,
    ).toBe('得分最多保留一位小数');
  });

  it('needs evidence', () => {
    const result = assessmentScoreInputSchema.safeParse({ score: 5, evidence: ' ' });
    expect(result.error?.issues[0]?.path).toEqual(['evidence']);
  });

  it('refuses a negative score', () => {
    expect(assessmentScoreInputSchema.safeParse({ score: -1, evidence: '会议记录' }).success).toBe(false);
  });
});
