/**
 * 结对帮扶 (issue 10): the kinds a household's situation, a consent, a visit's help and a fund entry take.
 * Local practice varies, so these are the common categories (project convention), each with its label.
 */

/** Why a household is helped; one household may have several. */
export const HOUSEHOLD_SITUATIONS = [
  'subsistence',
  'extreme_poverty',
  'disability',
  'elderly_alone',
  'left_behind_child',
  'illness',
  'disaster',
  'monitored',
  'other',
] as const;
export type HouseholdSituation = (typeof HOUSEHOLD_SITUATIONS)[number];

export const HOUSEHOLD_SITUATION_LABELS: Record<HouseholdSituation, string> = {
  subsistence: '低保户',
  extreme_poverty: '特困供养',
  disability: '残疾',
  elderly_alone: '独居老人',
  left_behind_child: '留守儿童',
  illness: '因病致贫',
  disaster: '因灾致困',
  monitored: '防返贫监测户',
  other: '其他困难',
};

/** How the household agreed to be helped and recorded: a signed form or a spoken agreement. */
export const CONSENT_WAYS = ['written', 'oral'] as const;
export type ConsentWay = (typeof CONSENT_WAYS)[number];

export const CONSENT_WAY_LABELS: Record<ConsentWay, string> = { written: '书面', oral: '口头' };

/** A helper is a member, or a cadre: someone holding a post in an org (a committee post, a first secretary). */
export const HELPER_ROLES = ['member', 'cadre'] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

export const HELPER_ROLE_LABELS: Record<HelperRole, string> = { member: '党员', cadre: '干部' };

/** What a visit brought; `money` and `goods` carry a value in fen, the others do not. */
export const HELP_KINDS = [
  'condolence',
  'money',
  'goods',
  'employment',
  'industry',
  'medical',
  'education',
  'policy',
  'chores',
  'other',
] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const HELP_KIND_LABELS: Record<HelpKind, string> = {
  condolence: '走访慰问',
  money: '资金帮扶',
  goods: '物资帮扶',
  employment: '就业帮扶',
  industry: '产业帮扶',
  medical: '就医协助',
  education: '助学帮扶',
  policy: '政策宣传代办',
  chores: '生活照料',
  other: '其他',
};

/** Why a pairing ended. */
export const PAIRING_END_REASONS = [
  'out_of_hardship',
  'helper_left',
  'household_moved',
  'household_died',
  'household_declined',
  'reassigned',
  'other',
] as const;
export type PairingEndReason = (typeof PAIRING_END_REASONS)[number];

export const PAIRING_END_REASON_LABELS: Record<PairingEndReason, string> = {
  out_of_hardship: '已稳定脱困',
  helper_left: '帮扶人调离',
  household_moved: '帮扶对象迁出',
  household_died: '帮扶对象去世',
  household_declined: '帮扶对象不再同意',
  reassigned: '调整帮扶人',
  other: '其他',
};

/** The two kinds of 互助金 ledger entry: money in and money granted out. */
export const FUND_ENTRY_KINDS = ['contribution', 'grant'] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];

export const FUND_ENTRY_KIND_LABELS: Record<FundEntryKind, string> = {
  contribution: '捐入',
  grant: '发放',
};

/** The rules this module enforces, cited in refusals (`rule` of a RuleViolation). */
export const PAIRING_RULES = {
  /** A household is paired only after it agreed, and not before the day it agreed. */
  consent: 'pairing.consent',
  /** A helper is a member in good standing or a cadre holding a post. */
  helper: 'pairing.helper',
  /** A helper has one pairing with a household at a time; periods of the same pair never overlap. */
  overlap: 'pairing.overlap',
  /** A closed household (out of hardship, moved, died) is paired and visited no more. */
  closed: 'pairing.household_closed',
  /** A pairing starts not after today and ends not before it started nor after today. */
  period: 'pairing.period',
  /** A visit is by a helper paired with the household. */
  visitPaired: 'pairing.visit_paired',
  /** A visit falls within the pairing's period and not after today. */
  visitPeriod: 'pairing.visit_period',
  /** Money and goods given are what the help kinds say. */
  visitValue: 'pairing.visit_value',
  /** A 互助金 grant never exceeds the fund's balance. */
  fundBalance: 'pairing.fund_balance',
} as const;
