import { hasPermissionSomewhere, pathInScope, scopeFor, type Permission } from '@jiceng/core';
import { and, eq, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { forbidden, notFound, unauthenticated } from '../http/errors';
import { orgs } from '../modules/orgs/schema';
import type { Actor, RequestContext } from './actor';

export type Scope = 'all' | string[];

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Opens every service method: the actor holds the permission on at least one org. */
export function requirePermission(ctx: RequestContext, permission: Permission): Actor {
  const actor = requireActor(ctx);
  if (!hasPermissionSomewhere(actor.assignments, permission)) throw forbidden();
  return actor;
}

export function scopeOf(actor: Actor, permission: Permission): Scope {
  return scopeFor(actor.assignments, permission);
}

/** SQL condition: `pathColumn` lies inside the scope (one prefix range scan per assignment). */
export function inScope(pathColumn: SQLWrapper, scope: Scope): SQL {
  if (scope === 'all') return sql`true`;
  if (scope.length === 0) return sql`false`;
  const parts = scope.map((prefix) => sql`${pathColumn} LIKE ${prefix + '%'}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}

export interface ScopedOrg {
  id: number;
  path: string;
  kind: string;
  name: string;
  parentId: number | null;
}

/**
 * Loads an active org the actor may act on with `permission`. An org outside what the actor can read
 * answers 404, so a sibling branch's existence is not revealed; a readable org without the permission 403.
 */
export async function requireOrg(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  orgId: number,
): Promise<ScopedOrg> {
  const [org] = await tx
    .select({ id: orgs.id, path: orgs.path, kind: orgs.kind, name: orgs.name, parentId: orgs.parentId })
    .from(orgs)
    .where(and(eq(orgs.id, orgId), isNull(orgs.dissolvedAt)));
  if (!org) throw notFound('组织');
  const readScope = scopeOf(actor, 'org.read');
  const permScope = scopeOf(actor, permission);
  if (!pathInScope(readScope, org.path) && !pathInScope(permScope, org.path)) throw notFound('组织');
  if (!pathInScope(permScope, org.path)) throw forbidden();
  return org;
}
