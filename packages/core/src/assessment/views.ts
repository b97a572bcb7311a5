import { z } from 'zod';
import { ORG_KINDS } from '../org/kinds';
import { ASSESSMENT_METRICS } from './metrics';

const int = z.number().int();
const orgRef = z.object({ id: int, name: z.string(), kind: z.enum(ORG_KINDS) });
const namedOrg = z.object({ id: int, name: z.string() });

export const assessmentItemViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  maxScore: int,
  metric: z.enum(ASSESSMENT_METRICS),
  description: z.string().nullable(),
  /** Scored by Jiceng (true) or by hand with evidence. */
  computed: z.boolean(),
});
export type AssessmentItemView = z.infer<typeof assessmentItemViewSchema>;

/** The item set in force at an org: its own, a committee's above it, or the defaults (setBy null). */
export const assessmentItemsViewSchema = z.object({
  org: orgRef,
  setBy: namedOrg.nullable(),
  /** The org set these items itself (and may clear them to inherit again). */
  own: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  items: z.array(assessmentItemViewSchema),
  total: int,
  warnings: z.array(z.string()),
  /** Whether the org may set its own items (a committee, not a branch). */
  mayHaveOwn: z.boolean(),
});
export type AssessmentItemsView = z.infer<typeof assessmentItemsViewSchema>;

export const publicationSchema = z.object({
  org: namedOrg,
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const assessmentCellSchema = z.object({
  itemKey: z.string(),
  /** The item is not in this branch's set (another committee below set other items). */
  applicable: z.boolean(),
  maxScore: int,
  scoreTenths: int.nullable(),
  scoredHow: z.enum(['auto', 'manual']).nullable(),
  basis: z.string().nullable(),
  evidence: z.string().nullable(),
  scoredBy: z.string().nullable(),
  scoredAt: z.string().nullable(),
});
export type AssessmentCell = z.infer<typeof assessmentCellSchema>;

export const assessmentRowSchema = z.object({
  branch: orgRef,
  /** The org between the board's committee and the branch, when there is one (a general branch). */
  parentName: z.string().nullable(),
  cells: z.array(assessmentCellSchema),
  totalTenths: int.nullable(),
  maxTotal: int,
  rank: int.nullable(),
  /** Items still without a score (hand-scored ones the committee has to score). */
  missing: z.array(z.string()),
  /** Set when the month is published for this branch, by the board's org or one below it. */
  publication: publicationSchema.nullable(),
});
export type AssessmentRow = z.infer<typeof assessmentRowSchema>;

export const assessmentBoardSchema = z.object({
  org: orgRef,
  month: z.string(),
  /** The columns: the board org's items, then any other item a set below uses. */
  items: z.array(assessmentItemViewSchema),
  itemsSetBy: namedOrg.nullable(),
  /** Published by the board's org or one above it: nothing below changes for the month. */
  publication: publicationSchema.nullable(),
  /** Branches ranked (all of the committee's, even those the reader does not see). */
  rankedAmong: int,
  rows: z.array(assessmentRowSchema),
});
export type AssessmentBoard = z.infer<typeof assessmentBoardSchema>;

export const assessmentComputeResultSchema = z.object({
  month: z.string(),
  branches: int,
  /** Items scored automatically (written or refreshed). */
  scored: int,
  /** Hand scores left as they were. */
  keptManual: int,
  /** Branches skipped because a committee below has published the month. */
  frozenBranches: int,
});
export type AssessmentComputeResult = z.infer<typeof assessmentComputeResultSchema>;

export const assessmentScoreViewSchema = z.object({
  branchId: int,
  month: z.string(),
  cell: assessmentCellSchema,
});
export type AssessmentScoreView = z.infer<typeof assessmentScoreViewSchema>;

export const assessmentYearRowSchema = z.object({
  branch: orgRef,
  parentName: z.string().nullable(),
  /** Twelve monthly totals in tenths, January first; null for a month without scores. */
  months: z.array(int.nullable()),
  maxTotal: int,
  averageTenths: int.nullable(),
  scoredMonths: int,
  rank: int.nullable(),
});
export type AssessmentYearRow = z.infer<typeof assessmentYearRowSchema>;

export const assessmentYearSchema = z.object({
  org: orgRef,
  year: int,
  /** Per month (January first): whether the board's org (or one above) published it. */
  published: z.array(z.boolean()),
  rankedAmong: int,
  rows: z.array(assessmentYearRowSchema),
});
export type AssessmentYear = z.infer<typeof assessmentYearSchema>;
