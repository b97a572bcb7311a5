import type { RuleViolation } from '../shared/errors';
import { pointsRuleKinds, pointsRuleLabel, type PointsRuleKind } from './rules-kinds';
import { DEDUCTION_SOURCES, pointsRuleKey, type PointSource } from './sources';

export * from './rules-kinds';

/** The range of points per unit the orgs below may choose for a rule. */
export interface PointsRange {
  min: number;
  max: number;
}

/** One rule as an org sets it (a committee for everything below it, or a branch for itself). */
export interface PointsRule {
  source: PointSource;
  /** A kind within the source (a meeting kind, an award kind); null covers every kind without its own rule. */
  qualifier: string | null;
  /** Per unit (an attendance, an hour, a month); negative for a deduction. */
  points: number;
  /** Bounds the points a member gets (or loses) from this rule in a month / a year; null: no bound. */
  monthlyCap: number | null;
  yearlyCap: number | null;
  /** What the orgs below may set `points` to; null: they must keep it. */
  childRange: PointsRange | null;
}

/** The rules an org has set, in a chain from the top org down. */
export interface OrgPointsRules {
  orgId: number;
  orgName: string;
  rules: readonly PointsRule[];
}

/** A rule in force for an org, with where it was set (null: the install's default). */
export interface EffectivePointsRule extends PointsRule {
  key: string;
  setByOrgId: number | null;
  setByOrgName: string;
}

export const DEFAULT_RULES_NAME = '系统默认';

const rule = (
  source: PointSource,
  points: number,
  caps: { month?: number; year?: number },
  childRange: PointsRange | null,
  qualifier: string | null = null,
): PointsRule => ({
  source,
  qualifier,
  points,
  monthlyCap: caps.month ?? null,
  yearlyCap: caps.year ?? null,
  childRange,
});

/**
 * The install's starting rules (project convention, modelled on county 积分管理 schemes): a committee may
 * change any of them within `childRange` for everything below it.
 */
export const DEFAULT_POINTS_RULES: readonly PointsRule[] = [
  rule('meeting_attendance', 2, { month: 10 }, { min: 1, max: 5 }),
  rule('dues_on_time', 2, { year: 24 }, { min: 1, max: 5 }),
  rule('volunteer_hours', 1, { month: 10 }, { min: 0, max: 3 }),
  rule('service_request_solved', 3, { month: 15 }, { min: 1, max: 5 }),
  rule('pairing_visit', 2, { month: 8 }, { min: 1, max: 5 }),
  rule('training_hours', 1, { year: 40 }, { min: 0, max: 3 }),
  rule('award', 10, {}, { min: 5, max: 30 }),
  rule('violation', -10, {}, { min: -30, max: -5 }),
  rule('manual', 5, { month: 10 }, { min: 1, max: 10 }),
];

/** The rules in force for the last org of `chain`: the defaults, then each level's own, the lowest winning. */
export function resolvePointsRules(
  chain: readonly OrgPointsRules[],
  defaults: readonly PointsRule[] = DEFAULT_POINTS_RULES,
): EffectivePointsRule[] {
  const byKey = new Map<string, EffectivePointsRule>();
  const put = (r: PointsRule, setByOrgId: number | null, setByOrgName: string) =>
    byKey.set(pointsRuleKey(r.source, r.qualifier), {
      ...r,
      key: pointsRuleKey(r.source, r.qualifier),
      setByOrgId,
      setByOrgName,
    });
  for (const r of defaults) put(r, null, DEFAULT_RULES_NAME);
  for (const level of chain) for (const r of level.rules) put(r, level.orgId, level.orgName);
  return [...byKey.values()];
}

/** The rule a record falls under: its kind's own rule, else the source's general one. */
export function ruleFor(
  rules: readonly EffectivePointsRule[],
  source: PointSource,
  qualifier: string | null,
): EffectivePointsRule | undefined {
  const exact = qualifier ? rules.find((r) => r.key === pointsRuleKey(source, qualifier)) : undefined;
  return exact ?? rules.find((r) => r.key === source);
}

const RULE_ID = 'points.rules';

