import { describe, expect, it } from 'vitest';
import { computePoints, pointsTotal, type PointFact } from './compute';
import { resolvePointsRules, type PointsRule } from './rules';

const rule = (over: Partial<PointsRule>): PointsRule => ({
  source: 'meeting_attendance',
  qualifier: null,
  points: 2,
  monthlyCap: 5,
  yearlyCap: 8,
  childRange: null,
  ...over,
});
const rules = resolvePointsRules([{ orgId: 1, orgName: '县委', rules: [rule({})] }]);
const rulesOf = () => rules;
const attended = (date: string, refId: number, personId = 7): PointFact => ({
  personId,
  source: 'meeting_attendance',
  qualifier: 'theme_day',
  date,
  units: 1,
  refType: 'meeting',
  refId,
});

describe('computing points from what happened', () => {
  it('gives each fact its rule points and names the record that earned it', () => {
    const [entry] = computePoints([attended('2026-03-05', 11)], rulesOf);
    expect(entry).toMatchObject({ points: 2, rawPoints: 2, capped: false, refType: 'meeting', refId: 11 });
  });

  it('stops at the monthly cap, keeping the fact beyond it at 0 and marked', () => {
    const entries = computePoints(
      [attended('2026-03-05', 1), attended('2026-03-12', 2), attended('2026-03-19', 3)],
      rulesOf,
    );
    expect(entries.map((e) => [e.points, e.capped])).toEqual([
      [2, false],
      [2, false],
      [1, true],
    ]);
  });

  it('stops at the yearly cap across months', () => {
    const facts = ['01', '02', '03', '04', '05'].map((m, i) => attended(`2026-${m}-05`, i + 1));
    expect(pointsTotal(computePoints(facts, rulesOf))).toBe(8);
  });

  it('keeps caps per member', () => {
    const entries = computePoints(
      [attended('2026-03-05', 1, 7), attended('2026-03-05', 1, 8), attended('2026-03-06', 2, 7)],
      rulesOf,
    );
    expect(pointsTotal(entries.filter((e) => e.personId === 8))).toBe(2);
  });

  it('gives the same entries whatever order the facts come in (recomputing is idempotent)', () => {
    const facts = [1, 2, 3, 4].map((i) => attended(`2026-03-0${i}`, i));
    const once = computePoints(facts, rulesOf);
    expect(computePoints([...facts].reverse(), rulesOf)).toEqual(once);
    expect(computePoints(once, rulesOf)).toEqual(once);
  });

  it('changes exactly with a corrected record: an attendance taken away frees its points', () => {
    const facts = [1, 2, 3].map((i) => attended(`2026-03-0${i}`, i));
    expect(pointsTotal(computePoints(facts, rulesOf))).toBe(5);
    expect(pointsTotal(computePoints(facts.slice(1), rulesOf))).toBe(4);
  });

  it('bounds a deduction by its cap and uses fixed points of an approved claim', () => {
    const deduction = resolvePointsRules([
      {
        orgId: 1,
        orgName: '县委',
        rules: [rule({ source: 'violation', points: -10, monthlyCap: 15, yearlyCap: null })],
      },
    ]);
    const facts: PointFact[] = [1, 2].map((i) => ({ ...attended('2026-03-05', i), source: 'violation' }));
    expect(computePoints(facts, () => deduction).map((e) => e.points)).toEqual([-10, -5]);
    const claim: PointFact = { ...attended('2026-03-05', 9), source: 'manual', fixedPoints: 4 };
    expect(computePoints([claim], () => resolvePointsRules([]))[0]).toMatchObject({ points: 4 });
  });

  it('leaves out facts with no rule in force', () => {
    expect(computePoints([attended('2026-03-05', 1)], () => [])).toEqual([]);
  });
});
