import { pathInScope, type Permission } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { residentCadreAssignments } from './schema';

export type AssignmentRow = typeof residentCadreAssignments.$inferSelect;

/**
 * An assignment the actor may act on with `permission`, through its village: outside what the actor can
 * read (service.read) → 404, readable but without the permission → 403. `lock` holds the row for a change.
 */
export async function requireAssignment(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: number,
  lock = false,
): Promise<{ row: AssignmentRow; villagePath: string }> {
  const query = tx
    .select({ row: residentCadreAssignments, villagePath: orgs.path })
    .from(residentCadreAssignments)
    .innerJoin(orgs, eq(orgs.id, residentCadreAssignments.orgId))
    .where(eq(residentCadreAssignments.id, id));
  const [found] = lock ? await query.for('update', { of: residentCadreAssignments }) : await query;
  if (!found) throw notFound('驻村干部选派记录');
  const readable =
    pathInScope(scopeOf(actor, 'service.read'), found.villagePath) ||
    pathInScope(scopeOf(actor, permission), found.villagePath);
  if (!readable) throw notFound('驻村干部选派记录');
  if (!pathInScope(scopeOf(actor, permission), found.villagePath)) throw forbidden();
  return found;
}