function capProblems(r: PointsRule, label: string, above: EffectivePointsRule | undefined): RuleViolation[] {
  const problems: RuleViolation[] = [];
  for (const [field, cap, name] of [
    ['monthlyCap', r.monthlyCap, '每月上限'],
    ['yearlyCap', r.yearlyCap, '每年上限'],
  ] as const) {
    if (cap === null) {
      const bound = above?.[field];
      if (bound !== null && bound !== undefined) {
        problems.push({
          rule: RULE_ID,
          field,
          message: `${label}：${above!.setByOrgName}规定${name}为 ${bound} 分，下级不能取消上限`,
        });
      }
      continue;
    }
    if (!Number.isInteger(cap) || cap < 0) {
      problems.push({ rule: RULE_ID, field, message: `${label}：${name}应为不小于 0 的整数` });
      continue;
    }
    const bound = above?.[field];
    if (bound !== null && bound !== undefined && cap > bound) {
      problems.push({
        rule: RULE_ID,
        field,
        message: `${label}：${name}不能高于${above!.setByOrgName}规定的 ${bound} 分`,
      });
    }
  }
  if (r.monthlyCap !== null && r.yearlyCap !== null && r.monthlyCap > r.yearlyCap) {
    problems.push({ rule: RULE_ID, field: 'monthlyCap', message: `${label}：每月上限不能高于每年上限` });
  }
  return problems;
}

/**
 * Checks the rules an org proposes against those it inherits from above: points within the range the level
 * above allows (none: it may not change them), caps not above the caps above, a child range within its own
 * range, deductions negative. Every problem is named, each with the org that set the bound. `kinds` only
 * names the kinds in the messages (an org's custom meeting kinds); `checkRuleQualifiers` checks them.
 */
export function checkPointsRules(
  inherited: readonly EffectivePointsRule[],
  proposed: readonly PointsRule[],
  kinds: readonly PointsRuleKind[] = pointsRuleKinds(),
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const seen = new Set<string>();
  for (const r of proposed) {
    const key = pointsRuleKey(r.source, r.qualifier);
    const label = `“${pointsRuleLabel(r.source, r.qualifier, kinds)}”`;
    if (seen.has(key)) {
      problems.push({ rule: RULE_ID, field: 'rules', message: `${label}重复设置` });
      continue;
    }
    seen.add(key);
    if (!Number.isInteger(r.points)) {
      problems.push({ rule: RULE_ID, field: 'points', message: `${label}：分值应为整数` });
    }
    const deduction = DEDUCTION_SOURCES.includes(r.source);
    if (deduction && r.points >= 0) {
      problems.push({ rule: RULE_ID, field: 'points', message: `${label}：扣分项的分值应为负数` });
    }
    if (!deduction && r.points < 0) {
      problems.push({ rule: RULE_ID, field: 'points', message: `${label}：加分项的分值不能为负数` });
    }
    // A kind's own rule answers to the source's general rule above when the kind has none of its own.
    const above =
      inherited.find((i) => i.key === key) ??
      (r.qualifier ? inherited.find((i) => i.key === r.source) : undefined);
    if (above) {
      if (above.childRange === null) {
        problems.push({
          rule: RULE_ID,
          field: 'points',
          message: `${label}：${above.setByOrgName}规定的分值（${above.points} 分）下级不能调整`,
        });
      } else if (r.points < above.childRange.min || r.points > above.childRange.max) {
        problems.push({
          rule: RULE_ID,
          field: 'points',
          message: `${label}：${above.setByOrgName}允许的分值范围为 ${above.childRange.min} 至 ${above.childRange.max} 分`,
        });
      }
    }
    problems.push(...capProblems(r, label, above));
    if (r.childRange) {
      const { min, max } = r.childRange;
      if (!Number.isInteger(min) || !Number.isInteger(max) || min > max) {
        problems.push({ rule: RULE_ID, field: 'childRange', message: `${label}：下级可调范围不正确` });
      } else if (r.points < min || r.points > max) {
        problems.push({
          rule: RULE_ID,
          field: 'childRange',
          message: `${label}：下级可调范围应包含本级分值`,
        });
      } else if (above?.childRange && (min < above.childRange.min || max > above.childRange.max)) {
        problems.push({
          rule: RULE_ID,
          field: 'childRange',
          message: `${label}：下级可调范围不能超出${above.setByOrgName}允许的 ${above.childRange.min} 至 ${above.childRange.max} 分`,
        });
      }
    }
  }
  return problems;
}
