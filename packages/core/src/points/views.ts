import { z } from 'zod';
import { duesMonthSchema } from '../dues/schemas';
import { KINDED_POINT_SOURCES } from './rules-kinds';
import { POINT_SOURCES } from './sources';

/**
 * What the points API answers (issue 9), shared by the server's responses and the web's screens.
 */

const rangeSchema = z.object({ min: z.number().int(), max: z.number().int() });

/** A rule as an org set it. */
export const pointsRuleSchema = z.object({
  source: z.enum(POINT_SOURCES),
  qualifier: z.string().nullable(),
  points: z.number().int(),
  monthlyCap: z.number().int().nullable(),
  yearlyCap: z.number().int().nullable(),
  childRange: rangeSchema.nullable(),
});

/** A rule in force, with the org that set it (null: the install's default). */
export const effectivePointsRuleSchema = pointsRuleSchema.extend({
  key: z.string(),
  setByOrgId: z.number().int().nullable(),
  setByOrgName: z.string(),
});
export type EffectivePointsRuleView = z.infer<typeof effectivePointsRuleSchema>;

/** A kind a rule may single out at the org (a meeting kind, its custom ones included; a person's award). */
export const pointsRuleKindSchema = z.object({
  source: z.enum(KINDED_POINT_SOURCES),
  qualifier: z.string(),
  label: z.string(),
});

/**
 * An org's rules: in force, its own, what it inherits from the level above (the bounds it lives in), and
 * the kinds it may give a rule of their own.
 */
export const orgPointsRulesSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  inForce: z.array(effectivePointsRuleSchema),
  own: z.array(pointsRuleSchema),
  inherited: z.array(effectivePointsRuleSchema),
  kinds: z.array(pointsRuleKindSchema),
  mayManage: z.boolean(),
});
export type OrgPointsRulesView = z.infer<typeof orgPointsRulesSchema>;

export const pointsRecomputeInputSchema = z.strictObject({
  orgId: z.number({ message: '请选择党组织' }).int().positive({ message: '请选择党组织' }),
  year: z
    .number({ message: '年度应为数字' })
    .int({ message: '年度应为整数' })
    .min(2000, { message: '年度应在 2000–2100 之间' })
    .max(2100, { message: '年度应在 2000–2100 之间' }),
});
export type PointsRecomputeInput = z.infer<typeof pointsRecomputeInputSchema>;

export const pointsRecomputeResultSchema = z.object({
  orgId: z.number().int(),
  year: z.number().int(),
  /** Members whose year was looked at. */
  persons: z.number().int(),
  /** Members whose entries changed and were rewritten. */
  changedPersons: z.number().int(),
  entries: z.number().int(),
});
export type PointsRecomputeResult = z.infer<typeof pointsRecomputeResultSchema>;

export const POINTS_LEDGER_SORTS = ['total_desc', 'total_asc', 'name'] as const;

export const pointsLedgerQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
  month: duesMonthSchema.optional(),
  sort: z.enum(POINTS_LEDGER_SORTS).default('total_desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PointsLedgerQuery = z.infer<typeof pointsLedgerQuerySchema>;

export const pointsLedgerRowSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  total: z.number().int(),
  entries: z.number().int(),
  capped: z.number().int(),
});
export type PointsLedgerRow = z.infer<typeof pointsLedgerRowSchema>;

export const pointsLedgerSchema = z.object({
  orgId: z.number().int(),
  year: z.number().int(),
  month: z.string().nullable(),
  items: z.array(pointsLedgerRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PointsLedger = z.infer<typeof pointsLedgerSchema>;

/** One entry with the record that earned it and the rule that priced it. */
export const pointEntryViewSchema = z.object({
  id: z.number().int(),
  occurredOn: z.string(),
  month: z.string(),
  source: z.enum(POINT_SOURCES),
  sourceLabel: z.string(),
  qualifier: z.string().nullable(),
  ruleKey: z.string(),
  ruleOrgId: z.number().int().nullable(),
  ruleOrgName: z.string(),
  units: z.number().int(),
  rawPoints: z.number().int(),
  points: z.number().int(),
  capped: z.boolean(),
  refType: z.string(),
  refId: z.number().int(),
  /** What the record was: a meeting's title, the month of dues, the claim's description… */
  refLabel: z.string(),
});
export type PointEntryView = z.infer<typeof pointEntryViewSchema>;

export const personPointsSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  total: z.number().int(),
  months: z.array(z.object({ month: z.string(), points: z.number().int() })),
  entries: z.array(pointEntryViewSchema),
});
export type PersonPointsView = z.infer<typeof personPointsSchema>;

export const POINTS_CLAIM_STATUSES = ['pending', 'approved', 'refused'] as const;
export type PointsClaimStatus = (typeof POINTS_CLAIM_STATUSES)[number];
export const POINTS_CLAIM_STATUS_LABELS: Record<PointsClaimStatus, string> = {
  pending: '待审核',
  approved: '已同意',
  refused: '未同意',
};

export const pointsClaimSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  occurredOn: z.string(),
  points: z.number().int(),
  description: z.string(),
  evidence: z.string().nullable(),
  status: z.enum(POINTS_CLAIM_STATUSES),
  grantedPoints: z.number().int().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type PointsClaimView = z.infer<typeof pointsClaimSchema>;

export const pointsClaimsQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  status: z.enum(POINTS_CLAIM_STATUSES).optional(),
});

export const pointsClaimListSchema = z.object({ items: z.array(pointsClaimSchema) });
export type PointsClaimList = z.infer<typeof pointsClaimListSchema>;

/** The member's own: this year's points, the claims, and the manual rule that bounds a claim. */
export const myPointsSchema = personPointsSchema.extend({
  claims: z.array(pointsClaimSchema),
  manualRule: effectivePointsRuleSchema.nullable(),
});
export type MyPointsView = z.infer<typeof myPointsSchema>;

export const pointsMonthClosedSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  month: z.string(),
  closedAt: z.string(),
});
export type PointsMonthClosed = z.infer<typeof pointsMonthClosedSchema>;
