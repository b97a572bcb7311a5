import { z } from 'zod';
import type { RuleViolation } from '../shared/errors';
import {
  customKindLabelSchema,
  isBaseMeetingKind,
  meetingKindLabel,
  meetingKindSchema,
  type MeetingKindKey,
} from './meeting-kinds';
import { FREQUENCIES, FREQUENCY_LABELS, FREQUENCY_MONTHS, type Frequency } from './periods';

/** Where a requirement applies: every branch, branches with a committee (L9), or each group of a branch. */
export const REQUIREMENT_SCOPES = ['branch', 'branch_with_committee', 'group'] as const;
export type RequirementScope = (typeof REQUIREMENT_SCOPES)[number];

/** Why a requirement exists: the 2018 rule, common practice (org-life.md), or a rule set by an org. */
export const REQUIREMENT_BASES = ['regulation', 'common_practice', 'local'] as const;
export type RequirementBasis = (typeof REQUIREMENT_BASES)[number];

export const REQUIREMENT_BASIS_LABELS: Record<RequirementBasis, string> = {
  regulation: '支部工作条例',
  common_practice: '通行做法',
  local: '上级党组织规定',
};

export interface MeetingRequirement {
  kind: MeetingKindKey;
  per: Frequency;
  appliesTo: RequirementScope;
  rule: string;
  minCount: number;
  basis: RequirementBasis;
  /** Only a meeting on this day of the month counts (a theme day on a fixed day). */
  fixedDay?: number;
  /** The Chinese name of a custom kind. */
  label?: string;
  /** The org whose local rule this is; absent for the base requirements. */
  setByOrgId?: number;
}

const RULE = 'org-life.md L1';

/** The table of org-life.md "Required activities". Heart-to-heart talks are pairs of people, not meetings. */
export const BASE_REQUIREMENTS: readonly MeetingRequirement[] = [
  {
    kind: 'general_meeting',
    per: 'quarter',
    appliesTo: 'branch',
    rule: RULE,
    minCount: 1,
    basis: 'regulation',
  },
  {
    kind: 'committee_meeting',
    per: 'month',
    appliesTo: 'branch_with_committee',
    rule: 'org-life.md L1, L9',
    minCount: 1,
    basis: 'regulation',
  },
  { kind: 'group_meeting', per: 'month', appliesTo: 'group', rule: RULE, minCount: 1, basis: 'regulation' },
  { kind: 'lecture', per: 'quarter', appliesTo: 'branch', rule: RULE, minCount: 1, basis: 'common_practice' },
  { kind: 'theme_day', per: 'month', appliesTo: 'branch', rule: RULE, minCount: 1, basis: 'regulation' },
  { kind: 'life_meeting', per: 'year', appliesTo: 'branch', rule: RULE, minCount: 1, basis: 'regulation' },
  { kind: 'member_review', per: 'year', appliesTo: 'branch', rule: RULE, minCount: 1, basis: 'regulation' },
];

/** A requirement set by a committee or general branch for the orgs below it. */
export interface LocalRule {
  kind: MeetingKindKey;
  per: Frequency;
  minCount: number;
  fixedDay?: number;
  label?: string;
  setByOrgId: number;
  /** Depth of the setting org in the tree (top = 0): the deeper rule wins for the same kind. */
  setByOrgDepth: number;
}

export const localRuleInputSchema = z
  .strictObject({
    kind: meetingKindSchema,
    per: z.enum(FREQUENCIES, { message: '频次应为每月、每季度或每年' }),
    minCount: z
      .number({ message: '次数应为数字' })
      .int({ message: '次数应为整数' })
      .min(1, { message: '次数至少为 1' })
      .max(31, { message: '次数不能超过 31' }),
    fixedDay: z
      .number({ message: '固定日应为数字' })
      .int({ message: '固定日应为整数' })
      .min(1, { message: '固定日应为每月 1–31 日' })
      .max(31, { message: '固定日应为每月 1–31 日' })
      .optional(),
    label: customKindLabelSchema.optional(),
  })
  .refine((r) => r.fixedDay === undefined || r.per === 'month', {
    path: ['fixedDay'],
    message: '只有每月开展的活动才能设固定日',
  })
  .refine((r) => r.fixedDay === undefined || r.minCount === 1, {
    path: ['minCount'],
    message: '设了固定日的活动每月只能开展 1 次',
  })
  .refine((r) => isBaseMeetingKind(r.kind) || r.label !== undefined, {
    path: ['label'],
    message: '自定义活动须填写活动名称',
  });
