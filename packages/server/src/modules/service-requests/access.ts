import { pathInScope, type Permission } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { serviceRequests } from './schema';

export type ServiceRequestRow = typeof serviceRequests.$inferSelect;

/**
 * Loads a request the actor may act on with `permission`, locked for the change that follows. Outside the
 * actor's service reach it answers 404, so another branch's requests are not revealed; readable without
 * the permission, 403.
 */
export async function requireServiceRequest(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: number,
): Promise<{ row: ServiceRequestRow; orgPath: string; orgName: string }> {
  const [found] = await tx
    .select({ row: serviceRequests, orgPath: orgs.path, orgName: orgs.name })
    .from(serviceRequests)
    .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
    .where(eq(serviceRequests.id, id))
    .for('update', { of: serviceRequests });
  if (!found) throw notFound('服务诉求');
  if (!pathInScope(scopeOf(actor, 'service.read'), found.orgPath)) throw notFound('服务诉求');
  if (!pathInScope(scopeOf(actor, permission), found.orgPath)) throw forbidden();
  return found;
}

/** The ids on an org's path, top first: `/1/12/305/` → [1, 12, 305]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
