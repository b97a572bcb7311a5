import {
  checkPointsRules,
  POINT_SOURCES,
  pointsRuleKey,
  pointsRuleLabel,
  type KindedPointSource,
  type OrgPointsRulesView,
  type PointsRule,
  type PointsRuleKind,
  type RuleViolation,
} from '@jiceng/core';

/** One row of the editor: a rule in force (or a kind's rule about to be), and whether this org sets it. */
export interface RuleDraft {
  key: string;
  source: PointsRule['source'];
  qualifier: string | null;
  own: boolean;
  /** A level above (or the defaults) sets this key: dropping the own rule returns to it, not to nothing. */
  inherited: boolean;
  points: number | null;
  monthlyCap: number | null;
  yearlyCap: number | null;
  childMin: number | null;
  childMax: number | null;
}

export function ruleLabel(
  rule: Pick<PointsRule, 'source' | 'qualifier'>,
  kinds: readonly PointsRuleKind[],
): string {
  return pointsRuleLabel(rule.source, rule.qualifier, kinds);
}

function valuesOf(r: PointsRule) {
  return {
    points: r.points,
    monthlyCap: r.monthlyCap,
    yearlyCap: r.yearlyCap,
    childMin: r.childRange?.min ?? null,
    childMax: r.childRange?.max ?? null,
  };
}

/** Each source's rows together, in the order of the sources, its general rule above its kinds' rules. */
function sorted(drafts: RuleDraft[]): RuleDraft[] {
  const rank = (d: RuleDraft) => POINT_SOURCES.indexOf(d.source) * 2 + (d.qualifier ? 1 : 0);
  return [...drafts].sort((a, b) => rank(a) - rank(b));
}

/** A draft per rule in force, filled from the org's own rule where it has one. */
export function draftsOf(view: OrgPointsRulesView): RuleDraft[] {
  return sorted(
    view.inForce.map((r) => {
      const own = view.own.find((o) => o.source === r.source && o.qualifier === r.qualifier);
      return {
        key: r.key,
        source: r.source,
        qualifier: r.qualifier,
        own: Boolean(own),
        inherited: view.inherited.some((i) => i.key === r.key),
        ...valuesOf(own ?? r),
      };
    }),
  );
}

/** The kinds of a source that have no row yet, for the "add a kind's rule" picker. */
export function addableKinds(
  view: OrgPointsRulesView,
  drafts: readonly RuleDraft[],
  source: KindedPointSource,
): PointsRuleKind[] {
  return view.kinds.filter(
    (k) => k.source === source && !drafts.some((d) => d.key === pointsRuleKey(source, k.qualifier)),
  );
}

/**
 * A new own rule for one kind, starting from what the kind gets today: the row of its source's general rule
 * (as edited so far), so the org only changes what it means to change.
 */
export function withKindDraft(
  drafts: readonly RuleDraft[],
  source: KindedPointSource,
  qualifier: string,
): RuleDraft[] {
  const general = drafts.find((d) => d.key === source);
  const row: RuleDraft = {
    key: pointsRuleKey(source, qualifier),
    source,
    qualifier,
    own: true,
    inherited: false,
    points: general?.points ?? null,
    monthlyCap: general?.monthlyCap ?? null,
    yearlyCap: general?.yearlyCap ?? null,
    childMin: general?.childMin ?? null,
    childMax: general?.childMax ?? null,
  };
  return sorted([...drafts, row]);
}

/** This org takes the rule on as its own, starting from the values in force. */
export function owning(drafts: readonly RuleDraft[], key: string): RuleDraft[] {
  return drafts.map((d) => (d.key === key ? { ...d, own: true } : d));
}

/**
 * Drops the org's own rule: the row shows what the level above sets again, or (a kind nobody above gives a
 * rule of its own) leaves, its kind falling under the source's general rule.
 */
export function inheriting(view: OrgPointsRulesView, drafts: readonly RuleDraft[], key: string): RuleDraft[] {
  const above = view.inherited.find((i) => i.key === key);
  if (!above) return drafts.filter((d) => d.key !== key);
  return drafts.map((d) => (d.key === key ? { ...d, own: false, ...valuesOf(above) } : d));
}

export function ruleOfDraft(d: RuleDraft): PointsRule {
  return {
    source: d.source,
    qualifier: d.qualifier,
    points: d.points ?? 0,
    monthlyCap: d.monthlyCap,
    yearlyCap: d.yearlyCap,
    childRange: d.childMin !== null && d.childMax !== null ? { min: d.childMin, max: d.childMax } : null,
  };
}

/** The same check the server runs, per row, so each problem shows at its row and field before saving. */
export function draftViolations(view: OrgPointsRulesView, draft: RuleDraft): RuleViolation[] {
  if (!draft.own) return [];
  if (draft.points === null) return [{ rule: 'points.rules', field: 'points', message: '请填写分值' }];
  return checkPointsRules(view.inherited, [ruleOfDraft(draft)], view.kinds);
}
