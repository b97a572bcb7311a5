import { idSchema, orgKindSchema } from '@jiceng/core';
import { z } from 'zod';

/** Dues reports cover one calendar year of months; the bounds keep a typo from scanning nothing for long. */
export const duesYearSchema = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2008, { message: '年度不能早于 2008 年' })
  .max(2100, { message: '年度不正确' });

export const duesSummaryQuerySchema = z.object({ orgId: idSchema, year: duesYearSchema });
export type DuesSummaryQuery = z.infer<typeof duesSummaryQuerySchema>;

/**
 * Due against collected. `members` counts ledger rows (people for a month, person-months for a year),
 * `paidMembers` the active regular payments among the same; voluntary payments (F8) are shown apart.
 */
export const duesFiguresSchema = z.object({
  dueFen: z.number().int(),
  collectedFen: z.number().int(),
  voluntaryFen: z.number().int(),
  members: z.number().int(),
  paidMembers: z.number().int(),
});
export type DuesFigures = z.infer<typeof duesFiguresSchema>;

const orgRefSchema = z.object({ id: z.number().int(), name: z.string(), kind: orgKindSchema });

export const duesSummarySchema = z.object({
  year: z.number().int(),
  org: orgRefSchema,
  months: z.array(duesFiguresSchema.extend({ month: z.string() })),
  /** Per direct child within reach; `self` is the root's own members (a "直属" row). */
  children: z.array(duesFiguresSchema.extend({ org: orgRefSchema, self: z.boolean() })),
  totals: duesFiguresSchema,
});
export type DuesSummary = z.infer<typeof duesSummarySchema>;
