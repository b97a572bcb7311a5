import {
  ageOn,
  maskPhone,
  pathInScope,
  type Outflow,
  type OutflowActivity,
  type OutflowActivityKind,
  type OutflowState,
  type SexValue,
  type Stage,
} from '@jiceng/core';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';
import { outflowActivities, outflows } from './schema';

export const outOrg = alias(orgs, 'out_org');
export const inOrg = alias(orgs, 'in_org');

/**
 * The columns both orgs may see: the member's name, sex, birth date (for the age) and stage, and nothing
 * else of the archive (T9 dual management gives the inflow org the member, not the member's file).
 */
export const outflowColumns = {
  outflow: outflows,
  name: persons.name,
  sex: persons.sex,
  birthDate: persons.birthDate,
  stage: persons.stage,
  orgName: outOrg.name,
  orgPath: outOrg.path,
  inflowPath: inOrg.path,
};

export interface OutflowRow {
  outflow: typeof outflows.$inferSelect;
  name: string;
  sex: string;
  birthDate: string;
  stage: string | null;
  orgName: string;
  orgPath: string;
  inflowPath: string | null;
}

/** The joins `outflowColumns` reads from. */
export function outflowSelect(tx: Tx) {
  return tx
    .select(outflowColumns)
    .from(outflows)
    .innerJoin(persons, eq(persons.id, outflows.personId))
    .innerJoin(outOrg, eq(outOrg.id, outflows.orgId))
    .leftJoin(inOrg, eq(inOrg.id, outflows.inflowOrgId));
}

export function toOutflow(row: OutflowRow, cipher: DataCipher, today: string, unmasked = false): Outflow {
  const o = row.outflow;
  const contact = cipher.decrypt(o.contactEnc);
  return {
    id: o.id,
    personId: o.personId,
    name: row.name,
    sex: row.sex as SexValue,
    age: ageOn(row.birthDate, today),
    stage: row.stage as Stage | null,
    orgId: o.orgId,
    orgName: row.orgName,
    inflowOrgId: o.inflowOrgId,
    inflowOrgName: o.inflowOrgName,
    destination: o.destination,
    contact: unmasked ? contact : maskPhone(contact),
    cardNumber: o.cardNumber,
    reason: o.reason,
    outflowOn: o.outflowOn,
    state: o.state as OutflowState,
    confirmedOn: o.confirmedOn,
    returnedOn: o.returnedOn,
    lastContactOn: o.lastContactOn,
    createdAt: o.createdAt.toISOString(),
  };
}

/** Which sides of an outflow the actor reaches with `permission`: its own org, the inflow org, both or none. */
export function sidesOf(
  actor: Actor,
  permission: 'person.read' | 'person.manage' | 'person.unmask',
  row: OutflowRow,
) {
  const scope = scopeOf(actor, permission);
  return {
    out: pathInScope(scope, row.orgPath),
    in: row.inflowPath !== null && pathInScope(scope, row.inflowPath),
  };
}

/**
 * Loads an outflow either org may read. Anybody else gets 404, as for a person outside their reach; a
 * reader of the wrong side, or without the permission, gets 403.
 */
export async function requireOutflow(
  tx: Tx,
  actor: Actor,
  id: number,
  options: { lock?: boolean } = {},
): Promise<OutflowRow> {
  const query = outflowSelect(tx).where(eq(outflows.id, id));
  // FOR UPDATE OF outflows only: two confirmations or returns of one outflow are judged one after the other.
  const [row] = options.lock ? await query.for('update', { of: outflows }) : await query;
  if (!row) throw notFound('流出登记');
  const readable = sidesOf(actor, 'person.read', row);
  if (!readable.out && !readable.in) throw notFound('流出登记');
  return row;
}

/** The actor must manage the given side of the outflow. */
export function requireSide(actor: Actor, row: OutflowRow, side: 'out' | 'in', message: string): void {
  if (!sidesOf(actor, 'person.manage', row)[side]) throw forbidden(message);
}

export async function activitiesOf(tx: Tx, outflowId: number): Promise<OutflowActivity[]> {
  const rows = await tx
    .select({ activity: outflowActivities, orgName: orgs.name, recordedBy: users.displayName })
    .from(outflowActivities)
    .innerJoin(orgs, eq(orgs.id, outflowActivities.orgId))
    .leftJoin(users, eq(users.id, outflowActivities.recordedBy))
    .where(eq(outflowActivities.outflowId, outflowId))
    .orderBy(asc(outflowActivities.occurredOn), asc(outflowActivities.id));
  return rows.map(({ activity, orgName, recordedBy }) => ({
    id: activity.id,
    occurredOn: activity.occurredOn,
    kind: activity.kind as OutflowActivityKind,
    title: activity.title,
    note: activity.note,
    orgId: activity.orgId,
    orgName,
    recordedBy,
    createdAt: activity.createdAt.toISOString(),
  }));
}

/** The person fields an outflow's events and checks need. */
export async function personOf(tx: Tx, personId: number) {
  const [person] = await tx
    .select({ id: persons.id, tenantOrgId: persons.tenantOrgId, name: persons.name })
    .from(persons)
    .where(eq(persons.id, personId));
  return person!;
}
