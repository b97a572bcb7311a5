import { describe, expect, it } from 'vitest';
import {
  candidateCleared,
  checkElectionMayBeRecorded,
  DEFAULT_JOINT_REVIEW_DEPARTMENTS,
  jointReviewDecisionInputSchema,
  jointReviewDepartmentsInputSchema,
  type DepartmentDecision,
} from './joint-review';

const allPassed: DepartmentDecision[] = DEFAULT_JOINT_REVIEW_DEPARTMENTS.map((d) => ({
  department: d.key,
  decision: 'passed',
}));

describe('joint review departments', () => {
  it('default to the five departments', () => {
    expect(DEFAULT_JOINT_REVIEW_DEPARTMENTS.map((d) => d.label)).toEqual([
      '组织部门',
      '纪检监察',
      '公安',
      '司法',
      '信访',
    ]);
  });
});

describe('candidateCleared', () => {
  it('is true when every department passed', () => {
    expect(candidateCleared(allPassed)).toBe(true);
  });

  it('is false while one department has not decided', () => {
    expect(candidateCleared(allPassed.slice(1))).toBe(false);
  });

  it('is false when one department objected', () => {
    expect(
      candidateCleared([...allPassed.slice(1), { department: 'organization', decision: 'objected' }]),
    ).toBe(false);
  });

  it('follows a settable list of departments', () => {
    expect(
      candidateCleared([{ department: 'audit', decision: 'passed' }], [{ key: 'audit', label: '审计' }]),
    ).toBe(true);
  });
});

describe('checkElectionMayBeRecorded', () => {
  it('allows an election whose candidates are all cleared', () => {
    expect(checkElectionMayBeRecorded([{ name: '张三', decisions: allPassed }])).toEqual([]);
  });

  it('names each candidate not cleared and the departments in the way', () => {
    const decisions: DepartmentDecision[] = [
      { department: 'organization', decision: 'passed' },
      { department: 'discipline', decision: 'passed' },
      { department: 'public_security', decision: 'objected', reason: '有违法记录' },
      { department: 'justice', decision: 'pending' },
    ];
    expect(
      checkElectionMayBeRecorded([
        { name: '张三', decisions: allPassed },
        { name: '李四', decisions },
      ]),
    ).toEqual([
      {
        rule: 'joint-review (local practice)',
        field: 'candidates.1',
        message: '候选人李四未通过资格联审：公安有异议；司法、信访尚未审查',
      },
    ]);
  });
});

describe('jointReviewDecisionInputSchema', () => {
  it('accepts a pass without a reason', () => {
    expect(
      jointReviewDecisionInputSchema.safeParse({ department: 'justice', decision: 'passed' }).success,
    ).toBe(true);
  });

  it('refuses an objection without a reason, in Chinese', () => {
    const result = jointReviewDecisionInputSchema.safeParse({
      department: 'justice',
      decision: 'objected',
      reason: ' ',
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ['reason'], message: '有异议时须填写异议理由' });
  });

  it('refuses pending as a recorded decision', () => {
    expect(
      jointReviewDecisionInputSchema.safeParse({ department: 'justice', decision: 'pending' }).success,
    ).toBe(false);
  });
});

describe('jointReviewDepartmentsInputSchema', () => {
  it('refuses a repeated key', () => {
    const list = [
      { key: 'justice', label: '司法' },
      { key: 'justice', label: '司法局' },
    ];
    expect(jointReviewDepartmentsInputSchema.safeParse(list).success).toBe(false);
  });
});
