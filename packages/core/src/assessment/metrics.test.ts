import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRIC_RULES,
  COMPUTED_METRICS,
  isComputedMetric,
  rateTenths,
  scoreMetric,
  tenthsText,
} from './metrics';

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

describe('scoreMetric on posts claimed', () => {
  const score = (holding: number, members: number) =>
    scoreMetric({ metric: 'posts_claimed', holding, members }, 10);

  it('is members holding a claim over members on the roster', () => {
    expect(score(2, 5)).toEqual({ scoreTenths: 40, basis: '在册党员 5 名，本月认领岗位 2 名（40%）' });
    expect(score(2, 3).scoreTenths).toBe(67); // 6.66… → 6.7
  });

  it('runs from 0 when nobody holds a post to full marks when everybody does', () => {
    expect(score(0, 4).scoreTenths).toBe(0);
    expect(score(4, 4).scoreTenths).toBe(100);
  });

  it('gives full marks to a branch without members on the roster, saying so', () => {
    expect(score(0, 0)).toEqual({ scoreTenths: 100, basis: '支部没有在册党员' });
  });
});

describe('scoreMetric on requests answered', () => {
  const score = (onTime: number, counted: number, overdueOpen = 0) =>
    scoreMetric({ metric: 'requests_answered', onTime, counted, overdueOpen }, 10);

  it('is requests resolved on time over those due in the month, naming those still open', () => {
    expect(score(1, 3, 1)).toEqual({
      scoreTenths: 33,
      basis: '本月到期诉求 3 件，按时办结 1 件（33.3%），1 件逾期未办结',
    });
    expect(score(3, 4).basis).toBe('本月到期诉求 4 件，按时办结 3 件（75%）');
  });

  it('runs from 0 when none was on time to full marks when all were', () => {
    expect(score(0, 2, 2).scoreTenths).toBe(0);
    expect(score(2, 2).scoreTenths).toBe(100);
  });

  it('gives full marks when nothing fell due', () => {
    expect(score(0, 0)).toEqual({ scoreTenths: 100, basis: '本月无到期诉求' });
  });
});

describe('scoreMetric on pairing visits', () => {
  const score = (visited: number, paired: number) =>
    scoreMetric({ metric: 'pairing_visits', visited, paired }, 10);

  it('is households visited in the month over households paired in it', () => {
    expect(score(2, 4)).toEqual({ scoreTenths: 50, basis: '本月结对帮扶 4 户，已走访 2 户（50%）' });
    expect(score(1, 8).scoreTenths).toBe(13); // 1.25 → 1.3
  });

  it('runs from 0 when no household was visited to full marks when all were', () => {
    expect(score(0, 3).scoreTenths).toBe(0);
    expect(score(3, 3).scoreTenths).toBe(100);
  });

  it('gives full marks when no household is paired, saying so', () => {
    expect(score(0, 0)).toEqual({ scoreTenths: 100, basis: '本月没有结对帮扶户' });
  });
});

describe('the computed metrics', () => {
  it('are all but 党务公开 and the hand-scored one', () => {
    expect(COMPUTED_METRICS).toHaveLength(7);
    expect(isComputedMetric('disclosures_on_time')).toBe(false);
    expect(isComputedMetric('manual')).toBe(false);
  });

  it('are labelled automatic and have a rule that does not ask for evidence', () => {
    for (const metric of COMPUTED_METRICS) {
      expect(ASSESSMENT_METRIC_LABELS[metric]).toMatch(/（自动）$/);
      expect(ASSESSMENT_METRIC_RULES[metric]).not.toContain('佐证材料');
    }
  });
});

describe('tenthsText', () => {
  it('shows whole points without a decimal and others with one', () => {
    expect([100, 75, 0].map(tenthsText)).toEqual(['10', '7.5', '0']);
  });
});
