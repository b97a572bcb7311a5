import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { personEvents, persons } from '../persons/schema';
import { users } from '../users/schema';
import type { EventRow } from './history';

export interface NamedEventRow extends EventRow {
  orgName: string | null;
  recordedBy: string | null;
}

/** All of one person's events, with the names the timeline shows. */
export async function personEventRows(tx: Tx, personId: number): Promise<NamedEventRow[]> {
  const rows = await tx
    .select({ event: personEvents, orgName: orgs.name, recordedBy: users.displayName })
    .from(personEvents)
    .leftJoin(orgs, eq(orgs.id, personEvents.orgId))
    .leftJoin(users, eq(users.id, personEvents.recordedBy))
    .where(eq(personEvents.personId, personId))
    .orderBy(asc(personEvents.occurredOn), asc(personEvents.id));
  return rows.map(({ event, orgName, recordedBy }) => ({
    id: event.id,
    personId: event.personId,
    type: event.type,
    occurredOn: event.occurredOn,
    orgId: event.orgId,
    voidsEventId: event.voidsEventId,
    details: event.details,
    orgName,
    recordedBy,
  }));
}

/**
 * Serializes writers on one person: two steps judged against the same history at once could both pass,
 * though only one of them may follow it.
 */
export async function lockPerson(tx: Tx, personId: number): Promise<void> {
  await tx.execute(sql`SELECT 1 FROM ${persons} WHERE ${persons.id} = ${personId} FOR UPDATE`);
}
