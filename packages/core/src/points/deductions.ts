import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';

/**
 * A deduction the branch records for a member's violation (issue 9: the rules include "a deduction for a
 * violation"). The record is the fact; the points it costs come from the violation rule in force, so a
 * changed rule reprices it and a revoked record costs nothing (it stays on record with the reason).
 */
export const pointsDeductionInputSchema = z.strictObject({
  occurredOn: isoDateSchema,
  description: z
    .string({ message: '违纪违规情况应为文字' })
    .trim()
    .min(4, { message: '请写明违纪违规的情况（至少 4 个字）' })
    .max(500, { message: '违纪违规情况不能超过 500 个字符' }),
  basis: z
    .string({ message: '扣分依据应为文字' })
    .trim()
    .max(200, { message: '扣分依据不能超过 200 个字符' })
    .optional(),
});
export type PointsDeductionInput = z.infer<typeof pointsDeductionInputSchema>;

/** Revoking a wrongly recorded deduction: why, kept with the record. */
export const pointsDeductionRevokeSchema = z.strictObject({
  revokeReason: z
    .string({ message: '撤销理由应为文字' })
    .trim()
    .min(2, { message: '请写明撤销理由' })
    .max(200, { message: '撤销理由不能超过 200 个字符' }),
});
export type PointsDeductionRevoke = z.infer<typeof pointsDeductionRevokeSchema>;

export const pointsDeductionSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  occurredOn: z.string(),
  description: z.string(),
  basis: z.string().nullable(),
  /** The points the deduction costs this year as last computed (null: revoked, or not computed yet). */
  points: z.number().int().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedByName: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type PointsDeductionView = z.infer<typeof pointsDeductionSchema>;

export const pointsDeductionListSchema = z.object({
  items: z.array(pointsDeductionSchema),
  /** Whether the caller may record and revoke deductions for this member. */
  mayManage: z.boolean(),
});
export type PointsDeductionList = z.infer<typeof pointsDeductionListSchema>;