export type LocalRuleInput = z.infer<typeof localRuleInputSchema>;

/** How many meetings per `per` period the rule guarantees: each sub-period must hold `minCount`. */
function guaranteedPer(rule: { per: Frequency; minCount: number }, per: Frequency): number {
  return rule.minCount * (FREQUENCY_MONTHS[per] / FREQUENCY_MONTHS[rule.per]);
}

/**
 * A local rule may only tighten the base requirement of its kind (org-life.md L1: the table is the floor):
 * its period may not be longer, and per base period it must still demand at least the base count.
 * Custom kinds have no base and are always allowed.
 */
export function checkLocalRule(
  rule: Pick<LocalRule, 'kind' | 'per' | 'minCount' | 'fixedDay' | 'label'>,
  base: readonly MeetingRequirement[] = BASE_REQUIREMENTS,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (rule.fixedDay !== undefined && rule.per !== 'month') {
    violations.push({ rule: RULE, field: 'fixedDay', message: '只有每月开展的活动才能设固定日' });
  }
  if (rule.fixedDay !== undefined && rule.minCount !== 1) {
    violations.push({ rule: RULE, field: 'minCount', message: '设了固定日的活动每月只能开展 1 次' });
  }
  const floor = base.find((b) => b.kind === rule.kind);
  if (!floor) return violations;
  const name = meetingKindLabel(rule.kind);
  const floorText = `${FREQUENCY_LABELS[floor.per]}至少 ${floor.minCount} 次`;
  if (FREQUENCY_MONTHS[rule.per] > FREQUENCY_MONTHS[floor.per]) {
    violations.push({
      rule: floor.rule,
      field: 'per',
      message: `${name}的频次不能低于规定（${floorText}），只能更严`,
    });
  } else if (guaranteedPer(rule, floor.per) < floor.minCount) {
    violations.push({
      rule: floor.rule,
      field: 'minCount',
      message: `${name}的次数不能少于规定（${floorText}），只能更严`,
    });
  }
  return violations;
}

function fromLocal(rule: LocalRule, floor: MeetingRequirement | undefined): MeetingRequirement {
  return {
    kind: rule.kind,
    per: rule.per,
    // A custom kind is for the whole branch; a base kind keeps its scope (a stricter group meeting is still per group).
    appliesTo: floor?.appliesTo ?? 'branch',
    rule: floor?.rule ?? RULE,
    minCount: rule.minCount,
    basis: 'local',
    ...(rule.fixedDay !== undefined ? { fixedDay: rule.fixedDay } : {}),
    ...(rule.label !== undefined ? { label: rule.label } : {}),
    setByOrgId: rule.setByOrgId,
  };
}

/**
 * The requirements a branch lives under: the base table, each kind overridden by the deepest ancestor's
 * local rule (a county sets a floor, a township may change it for its own tree), and custom kinds added.
 * A local rule weaker than the base is skipped here (the next shallower one, or the base, applies); it is
 * refused when saved through checkLocalRule. Equal depth means the same org: the later rule wins.
 */
export function effectiveRequirements(
  base: readonly MeetingRequirement[],
  localRules: readonly LocalRule[],
): MeetingRequirement[] {
  const chosen = new Map<string, LocalRule>();
  for (const rule of localRules) {
    if (checkLocalRule(rule, base).length > 0) continue;
    const current = chosen.get(rule.kind);
    if (!current || rule.setByOrgDepth >= current.setByOrgDepth) chosen.set(rule.kind, rule);
  }
  const result = base.map((floor) => {
    const local = chosen.get(floor.kind);
    return local ? fromLocal(local, floor) : floor;
  });
  const custom = [...chosen.values()]
    .filter((rule) => !base.some((b) => b.kind === rule.kind))
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return [...result, ...custom.map((rule) => fromLocal(rule, undefined))];
}
