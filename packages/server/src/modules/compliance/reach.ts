import type { OrgKind } from '@jiceng/core';
import { pathInScope } from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { inScope, scopeOf, type Scope } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { notFound } from '../../http/errors';

export interface RootOrg {
  id: number;
  name: string;
  kind: OrgKind;
  path: string;
  depth: number;
}

/**
 * The org a compliance view starts from. Unlike requireOrg, an ancestor of the actor's reach is accepted
 * (a branch secretary may open the township's view and sees only their own branch in it); anything else
 * answers 404 so a sibling's existence is not revealed.
 */
export async function complianceRootOrg(tx: Tx, scope: Scope, orgId: number): Promise<RootOrg> {
  const rows = await tx.execute<{ id: number; name: string; kind: OrgKind; path: string; depth: number }>(sql`
    SELECT id, name, kind, path, depth FROM orgs WHERE id = ${orgId} AND dissolved_at IS NULL`);
  const org = rows.rows[0];
  if (!org) throw notFound('组织');
  const aboveReach = scope !== 'all' && scope.some((prefix) => prefix.startsWith(org.path));
  if (!pathInScope(scope, org.path) && !aboveReach) throw notFound('组织');
  return { ...org, id: Number(org.id), depth: Number(org.depth) };
}

/** SQL over `orgs o`: the live branches (L7 kinds) within the scope, under the root when there is one. */
export function branchesWhere(scope: Scope, root: { path: string } | null): SQL {
  return sql`o.kind IN ('branch', 'joint_branch') AND o.dissolved_at IS NULL
    AND ${inScope(sql`o.path`, scope)}
    ${root ? sql`AND o.path LIKE ${root.path + '%'}` : sql``}`;
}

/** Where local rules that may bear on these branches are set: above or inside the root, or the scope. */
export function ruleRoots(scope: Scope, root: { path: string } | null): 'all' | string[] {
  if (root) return [root.path];
  return scope;
}

export function meetingReadScope(actor: Actor): Scope {
  return scopeOf(actor, 'meeting.read');
}
