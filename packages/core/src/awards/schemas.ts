import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { AWARD_KIND_INFO, AWARD_KINDS, AWARD_LEVELS, type AwardKind } from './kinds';
import { FIVE_GOOD_RESULTS, FIVE_GOOD_STANDARDS } from './five-good';
import { seniorityRuleSchema } from './seniority';
import { optionalText, positiveId, text } from '../shared/fields';

export const awardYearSchema = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(1949, { message: '年度应在 1949–2100 之间' })
  .max(2100, { message: '年度应在 1949–2100 之间' });

export const awardInputSchema = z.strictObject({
  kind: z.enum(AWARD_KINDS, { message: '表彰类别不正确' }),
  level: z.enum(AWARD_LEVELS, { message: '表彰级别不正确' }),
  conferredBy: text('授予机关', 60),
  conferredOn: isoDateSchema,
  year: awardYearSchema,
  orgId: positiveId('获奖组织').nullable().optional(),
  personId: positiveId('获奖党员').nullable().optional(),
  docRef: optionalText('文号', 60),
  note: optionalText('备注', 300),
});
export type AwardInput = z.infer<typeof awardInputSchema>;

/** An award goes to an org or to a person, as its kind says; the other field stays empty. */
export function awardTargetViolation(input: {
  kind: AwardKind;
  orgId?: number | null;
  personId?: number | null;
}): { field: 'orgId' | 'personId'; message: string } | null {
  const info = AWARD_KIND_INFO[input.kind];
  if (info.target === 'org') {
    if (input.orgId == null) return { field: 'orgId', message: `“${info.label}”须选择获奖组织（orgId）` };
    if (input.personId != null)
      return { field: 'personId', message: `“${info.label}”授予组织，不能填写获奖党员（personId）` };
  } else {
    if (input.personId == null)
      return { field: 'personId', message: `“${info.label}”须选择获奖党员（personId）` };
    if (input.orgId != null)
      return { field: 'orgId', message: `“${info.label}”授予个人，不能填写获奖组织（orgId）` };
  }
  return null;
}

export const awardRevokeInputSchema = z.strictObject({ reason: text('撤销理由', 200) });

export const awardSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  kindLabel: z.string(),
  level: z.string(),
  conferredBy: z.string(),
  conferredOn: z.string(),
  year: z.number().int(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  docRef: z.string().nullable(),
  note: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type Award = z.infer<typeof awardSchema>;

export const awardsQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  year: awardYearSchema.optional(),
  kind: z.enum(AWARD_KINDS).optional(),
});

const standardEntry = z.strictObject({
  met: z.boolean({ message: '请选择是否达到' }),
  evidence: z.string().trim().max(500, { message: '佐证情况不能超过 500 个字符' }),
});

export const fiveGoodInputSchema = z.strictObject({
  standards: z.strictObject(
    Object.fromEntries(FIVE_GOOD_STANDARDS.map((s) => [s, standardEntry])) as Record<
      (typeof FIVE_GOOD_STANDARDS)[number],
      typeof standardEntry
    >,
  ),
  decidedOn: isoDateSchema,
  decidedByOrgName: text('评定机关', 60),
  /** The level of the 五个好 award an awarded evaluation records. */
  level: z.enum(AWARD_LEVELS, { message: '表彰级别不正确' }),
});
export type FiveGoodInput = z.infer<typeof fiveGoodInputSchema>;

const suggestionEntry = z.object({ met: z.boolean().nullable(), evidence: z.string() });
const recordedEntry = z.object({ met: z.boolean(), evidence: z.string() });

export const fiveGoodViewSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  suggestion: z.record(z.enum(FIVE_GOOD_STANDARDS), suggestionEntry),
  recorded: z
    .object({
      standards: z.record(z.enum(FIVE_GOOD_STANDARDS), recordedEntry),
      result: z.enum(FIVE_GOOD_RESULTS),
      decidedOn: z.string(),
      decidedByOrgName: z.string(),
      awardId: z.number().int().nullable(),
    })
    .nullable(),
});
export type FiveGoodView = z.infer<typeof fiveGoodViewSchema>;

export const seniorityRuleViewSchema = z.object({
  orgId: z.number().int(),
  rule: seniorityRuleSchema,
  /** The committee whose rule applies here; null = the default (project convention). */
  sourceOrgId: z.number().int().nullable(),
  sourceOrgName: z.string().nullable(),
});
export type SeniorityRuleView = z.infer<typeof seniorityRuleViewSchema>;

export const seniorityRowSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  partyAge: z.number().int().nullable(),
  serviceYears: z.number().int(),
  tierLabel: z.string(),
  amountFen: z.number().int(),
});
export type SeniorityRow = z.infer<typeof seniorityRowSchema>;

export const seniorityListSchema = z.object({
  orgId: z.number().int(),
  year: z.number().int(),
  referenceDate: z.string(),
  rule: seniorityRuleViewSchema,
  rows: z.array(seniorityRowSchema),
  totalFen: z.number().int(),
});
export type SeniorityList = z.infer<typeof seniorityListSchema>;

export const seniorityQuerySchema = z.object({
  orgId: z.coerce.number().int().positive({ message: '请选择组织' }),
  year: awardYearSchema,
});

export const cadreServiceInputSchema = z.strictObject({
  priorYears: z
    .number({ message: '此前任职年限应为数字' })
    .int({ message: '此前任职年限应为整数' })
    .min(0, { message: '此前任职年限不能小于 0' })
    .max(60, { message: '此前任职年限不能超过 60 年' }),
  note: optionalText('备注', 200),
});
export type CadreServiceInput = z.infer<typeof cadreServiceInputSchema>;

export const ALLOWANCE_KINDS = [
  'basic_pay',
  'performance_pay',
  'seniority',
  'retired_cadre',
  'other',
] as const;
export type AllowanceKind = (typeof ALLOWANCE_KINDS)[number];
export const ALLOWANCE_KIND_LABELS: Record<AllowanceKind, string> = {
  basic_pay: '基本报酬',
  performance_pay: '绩效报酬',
  seniority: '年功补贴',
  retired_cadre: '离任村干部生活补贴',
  other: '其他补贴',
};

export const cadreAllowanceInputSchema = z.strictObject({
  personId: positiveId('村干部'),
  orgId: positiveId('任职组织'),
  year: awardYearSchema,
  kind: z.enum(ALLOWANCE_KINDS, { message: '补贴类别不正确' }),
  amountFen: z
    .number({ message: '金额应为数字' })
    .int({ message: '金额应为整数分' })
    .min(0, { message: '金额不能小于 0' })
    .max(100_000_000, { message: '金额不能超过 100 万元' }),
  note: optionalText('备注', 200),
});
export type CadreAllowanceInput = z.infer<typeof cadreAllowanceInputSchema>;

export const cadreAllowanceSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  year: z.number().int(),
  kind: z.enum(ALLOWANCE_KINDS),
  amountFen: z.number().int(),
  note: z.string().nullable(),
});
export type CadreAllowance = z.infer<typeof cadreAllowanceSchema>;

export const cadreAllowancesQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  year: awardYearSchema.optional(),
});

export const personAwardsSchema = z.object({
  personId: z.number().int(),
  awards: z.array(awardSchema),
  allowances: z.array(cadreAllowanceSchema),
  seniority: z.object({
    year: z.number().int(),
    partyAge: z.number().int().nullable(),
    serviceYears: z.number().int(),
    priorServiceYears: z.number().int(),
    tierLabel: z.string().nullable(),
    amountFen: z.number().int(),
  }),
});
export type PersonAwards = z.infer<typeof personAwardsSchema>;
