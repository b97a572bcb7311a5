import { MEMBER_STAGES, pathInScope, type HelperRole, type Permission, type Stage } from '@jiceng/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { forbidden, notFound } from '../../http/errors';
import { orgPosts, orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { pairingHouseholds } from './schema';

export type HouseholdRow = typeof pairingHouseholds.$inferSelect;

/**
 * Loads a household the actor may act on with `permission` (service.read or service.manage), through its
 * village org. Outside what the actor can read → 404, so another branch's households are not revealed;
 * readable without the permission → 403. `lock` takes the row for the rest of the transaction.
 */
export async function requireHousehold(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: number,
  lock = false,
): Promise<{ household: HouseholdRow; orgPath: string; orgName: string }> {
  const query = tx
    .select({ household: pairingHouseholds, orgPath: orgs.path, orgName: orgs.name })
    .from(pairingHouseholds)
    .innerJoin(orgs, eq(orgs.id, pairingHouseholds.orgId))
    .where(eq(pairingHouseholds.id, id));
  const [row] = lock ? await query.for('update', { of: pairingHouseholds }) : await query;
  if (!row || !pathInScope(scopeOf(actor, 'service.read'), row.orgPath)) throw notFound('帮扶对象');
  if (!pathInScope(scopeOf(actor, permission), row.orgPath)) throw forbidden();
  return row;
}

export interface Helper {
  id: number;
  name: string;
  orgId: number;
  role: HelperRole | null;
}

/**
 * A person the actor may name as a helper: on record within what the actor can read (person.read, or the
 * service reach for an officer), with the role they can help in — a cadre holding a post, else a member in
 * good standing — or null when neither.
 */
export async function loadHelper(tx: Tx, actor: Actor, personId: number): Promise<Helper> {
  const [row] = await tx
    .select({
      id: persons.id,
      name: persons.name,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      stage: persons.stage,
      standing: persons.standing,
      transferredOutOn: persons.transferredOutOn,
    })
    .from(persons)
    .where(eq(persons.id, personId));
  const readable =
    row &&
    (pathInScope(scopeOf(actor, 'person.read'), row.orgPath) ||
      pathInScope(scopeOf(actor, 'service.manage'), row.orgPath));
  if (!row || !readable) throw notFound('帮扶人');
  const [post] = await tx
    .select({ id: orgPosts.id })
    .from(orgPosts)
    .where(and(eq(orgPosts.personId, personId), isNull(orgPosts.endedOn)))
    .limit(1);
  const inGoodStanding =
    row.standing === 'active' &&
    row.transferredOutOn === null &&
    row.stage !== null &&
    MEMBER_STAGES.includes(row.stage as Stage);
  const role: HelperRole | null =
    post && row.transferredOutOn === null ? 'cadre' : inGoodStanding ? 'member' : null;
  return { id: row.id, name: row.name, orgId: row.orgId, role };
}

/** The tenant an org belongs to. */
export async function tenantOf(tx: Tx, orgId: number): Promise<number> {
  const [row] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, orgId));
  return row!.tenantOrgId;
}

/** Serializes the writers of one org's 互助金 ledger, so two grants never both spend the same balance. */
export async function lockFund(tx: Tx, orgId: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(4711301, ${orgId})`);
}
