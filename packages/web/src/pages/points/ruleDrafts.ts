import {
  checkPointsRules,
  POINT_SOURCE_LABELS,
  type EffectivePointsRuleView,
  type OrgPointsRulesView,
  type PointsRule,
  type RuleViolation,
} from '@jiceng/core';

/** One row of the editor: a rule in force, and whether (and how) this org sets it itself. */
export interface RuleDraft {
  key: string;
  source: PointsRule['source'];
  qualifier: string | null;
  own: boolean;
  points: number | null;
  monthlyCap: number | null;
  yearlyCap: number | null;
  childMin: number | null;
  childMax: number | null;
}

export function ruleLabel(rule: Pick<PointsRule, 'source' | 'qualifier'>): string {
  return `${POINT_SOURCE_LABELS[rule.source]}${rule.qualifier ? `（${rule.qualifier}）` : ''}`;
}

/** A draft per rule in force, filled from the org's own rule where it has one. */
export function draftsOf(view: OrgPointsRulesView): RuleDraft[] {
  return view.inForce.map((r: EffectivePointsRuleView) => {
    const own = view.own.find((o) => o.source === r.source && o.qualifier === r.qualifier);
    const base = own ?? r;
    return {
      key: r.key,
      source: r.source,
      qualifier: r.qualifier,
      own: Boolean(own),
      points: base.points,
      monthlyCap: base.monthlyCap,
      yearlyCap: base.yearlyCap,
      childMin: base.childRange?.min ?? null,
      childMax: base.childRange?.max ?? null,
    };
  });
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
  return checkPointsRules(view.inherited, [ruleOfDraft(draft)]);
}
