import {
  checkPointsRules,
  checkRuleQualifiers,
  pathInScope,
  pointsRuleKinds,
  resolvePointsRules,
  type OrgPointsRulesView,
  type PointsRule,
  type PointsRuleKind,
  type PointsRulesInput,
  type RuleViolation,
} from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, scopeOf, type ScopedOrg } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { StepRefused } from '../development/refusal';
import { kindsFor } from '../meetings/kinds';
import { chainFor, rulesAroundSubtree, type OrgRuleSet } from './rules-chain';
import { pointsRules } from './schema';

/** The kinds a rule of the org may single out: its meetings' kinds (custom ones from it and above) and awards. */
async function ruleKindsAt(tx: Tx, path: string): Promise<PointsRuleKind[]> {
  return pointsRuleKinds(await kindsFor(tx, path));
}

function viewOf(
  org: ScopedOrg,
  sets: ReadonlyMap<number, OrgRuleSet>,
  kinds: PointsRuleKind[],
  mayManage: boolean,
): OrgPointsRulesView {
  const chain = chainFor(sets, org.path);
  const above = chain.filter((s) => s.orgId !== org.id);
  return {
    orgId: org.id,
    orgName: org.name,
    inForce: resolvePointsRules(chain),
    own: [...(sets.get(org.id)?.rules ?? [])],
    inherited: resolvePointsRules(above),
    kinds,
    mayManage,
  };
}

/** The rules in force for an org, each with who set it, its own rules, and what the level above allows. */
export async function getOrgPointsRules(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<OrgPointsRulesView> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.read', orgId);
    const sets = await rulesAroundSubtree(tx, org.path);
    const kinds = await ruleKindsAt(tx, org.path);
    return viewOf(org, sets, kinds, pathInScope(scopeOf(actor, 'points.manage'), org.path));
  });
}

/**
 * What the new set would do to the orgs below that set rules of their own: each of their rules must stay
 * within what it then inherits, or the change is refused naming the org below and its rule.
 */
function belowViolations(
  org: ScopedOrg,
  sets: ReadonlyMap<number, OrgRuleSet>,
  proposed: readonly PointsRule[],
): RuleViolation[] {
  const next = new Map(sets);
  next.set(org.id, { orgId: org.id, orgName: org.name, path: org.path, rules: proposed });
  const problems: RuleViolation[] = [];
  const below = [...next.values()]
    .filter((s) => s.orgId !== org.id && s.path.startsWith(org.path))
    .sort((a, b) => a.path.length - b.path.length || a.orgId - b.orgId);
  for (const set of below) {
    const above = chainFor(next, set.path).filter((s) => s.orgId !== set.orgId);
    for (const v of checkPointsRules(resolvePointsRules(above), set.rules)) {
      problems.push({
        ...v,
        field: 'rules',
        message: `下级组织${set.orgName}已设置的细则将不符合：${v.message}`,
      });
    }
  }
  return problems;
}

function violationsOf(
  org: ScopedOrg,
  sets: ReadonlyMap<number, OrgRuleSet>,
  kinds: readonly PointsRuleKind[],
  proposed: readonly PointsRule[],
): RuleViolation[] {
  const inherited = resolvePointsRules(chainFor(sets, org.path).filter((s) => s.orgId !== org.id));
  return [
    ...checkRuleQualifiers(kinds, proposed),
    ...checkPointsRules(inherited, proposed, kinds),
    ...belowViolations(org, sets, proposed),
  ];
}

/** Replaces the org's own rules; every violation, here or below, refuses the whole set. */
export async function setOrgPointsRules(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: PointsRulesInput,
): Promise<OrgPointsRulesView> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.manage', orgId);
    const sets = await rulesAroundSubtree(tx, org.path);
    const kinds = await ruleKindsAt(tx, org.path);
    const proposed: PointsRule[] = input.rules.map((r) => ({ ...r, qualifier: r.qualifier ?? null }));
    const violations = violationsOf(org, sets, kinds, proposed);
    if (violations.length > 0) throw new StepRefused(violations);

    const before = sets.get(org.id)?.rules ?? [];
    await replaceOwnRules(tx, org.id, proposed, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'points.rules_set',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: { before, after: proposed },
    });
    const next = new Map(sets);
    if (proposed.length)
      next.set(org.id, { orgId: org.id, orgName: org.name, path: org.path, rules: proposed });
    else next.delete(org.id);
    return viewOf(org, next, kinds, true);
  });
}

async function replaceOwnRules(tx: Tx, orgId: number, rules: readonly PointsRule[], userId: number | null) {
  await tx.delete(pointsRules).where(eq(pointsRules.orgId, orgId));
  if (rules.length === 0) return;
  await tx.insert(pointsRules).values(
    rules.map((r) => ({
      orgId,
      source: r.source,
      qualifier: r.qualifier,
      points: r.points,
      monthlyCap: r.monthlyCap,
      yearlyCap: r.yearlyCap,
      childMin: r.childRange?.min ?? null,
      childMax: r.childRange?.max ?? null,
      updatedBy: userId,
    })),
  );
}

/** For the demo and tests of the job: an org's own set written without a request (still checked). */
export async function writeOrgPointsRules(
  tx: Tx,
  org: ScopedOrg,
  rules: readonly PointsRule[],
): Promise<RuleViolation[]> {
  const sets = await rulesAroundSubtree(tx, org.path);
  const violations = violationsOf(org, sets, await ruleKindsAt(tx, org.path), rules);
  if (violations.length === 0) await replaceOwnRules(tx, org.id, rules, null);
  return violations;
}
