import { describe, expect, it } from 'vitest';
import { computeCoverage, type HouseholdCoverageFacts } from './coverage';

const today = '2026-06-15';

const household = (overrides: Partial<HouseholdCoverageFacts>): HouseholdCoverageFacts => ({
  open: true,
  groupId: 1,
  peopleCount: 3,
  paired: true,
  helperIds: [100],
  lastVisitOn: '2026-06-01',
  visitsThisYear: 2,
  moneyFenThisYear: 0,
  goodsFenThisYear: 0,
  ...overrides,
});

describe('pairing coverage', () => {
  it('counts people only in paired households', () => {
    const { rows } = computeCoverage(
      [household({ peopleCount: 4 }), household({ peopleCount: 2, paired: false, helperIds: [] })],
      [1],
      today,
    );
    expect(rows.get(1)).toMatchObject({ households: 2, pairedHouseholds: 1, peopleCovered: 4 });
  });

  it('adds up visits and the money and goods given this year', () => {
    const { total } = computeCoverage(
      [
        household({ visitsThisYear: 3, moneyFenThisYear: 50000 }),
        household({ groupId: 2, visitsThisYear: 1, goodsFenThisYear: 8000 }),
      ],
      [1, 2],
      today,
    );
    expect(total).toMatchObject({ visitsThisYear: 4, moneyFenThisYear: 50000, goodsFenThisYear: 8000 });
  });

  it('counts a paired household not visited for three months, and one never visited', () => {
    const { rows, overdueBefore } = computeCoverage(
      [
        household({ lastVisitOn: '2026-03-15' }),
        household({ lastVisitOn: '2026-03-14' }),
        household({ lastVisitOn: null }),
        household({ paired: false, lastVisitOn: null, helperIds: [] }),
      ],
      [1],
      today,
    );
    expect(overdueBefore).toBe('2026-03-15');
    expect(rows.get(1)!.notVisitedRecently).toBe(2);
  });

  it('counts a helper of several households once, in the rows and the total', () => {
    const { rows, total } = computeCoverage(
      [
        household({ helperIds: [100, 101] }),
        household({ helperIds: [100] }),
        household({ groupId: 2, helperIds: [100] }),
      ],
      [1, 2],
      today,
    );
    expect(rows.get(1)!.helpers).toBe(2);
    expect(rows.get(2)!.helpers).toBe(1);
    expect(total.helpers).toBe(2);
  });

  it('counts the visits of a household closed during the year, but not the household', () => {
    const { total } = computeCoverage(
      [household({ open: false, paired: false, visitsThisYear: 2, moneyFenThisYear: 100 })],
      [1],
      today,
    );
    expect(total).toMatchObject({ households: 0, visitsThisYear: 2, moneyFenThisYear: 100 });
  });

  it('gives a child org without households a row of zeros', () => {
    const { rows } = computeCoverage([], [7], today);
    expect(rows.get(7)).toMatchObject({ households: 0, pairedHouseholds: 0, notVisitedRecently: 0 });
  });
});
