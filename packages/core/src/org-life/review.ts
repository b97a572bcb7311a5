import type { RuleViolation } from '../shared/errors';

/** org-life.md L4 (common practice). */
export const REVIEW_GRADES = ['excellent', 'qualified', 'basically_qualified', 'unqualified'] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];

export const REVIEW_GRADE_LABELS: Record<ReviewGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basically_qualified: '基本合格',
  unqualified: '不合格',
};

/** org-life.md L5: 优秀 normally not more than about one third of those graded. */
export const DEFAULT_EXCELLENT_CAP = 1 / 3;

export interface ReviewEntry {
  personId: number;
  /** Shown in messages when given. */
  name?: string;
  stage: 'probationary' | 'full';
  grade: ReviewGrade | null;
}

export interface ReviewCheck {
  violations: RuleViolation[];
  warnings: RuleViolation[];
}

/**
 * How many 优秀 the cap allows among `graded` members: floor(graded × cap), but at least one while the cap is
 * above zero. "About one third" reads as "not more than a third", so 4 or 5 graded allow 1 and 6 allow 2;
 * the floor of one keeps a branch of three from being warned for its single excellent member.
 */
export function excellentLimit(graded: number, cap: number = DEFAULT_EXCELLENT_CAP): number {
  if (graded <= 0 || cap <= 0) return 0;
  // The epsilon absorbs float error of fractions like 1/3 (6 × 1/3 must give 2, not 1.999…).
  return Math.max(1, Math.floor(graded * cap + 1e-9));
}

function who(entry: ReviewEntry): string {
  return entry.name ?? `党员（编号 ${entry.personId}）`;
}

/**
 * org-life.md L4–L6: every full member gets a grade, probationary members take part without one, and more
 * 优秀 than the cap is a warning only. Violations name the entry index as `entries.<i>.grade`.
 */
export function checkReview(
  entries: readonly ReviewEntry[],
  excellentCap: number = DEFAULT_EXCELLENT_CAP,
): ReviewCheck {
  const violations: RuleViolation[] = [];
  const warnings: RuleViolation[] = [];
  const seen = new Set<number>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.personId)) {
      violations.push({
        rule: 'org-life.md L4',
        field: `entries.${i}.personId`,
        message: `${who(entry)}重复评议`,
      });
    }
    seen.add(entry.personId);
    if (entry.stage === 'probationary' && entry.grade !== null) {
      violations.push({
        rule: 'org-life.md L6',
        field: `entries.${i}.grade`,
        message: `${who(entry)}是预备党员，参加评议但不评定等次`,
      });
    }
    if (entry.stage === 'full' && entry.grade === null) {
      violations.push({
        rule: 'org-life.md L4',
        field: `entries.${i}.grade`,
        message: `${who(entry)}是正式党员，须评定等次`,
      });
    }
  });
  const graded = entries.filter((e) => e.stage === 'full' && e.grade !== null);
  const excellent = graded.filter((e) => e.grade === 'excellent').length;
  const limit = excellentLimit(graded.length, excellentCap);
  if (excellent > limit) {
    const capText =
      excellentCap === DEFAULT_EXCELLENT_CAP ? '三分之一' : `${Math.round(excellentCap * 100)}%`;
    warnings.push({
      rule: 'org-life.md L5',
      field: 'entries',
      message: `评为优秀的有 ${excellent} 名，一般不超过参评正式党员（${graded.length} 名）的${capText}，即 ${limit} 名`,
    });
  }
  return { violations, warnings };
}
