import { pathInScope, type Permission } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { modelSites, venues } from './schema';

/** Outside what the actor reads (service.read) → 404; readable without the permission → 403. */
export function checkReach(actor: Actor, permission: Permission, path: string, what: string): void {
  const readable =
    pathInScope(scopeOf(actor, 'service.read'), path) || pathInScope(scopeOf(actor, permission), path);
  if (!readable) throw notFound(what);
  if (!pathInScope(scopeOf(actor, permission), path)) throw forbidden();
}

export type VenueRow = typeof venues.$inferSelect;
export type ModelSiteRow = typeof modelSites.$inferSelect;

export async function requireVenue(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: number,
  lock = false,
): Promise<{ row: VenueRow; orgPath: string }> {
  const query = tx
    .select({ row: venues, orgPath: orgs.path })
    .from(venues)
    .innerJoin(orgs, eq(orgs.id, venues.orgId))
    .where(eq(venues.id, id));
  const [found] = lock ? await query.for('update', { of: venues }) : await query;
  if (!found) throw notFound('活动场所');
  checkReach(actor, permission, found.orgPath, '活动场所');
  return found;
}

export async function requireModelSite(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: number,
  lock = false,
): Promise<{ row: ModelSiteRow; orgPath: string }> {
  const query = tx
    .select({ row: modelSites, orgPath: orgs.path })
    .from(modelSites)
    .innerJoin(orgs, eq(orgs.id, modelSites.orgId))
    .where(eq(modelSites.id, id));
  const [found] = lock ? await query.for('update', { of: modelSites }) : await query;
  if (!found) throw notFound('示范点');
  checkReach(actor, permission, found.orgPath, '示范点');
  return found;
}
