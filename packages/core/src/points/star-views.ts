import { z } from 'zod';
import { idSchema } from '../org/schemas';
import { reviewGradeSchema } from '../org-life/schemas';

/** What the star rating and public board API answers with, shared so the web reads what the server checks. */

const starCountSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** A year for stars: the points and reviews Jiceng can hold. */
export const starYearSchema = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2000, { message: '年度不能早于 2000 年' })
  .max(2100, { message: '年度不正确' });

export const starThresholdsViewSchema = z.object({
  minPoints: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  gradeCaps: z.object({
    excellent: starCountSchema,
    qualified: starCountSchema,
    basically_qualified: starCountSchema,
    unqualified: starCountSchema,
  }),
  publicRanking: z.boolean(),
});
export type StarThresholdsView = z.infer<typeof starThresholdsViewSchema>;

/** The thresholds in force at an org (its own or the nearest org above that set some), and its own. */
export const starSettingsViewSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  inForce: starThresholdsViewSchema,
  /** Whose settings are in force; null: nobody's, the install's defaults. */
  source: z.object({ orgId: z.number(), orgName: z.string() }).nullable(),
  own: starThresholdsViewSchema.nullable(),
});
export type StarSettingsView = z.infer<typeof starSettingsViewSchema>;

export const starRatingViewSchema = z.object({
  stars: starCountSchema,
  byPoints: starCountSchema,
  cappedByGrade: reviewGradeSchema.nullable(),
  explanation: z.string(),
});

export const confirmedStarSchema = z.object({
  stars: starCountSchema,
  points: z.number(),
  reviewGrade: reviewGradeSchema.nullable(),
  explanation: z.string(),
  confirmedAt: z.string(),
});

/** One counted member: the year's points, the review grade, the live rating and the confirmed one. */
export const starMemberSchema = z.object({
  personId: z.number(),
  name: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  stage: z.enum(['probationary', 'full']),
  points: z.number(),
  grade: reviewGradeSchema.nullable(),
  rating: starRatingViewSchema,
  confirmed: confirmedStarSchema.nullable(),
});
export type StarMember = z.infer<typeof starMemberSchema>;

export const starListSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  orgKind: z.string(),
  year: z.number(),
  members: z.array(starMemberSchema),
});
export type StarList = z.infer<typeof starListSchema>;

export const starListQuerySchema = z.object({ orgId: idSchema, year: starYearSchema });

export const starConfirmInputSchema = z.strictObject({ orgId: idSchema, year: starYearSchema });
export type StarConfirmInput = z.infer<typeof starConfirmInputSchema>;

export const starConfirmResultSchema = z.object({
  orgId: z.number(),
  year: z.number(),
  /** Members whose rating is now stored. */
  confirmed: z.number(),
  /** Of those, how many had a stored rating for the year before and got a different one. */
  changed: z.number(),
});
export type StarConfirmResult = z.infer<typeof starConfirmResultSchema>;

/** The public board (公示栏) of a branch: names and stars only — never an ID number, a phone or an id. */
export const starBoardLevelSchema = z.object({
  stars: starCountSchema,
  names: z.array(z.string()),
});

/** The year's awards by kind: each kind once, with who received it (members, or the branch itself). */
export const starBoardAwardSchema = z.object({
  kind: z.string(),
  names: z.array(z.string()),
});

export const starBoardSourceSchema = z.object({
  source: z.string(),
  label: z.string(),
  points: z.number(),
  members: z.number(),
});

export const starBoardRankSchema = z.object({
  rank: z.number(),
  name: z.string(),
  points: z.number(),
  stars: starCountSchema,
});

export const starBoardSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  year: z.number(),
  /** Every member's rating confirmed by the branch; otherwise the board shows the live (provisional) one. */
  confirmed: z.boolean(),
  /** The day the ratings were confirmed (the latest), or today while provisional. */
  publishedOn: z.string(),
  memberCount: z.number(),
  totalPoints: z.number(),
  levels: z.array(starBoardLevelSchema),
  awards: z.array(starBoardAwardSchema),
  topSources: z.array(starBoardSourceSchema),
  publicRanking: z.boolean(),
  /** Only when the branch turned public ranking on (issue 9). */
  ranking: z.array(starBoardRankSchema).nullable(),
});
export type StarBoard = z.infer<typeof starBoardSchema>;

export const starBoardQuerySchema = z.object({ year: starYearSchema.optional() });
