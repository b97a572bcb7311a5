import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { ORG_KINDS } from '../org/kinds';
import { FREQUENCIES } from './periods';
import { kindSummarySchema, requirementComplianceSchema, requirementSchema } from './schemas';

// What the compliance calendar API answers (issue 7 point 3): local rules, per-branch periods, summaries.

const int = z.number().int();

export const complianceOrgRefSchema = z.object({ id: int, name: z.string(), kind: z.enum(ORG_KINDS) });
export type ComplianceOrgRef = z.infer<typeof complianceOrgRefSchema>;

/** `on` defaults to today in China time; `orgId` narrows to one subtree within the actor's reach. */
export const complianceBranchesQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  on: isoDateSchema.optional(),
});
export type ComplianceBranchesQuery = z.infer<typeof complianceBranchesQuerySchema>;

export const complianceSummaryQuerySchema = z.object({
  orgId: z.coerce.number().int().positive(),
  on: isoDateSchema.optional(),
});
export type ComplianceSummaryQuery = z.infer<typeof complianceSummaryQuerySchema>;

/** A local rule as stored: active while `endedAt` is null. */
export const meetingRuleSchema = z.object({
  id: int,
  orgId: int,
  orgName: z.string(),
  kind: z.string(),
  per: z.enum(FREQUENCIES),
  minCount: int,
  fixedDay: int.nullable(),
  label: z.string().nullable(),
  createdAt: z.string(),
  /** Whether this rule decides the kind for the org's branches (a deeper org's rule overrides it). */
  inEffect: z.boolean(),
});
export type MeetingRule = z.infer<typeof meetingRuleSchema>;

/** A requirement the org's branches live under and where it comes from (null = the base table). */
export const effectiveRequirementSchema = requirementSchema.extend({
  source: z.object({ orgId: int, orgName: z.string(), ruleId: int }).nullable(),
});
export type EffectiveRequirement = z.infer<typeof effectiveRequirementSchema>;

export const meetingRulesViewSchema = z.object({
  org: complianceOrgRefSchema,
  requirements: z.array(effectiveRequirementSchema),
  /** The active rules of the org and its ancestors, nearest org first. */
  rules: z.array(meetingRuleSchema),
  /** Custom kinds the org and its ancestors have added, for choosing the kind of a new rule. */
  customKinds: z.array(z.object({ key: z.string(), label: z.string(), orgId: int })),
});
export type MeetingRulesView = z.infer<typeof meetingRulesViewSchema>;

export const ruleIdParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  ruleId: z.coerce.number().int().positive(),
});

export const branchComplianceSchema = z.object({
  org: complianceOrgRefSchema,
  parentId: int.nullable(),
  /** org-life.md L9: ≥ 7 full members, or posts beyond secretary and deputy. */
  hasCommittee: z.boolean(),
  fullMembers: int,
  groups: z.array(z.object({ id: int, name: z.string() })),
  compliance: z.array(requirementComplianceSchema),
});
export type BranchComplianceView = z.infer<typeof branchComplianceSchema>;

export const branchComplianceListSchema = z.object({
  on: z.string(),
  /** The first day reported: 1 January of the year of `on`. */
  since: z.string(),
  branches: z.array(branchComplianceSchema),
});
export type BranchComplianceList = z.infer<typeof branchComplianceListSchema>;

/**
 * One kind among some branches: core's summary of the period containing `on` (where a branch can only be
 * met or due), plus the branches that left an earlier period of this year unmet.
 */
export const complianceCellSchema = kindSummarySchema.extend({ overdueInYearOrgIds: z.array(int) });
export type ComplianceCell = z.infer<typeof complianceCellSchema>;

export const complianceRowSchema = z.object({
  org: complianceOrgRefSchema,
  /** The summarized org itself: the branches directly under it. */
  self: z.boolean(),
  branches: int,
  cells: z.array(complianceCellSchema),
});
export type ComplianceRow = z.infer<typeof complianceRowSchema>;

export const overdueBranchSchema = z.object({
  orgId: int,
  orgName: z.string(),
  /** The row (child org, or the summarized org itself) the branch is counted in. */
  rowOrgId: int,
  kind: z.string(),
  label: z.string(),
  periods: z.array(z.object({ key: z.string(), label: z.string() })),
  /** For a per-group requirement: the groups that missed a period. */
  groups: z.array(z.string()),
});
export type OverdueBranch = z.infer<typeof overdueBranchSchema>;

export const complianceSummarySchema = z.object({
  on: z.string(),
  org: complianceOrgRefSchema,
  /** The columns: the base kinds in glossary order, then the custom kinds any branch must hold. */
  kinds: z.array(z.object({ kind: z.string(), label: z.string() })),
  rows: z.array(complianceRowSchema),
  totals: z.object({ branches: int, cells: z.array(complianceCellSchema) }),
  overdue: z.array(overdueBranchSchema),
});
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;

export const complianceReminderInputSchema = z.strictObject({
  orgId: z.number().int().positive().optional(),
});
export type ComplianceReminderInput = z.infer<typeof complianceReminderInputSchema>;

/** What a reminder run sent: periods reminded, branches written to, inbox messages and texts queued. */
export const complianceReminderResultSchema = z.object({
  items: int,
  branches: int,
  inbox: int,
  sms: int,
});
export type ComplianceReminderResult = z.infer<typeof complianceReminderResultSchema>;
