import { pathInScope, type Permission } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { forbidden, notFound } from '../http/errors';
import { orgs } from '../modules/orgs/schema';
import { persons } from '../modules/persons/schema';
import type { Actor } from './actor';
import { scopeOf } from './access';

export type PersonRow = typeof persons.$inferSelect;

/**
 * Loads a person the actor may act on with `permission`, through the person's org. Outside what the actor
 * can read → 404 (nothing about the person is revealed); readable but without the permission → 403.
 */
export async function requirePerson(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  personId: number,
): Promise<{ person: PersonRow; orgPath: string }> {
  const [row] = await tx
    .select({ person: persons, orgPath: orgs.path })
    .from(persons)
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .where(eq(persons.id, personId));
  if (!row) throw notFound('人员');
  if (!pathInScope(scopeOf(actor, 'person.read'), row.orgPath)) throw notFound('人员');
  if (!pathInScope(scopeOf(actor, permission), row.orgPath)) throw forbidden();
  return row;
}
