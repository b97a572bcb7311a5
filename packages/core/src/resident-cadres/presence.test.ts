import { describe, expect, it } from 'vitest';
import {
  expectedPresenceDays,
  monthBounds,
  presenceDays,
  townshipCounts,
  type TownshipCountInput,
} from './presence';

describe('presence days', () => {
  it('count a full day as 1 and a half day as 0.5', () => {
    expect(presenceDays([{ span: 'full' }, { span: 'half' }, { span: 'full' }])).toBe(2.5);
  });
});

describe('month bounds', () => {
  it('end on the last day of February in a leap year', () => {
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });
});

describe('the expected presence of a stationed cadre', () => {
  const open = { from: '2025-01-01', to: null };

  it('is the whole minimum for a past month', () => {
    expect(expectedPresenceDays(20, '2026-04', open, '2026-06-15')).toBe(20);
  });

  it('is in proportion to the days passed in the current month', () => {
    // 15 of 30 June days: half of 20.
    expect(expectedPresenceDays(20, '2026-06', open, '2026-06-15')).toBe(10);
    expect(expectedPresenceDays(20, '2026-06', open, '2026-06-01')).toBe(0);
  });

  it('counts only the days of the month within the period', () => {
    expect(expectedPresenceDays(20, '2026-04', { from: '2026-04-16', to: null }, '2026-06-15')).toBe(10);
    expect(expectedPresenceDays(20, '2026-04', { from: '2025-01-01', to: '2026-04-15' }, '2026-06-15')).toBe(
      10,
    );
  });

  it('is nothing for a month outside the period', () => {
    expect(expectedPresenceDays(20, '2026-04', { from: '2026-05-01', to: null }, '2026-06-15')).toBe(0);
  });
});

describe('counts per township', () => {
  const row = (extra: Partial<TownshipCountInput>): TownshipCountInput => ({
    townshipId: 1,
    townshipName: '城关镇党委',
    villageId: 10,
    villageName: '东村',
    mode: 'stationed',
    firstSecretary: false,
    assignmentId: 1,
    cadreName: '甲',
    presenceDays: 0,
    from: '2025-01-01',
    to: null,
    ...extra,
  });

  const counts = townshipCounts(
    [
      row({ assignmentId: 1, cadreName: '甲', firstSecretary: true, presenceDays: 21 }),
      row({ assignmentId: 2, cadreName: '乙', presenceDays: 12.5 }),
      row({ assignmentId: 3, cadreName: '丙', mode: 'help', villageId: 11 }),
      row({ assignmentId: 4, cadreName: '丁', mode: 'liaison', townshipId: 2, townshipName: '河口镇党委' }),
    ],
    { month: '2026-04', today: '2026-06-15', minimumDays: (id) => (id === 1 ? 20 : 15) },
  );

  it('count cadres by mode, first secretaries and villages per township', () => {
    const town = counts.find((c) => c.townshipId === 1)!;
    expect(town).toMatchObject({
      villages: 2,
      byMode: { help: 1, liaison: 0, stationed: 2 },
      firstSecretaries: 1,
      minimumDays: 20,
    });
    expect(counts.find((c) => c.townshipId === 2)).toMatchObject({ byMode: { liaison: 1 }, stationed: [] });
  });

  it('flag stationed cadres below the minimum, fewest days first', () => {
    const town = counts.find((c) => c.townshipId === 1)!;
    expect(town.stationed.map((s) => [s.cadreName, s.days, s.expected, s.below])).toEqual([
      ['乙', 12.5, 20, true],
      ['甲', 21, 20, false],
    ]);
    expect(town.belowMinimum).toBe(1);
  });
});
