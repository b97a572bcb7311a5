import { z } from 'zod';
import { ruleViolationSchema } from '../development/schemas';
import { reviewGradeSchema, reviewInputSchema } from './schemas';

/** Members take part in the review; applicants and the rest are not members yet (L6). */
export const REVIEW_STAGES = ['probationary', 'full'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  probationary: '预备党员',
  full: '正式党员',
};

/** The year a review covers, as it appears in a path. */
export const reviewYearSchema = z.coerce
  .number({ message: '评议年度应为数字' })
  .int({ message: '评议年度应为整数' })
  .min(2000, { message: '评议年度应在 2000–2100 之间' })
  .max(2100, { message: '评议年度应在 2000–2100 之间' });

/**
 * The 优秀 cap as a branch writes it, a fraction like "1/3" (L5 "about one third"), kept as text so the
 * record shows what was set. Null when it is not a fraction in (0, 1].
 */
export function parseExcellentCap(text: string): number | null {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!match) return null;
  const [numerator, denominator] = [Number(match[1]), Number(match[2])];
  if (denominator === 0 || numerator === 0 || numerator > denominator) return null;
  return numerator / denominator;
}

export const DEFAULT_EXCELLENT_CAP_TEXT = '1/3';

export const excellentCapSchema = z
  .string({ message: '优秀比例应为文字，如 1/3' })
  .refine((text) => parseExcellentCap(text) !== null, {
    message: '优秀比例应为不大于 1 的分数，如 1/3、3/10',
  });

/** PUT /orgs/:id/reviews/:year: the year comes from the path. */
export const reviewSaveInputSchema = reviewInputSchema.omit({ year: true }).extend({
  excellentCap: excellentCapSchema.optional(),
  /** The meeting (often the life meeting) the review was held at. */
  meetingId: z.number({ message: '会议应为编号' }).int().positive({ message: '会议应为编号' }).optional(),
});
export type ReviewSaveInput = z.infer<typeof reviewSaveInputSchema>;

export const reviewMemberSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  stage: z.enum(REVIEW_STAGES),
  grade: reviewGradeSchema.nullable(),
  comment: z.string().nullable(),
  /** False for someone graded that year who has since left the branch: kept, not editable. */
  current: z.boolean(),
});
export type ReviewMember = z.infer<typeof reviewMemberSchema>;

export const memberReviewSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  /** Whether this year's review has been saved. */
  recorded: z.boolean(),
  excellentCap: z.string(),
  graded: z.number().int(),
  excellent: z.number().int(),
  /** How many 优秀 the cap allows among those graded (excellentLimit). */
  excellentLimit: z.number().int(),
  meetingId: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  members: z.array(reviewMemberSchema),
  /** L5: over the cap is a warning, never a refusal. */
  warnings: z.array(ruleViolationSchema),
});
export type MemberReview = z.infer<typeof memberReviewSchema>;

/** One year of a person's review, as the points module reads it. */
export const personReviewSchema = z.object({
  year: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  stage: z.enum(REVIEW_STAGES),
  grade: reviewGradeSchema.nullable(),
  comment: z.string().nullable(),
});
export type PersonReview = z.infer<typeof personReviewSchema>;

/** A refusal with every rule it breaks, so a form can show them all at once. */
export const ruleRefusalSchema = z.object({
  error: z.object({
    code: z.literal('rule_violated'),
    message: z.string(),
    field: z.string().optional(),
    rule: z.string().optional(),
    /** Absent when a single rule refused through the shared error handler. */
    violations: z.array(ruleViolationSchema).optional(),
  }),
});
