import {
  POINT_SOURCES,
  resolvePointsRules,
  type EffectivePointsRule,
  type OrgPointsRules,
  type PointSource,
  type PointsRule,
} from '@jiceng/core';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { pointsRules } from './schema';

type RuleRow = typeof pointsRules.$inferSelect;

/** The org itself and every org above it, from its materialized path (`/1/12/305/`), top first. */
export function chainIdsOf(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

export function ruleOfRow(row: RuleRow): PointsRule {
  return {
    source: (POINT_SOURCES as readonly string[]).includes(row.source)
      ? (row.source as PointSource)
      : 'manual',
    qualifier: row.qualifier,
    points: row.points,
    monthlyCap: row.monthlyCap,
    yearlyCap: row.yearlyCap,
    childRange:
      row.childMin !== null && row.childMax !== null ? { min: row.childMin, max: row.childMax } : null,
  };
}

export interface OrgRuleSet extends OrgPointsRules {
  path: string;
}

/** Every org's own rules for the given org ids (orgs without rules are left out), keyed by org id. */
export async function ownRulesOf(tx: Tx, orgIds: readonly number[]): Promise<Map<number, OrgRuleSet>> {
  const sets = new Map<number, OrgRuleSet>();
  if (orgIds.length === 0) return sets;
  const rows = await tx
    .select({ rule: pointsRules, orgName: orgs.name, path: orgs.path })
    .from(pointsRules)
    .innerJoin(orgs, eq(orgs.id, pointsRules.orgId))
    .where(inArray(pointsRules.orgId, [...orgIds]))
    .orderBy(asc(pointsRules.id));
  return collect(rows);
}

/** The own rules of every org under `path` (the org itself included) and of every org above it. */
export async function rulesAroundSubtree(tx: Tx, path: string): Promise<Map<number, OrgRuleSet>> {
  const rows = await tx
    .select({ rule: pointsRules, orgName: orgs.name, path: orgs.path })
    .from(pointsRules)
    .innerJoin(orgs, eq(orgs.id, pointsRules.orgId))
    .where(
      sql`(${orgs.path} LIKE ${path + '%'} OR ${pointsRules.orgId} IN (${sql.join(
        chainIdsOf(path).map((id) => sql`${id}`),
        sql`, `,
      )}))`,
    )
    .orderBy(asc(pointsRules.id));
  return collect(rows);
}

function collect(rows: { rule: RuleRow; orgName: string; path: string }[]): Map<number, OrgRuleSet> {
  const sets = new Map<number, OrgRuleSet>();
  for (const { rule, orgName, path } of rows) {
    const set = sets.get(rule.orgId) ?? { orgId: rule.orgId, orgName, path, rules: [] };
    sets.set(rule.orgId, { ...set, rules: [...set.rules, ruleOfRow(rule)] });
  }
  return sets;
}

/** The chain of own rule sets from the top org down to the org at `path` (orgs without rules skipped). */
export function chainFor(sets: ReadonlyMap<number, OrgRuleSet>, path: string): OrgRuleSet[] {
  return chainIdsOf(path).flatMap((id) => {
    const set = sets.get(id);
    return set ? [set] : [];
  });
}

/** A memoized resolver of the rules in force per org path, over the rule sets loaded once. */
export function rulesResolver(sets: ReadonlyMap<number, OrgRuleSet>) {
  const cache = new Map<string, EffectivePointsRule[]>();
  return (path: string): EffectivePointsRule[] => {
    let rules = cache.get(path);
    if (!rules) {
      rules = resolvePointsRules(chainFor(sets, path));
      cache.set(path, rules);
    }
    return rules;
  };
}

/** The rules in force at the org with `path`. */
export async function rulesInForceAt(tx: Tx, path: string): Promise<EffectivePointsRule[]> {
  return resolvePointsRules(chainFor(await ownRulesOf(tx, chainIdsOf(path)), path));
}
