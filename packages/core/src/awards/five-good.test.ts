import { describe, expect, it } from 'vitest';
import { fiveGoodResult, suggestFiveGood, type FiveGoodFacts } from './five-good';
import { awardTargetViolation } from './schemas';

const good: FiveGoodFacts = {
  secretaryName: '张书记',
  termStatus: 'current',
  fullMembers: 12,
  reviewRecorded: true,
  reviewUnqualified: 0,
  arrearsMembers: 0,
  periodsMet: 20,
  periodsOverdue: 0,
  periodsDue: 1,
  duesDueFen: 10_000,
  duesCollectedFen: 9_500,
  admitted: 1,
};
const all = (met: boolean) => ({ met });

describe('the five-good result', () => {
  it('is awarded when all five standards are met', () => {
    const standards = {
      leadership: all(true),
      members: all(true),
      mechanism: all(true),
      performance: all(true),
      public_opinion: all(true),
    };
    expect(fiveGoodResult(standards)).toBe('awarded');
  });

  it('is not awarded when one standard is not met', () => {
    const standards = {
      leadership: all(true),
      members: all(true),
      mechanism: all(true),
      performance: all(true),
      public_opinion: all(false),
    };
    expect(fiveGoodResult(standards)).toBe('not_awarded');
  });
});

describe('the suggestion from the data', () => {
  it('meets four standards for a well-run branch and leaves the public opinion to the evaluator', () => {
    const s = suggestFiveGood(good);
    expect([
      s.leadership.met,
      s.members.met,
      s.mechanism.met,
      s.performance.met,
      s.public_opinion.met,
    ]).toEqual([true, true, true, true, null]);
    expect(s.performance.evidence).toContain('95.0%');
  });

  it('does not suggest 工作业绩好 just below the collection rate, nor 领导班子好 after the term expired', () => {
    const s = suggestFiveGood({ ...good, duesCollectedFen: 9_499, termStatus: 'expired' });
    expect(s.performance.met).toBe(false);
    expect(s.leadership.met).toBe(false);
  });

  it('does not suggest 工作机制好 with an overdue org-life period, nor 党员队伍好 with arrears', () => {
    const s = suggestFiveGood({ ...good, periodsOverdue: 1, arrearsMembers: 2 });
    expect(s.mechanism.met).toBe(false);
    expect(s.members.met).toBe(false);
  });
});

describe('who an award goes to', () => {
  it('needs an org for an org award and a person for a person award, naming the field', () => {
    expect(awardTargetViolation({ kind: 'advanced_org', personId: 3 })?.field).toBe('orgId');
    expect(awardTargetViolation({ kind: 'outstanding_member', orgId: 3 })?.field).toBe('personId');
    expect(awardTargetViolation({ kind: 'outstanding_member', personId: 3 })).toBeNull();
  });
});
