import { describe, expect, it } from 'vitest';
import {
  checkReview,
  excellentLimit,
  REVIEW_GRADE_LABELS,
  type ReviewEntry,
  type ReviewGrade,
} from './review';

const full = (personId: number, grade: ReviewGrade | null): ReviewEntry => ({
  personId,
  stage: 'full',
  grade,
});
const graded = (excellent: number, total: number) =>
  Array.from({ length: total }, (_, i) => full(i + 1, i < excellent ? 'excellent' : 'qualified'));

describe('review grades (org-life.md L4)', () => {
  it('are labelled in Chinese', () => {
    expect(Object.values(REVIEW_GRADE_LABELS)).toEqual(['优秀', '合格', '基本合格', '不合格']);
  });
});

describe('excellentLimit (org-life.md L5)', () => {
  it('allows a third, rounded down: 2 of 6, 2 of 8, 3 of 9', () => {
    expect([excellentLimit(6), excellentLimit(8), excellentLimit(9)]).toEqual([2, 2, 3]);
  });

  it('allows at least one in a small branch', () => {
    expect([excellentLimit(1), excellentLimit(2), excellentLimit(3)]).toEqual([1, 1, 1]);
  });

  it('gives exact results for many multiples of three', () => {
    for (let n = 3; n <= 300; n += 3) expect(excellentLimit(n)).toBe(n / 3);
  });

  it('takes another cap and none for a cap of zero', () => {
    expect(excellentLimit(10, 0.2)).toBe(2);
    expect(excellentLimit(10, 0)).toBe(0);
  });
});

describe('checkReview (org-life.md L4–L6)', () => {
  it('accepts graded full members and ungraded probationary members', () => {
    expect(checkReview([...graded(1, 3), { personId: 9, stage: 'probationary', grade: null }])).toEqual({
      violations: [],
      warnings: [],
    });
  });

  it('refuses a grade for a probationary member (L6)', () => {
    expect(
      checkReview([{ personId: 9, name: '王五', stage: 'probationary', grade: 'qualified' }]).violations,
    ).toEqual([
      { rule: 'org-life.md L6', field: 'entries.0.grade', message: '王五是预备党员，参加评议但不评定等次' },
    ]);
  });

  it('refuses a full member without a grade', () => {
    expect(checkReview([full(1, 'qualified'), full(2, null)]).violations[0]).toMatchObject({
      rule: 'org-life.md L4',
      field: 'entries.1.grade',
    });
  });

  it('refuses the same person twice', () => {
    expect(checkReview([full(1, 'qualified'), full(1, 'qualified')]).violations[0]?.field).toBe(
      'entries.1.personId',
    );
  });

  it('does not warn at exactly a third excellent', () => {
    expect(checkReview(graded(3, 9)).warnings).toEqual([]);
  });

  it('warns, without refusing, at one excellent over a third, naming the cap', () => {
    const result = checkReview(graded(4, 9));
    expect(result.violations).toEqual([]);
    expect(result.warnings).toEqual([
      {
        rule: 'org-life.md L5',
        field: 'entries',
        message: '评为优秀的有 4 名，一般不超过参评正式党员（9 名）的三分之一，即 3 名',
      },
    ]);
  });

  it('counts only graded full members toward the cap', () => {
    const probationary: ReviewEntry[] = [10, 11, 12].map((personId) => ({
      personId,
      stage: 'probationary',
      grade: null,
    }));
    expect(checkReview([...graded(2, 3), ...probationary]).warnings).toHaveLength(1);
  });

  it('takes a settable cap', () => {
    expect(checkReview(graded(3, 10), 0.2).warnings[0]?.message).toContain('20%，即 2 名');
  });
});
