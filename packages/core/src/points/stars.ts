import type { RuleViolation } from '../shared/errors';
import { REVIEW_GRADE_LABELS, type ReviewGrade } from '../org-life/review';

export type StarCount = 1 | 2 | 3 | 4 | 5;

/**
 * How a year's points become stars (星级评定), set per level like the points rules: the points needed for
 * two to five stars (one star is the floor), and the most stars each review grade allows.
 */
export interface StarThresholds {
  /** Points needed for 2, 3, 4 and 5 stars, rising. */
  minPoints: readonly [number, number, number, number];
  /** The review grade bounds the stars: an unqualified member is not a five-star member whatever the points. */
  gradeCaps: Readonly<Record<ReviewGrade, StarCount>>;
}

/** Project convention (local schemes rate 1–5 stars on points with the review grade as a ceiling). */
export const DEFAULT_STAR_THRESHOLDS: StarThresholds = {
  minPoints: [40, 60, 80, 100],
  gradeCaps: { excellent: 5, qualified: 4, basically_qualified: 2, unqualified: 1 },
};

export interface StarRating {
  stars: StarCount;
  /** What the points alone would give. */
  byPoints: StarCount;
  /** Set when the review grade lowered the rating. */
  cappedByGrade: ReviewGrade | null;
  explanation: string;
}

export function starRating(points: number, grade: ReviewGrade | null, t: StarThresholds): StarRating {
  let byPoints: StarCount = 1;
  t.minPoints.forEach((min, i) => {
    if (points >= min) byPoints = (i + 2) as StarCount;
  });
  const cap = grade ? t.gradeCaps[grade] : 5;
  const stars = Math.min(byPoints, cap) as StarCount;
  const cappedByGrade = stars < byPoints ? grade : null;
  const explanation = cappedByGrade
    ? `全年积分 ${points} 分可评 ${byPoints} 星；民主评议为“${REVIEW_GRADE_LABELS[cappedByGrade]}”，最高 ${cap} 星`
    : `全年积分 ${points} 分，评为 ${stars} 星`;
  return { stars, byPoints, cappedByGrade, explanation };
}

export function checkStarThresholds(t: StarThresholds): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const [a, b, c, d] = t.minPoints;
  if (t.minPoints.some((p) => !Number.isInteger(p) || p < 0)) {
    problems.push({ rule: 'points.stars', field: 'minPoints', message: '星级分数线应为不小于 0 的整数' });
  } else if (!(a < b && b < c && c < d)) {
    problems.push({ rule: 'points.stars', field: 'minPoints', message: '二星至五星的分数线应逐级升高' });
  }
  return problems;
}
