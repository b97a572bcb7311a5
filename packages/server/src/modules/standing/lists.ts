import {
  chinaToday,
  isRemovalDue,
  removalDueOn,
  restorationDeadline,
  suspensionDueOn,
  type LostContactList,
  type MovementListQuery,
  type RemovalDueList,
  type StandingChangeListQuery,
  type StandingChangePage,
} from '@jiceng/core';
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { personEvents, persons } from '../persons/schema';
import { users } from '../users/schema';
import { changeOf, stageOf, standingChangeView } from './history';

/**
 * People of an org subtree within the actor's reach. An org outside the reach gives an empty list rather
 * than an error, as the development board does: a list never tells whether another branch exists.
 */
function subtree(actor: Parameters<typeof scopeOf>[0], orgId: number | undefined): SQL[] {
  const where: SQL[] = [inScope(persons.orgPath, scopeOf(actor, 'person.read'))];
  if (orgId) {
    where.push(sql`${persons.orgPath} LIKE (SELECT p.path FROM orgs p WHERE p.id = ${orgId}) || '%'`);
  }
  return where;
}

/** `event_voided` events cancel an event without editing it; lists count only the live ones. */
const notVoided = sql`NOT EXISTS (SELECT 1 FROM person_events v
  WHERE v.type = 'event_voided' AND v.voids_event_id = ${personEvents.id})`;

/** T10: lost members with their searches; `due` from the day suspension may be decided. */
export async function lostContactList(
  db: Db,
  ctx: RequestContext,
  query: MovementListQuery,
): Promise<LostContactList> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const people = await tx
      .select({
        id: persons.id,
        name: persons.name,
        orgId: persons.orgId,
        orgName: orgs.name,
        stage: persons.stage,
        lostSince: persons.lostSince,
      })
      .from(persons)
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .where(
        and(
          ...subtree(actor, query.orgId),
          eq(persons.standing, 'active'),
          isNotNull(persons.lostSince),
          isNull(persons.transferredOutOn),
        ),
      )
      .orderBy(asc(persons.lostSince), asc(persons.id));
    const searches = await searchesOf(
      tx,
      people.map((p) => p.id),
    );
    const rows = people.map((p) => {
      const lostSince = p.lostSince!;
      const own = (searches.get(p.id) ?? []).filter((date) => date >= lostSince);
      const dueOn = suspensionDueOn(lostSince);
      return {
        personId: p.id,
        name: p.name,
        orgId: p.orgId,
        orgName: p.orgName,
        stage: stageOf(p.stage),
        lostSince,
        searchCount: own.length,
        lastSearchOn: own.at(-1) ?? null,
        suspensionDueOn: dueOn,
        due: today >= dueOn,
      };
    });
    return { today, rows };
  });
}

/** The live search dates of each person, oldest first. */
async function searchesOf(tx: Tx, personIds: number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>();
  if (personIds.length === 0) return result;
  const rows = await tx
    .select({ personId: personEvents.personId, date: personEvents.occurredOn })
    .from(personEvents)
    .where(
      and(inArray(personEvents.personId, personIds), eq(personEvents.type, 'contact_searched'), notVoided),
    )
    .orderBy(asc(personEvents.occurredOn), asc(personEvents.id));
  for (const row of rows) {
    const dates = result.get(row.personId) ?? [];
    dates.push(row.date);
    result.set(row.personId, dates);
  }
  return result;
}

/** T11: suspended members, `due` once two years have passed; code raises the case, people decide. */
export async function removalDueList(
  db: Db,
  ctx: RequestContext,
  query: MovementListQuery,
): Promise<RemovalDueList> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  const people = await db.transaction((tx) =>
    tx
      .select({
        id: persons.id,
        name: persons.name,
        orgId: persons.orgId,
        orgName: orgs.name,
        stage: persons.stage,
        suspendedOn: persons.standingSince,
      })
      .from(persons)
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .where(
        and(
          ...subtree(actor, query.orgId),
          eq(persons.standing, 'suspended'),
          isNotNull(persons.standingSince),
          isNull(persons.transferredOutOn),
        ),
      )
      .orderBy(asc(persons.standingSince), asc(persons.id)),
  );
  const rows = people.map((p) => {
    // standing_since of a suspended person is the day of the suspension (deriveStanding).
    const suspendedOn = p.suspendedOn!;
    return {
      personId: p.id,
      name: p.name,
      orgId: p.orgId,
      orgName: p.orgName,
      stage: stageOf(p.stage),
      suspendedOn,
      restorationDeadline: restorationDeadline(suspendedOn),
      removalDueOn: removalDueOn(suspendedOn),
      due: isRemovalDue(suspendedOn, today),
    };
  });
  return { today, rows };
}

/** Recent standing changes (T15) of people in the subtree, newest first. */
export async function standingChangeList(
  db: Db,
  ctx: RequestContext,
  query: StandingChangeListQuery,
): Promise<StandingChangePage> {
  const actor = requirePermission(ctx, 'person.read');
  const decidingOrgs = alias(orgs, 'deciding_org');
  const personOrgs = alias(orgs, 'person_org');
  const where = and(
    ...subtree(actor, query.orgId),
    eq(personEvents.type, 'standing_changed'),
    notVoided,
    ...(query.change ? [sql`${personEvents.details}->>'change' = ${query.change}`] : []),
  );
  return db.transaction(async (tx) => {
    const [count] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(personEvents)
      .innerJoin(persons, eq(persons.id, personEvents.personId))
      .where(where);
    const rows = await tx
      .select({
        event: personEvents,
        name: persons.name,
        orgName: personOrgs.name,
        decidingOrgName: decidingOrgs.name,
        recordedBy: users.displayName,
      })
      .from(personEvents)
      .innerJoin(persons, eq(persons.id, personEvents.personId))
      .innerJoin(personOrgs, eq(personOrgs.id, persons.orgId))
      .leftJoin(decidingOrgs, eq(decidingOrgs.id, personEvents.orgId))
      .leftJoin(users, eq(users.id, personEvents.recordedBy))
      .where(where)
      .orderBy(desc(personEvents.occurredOn), desc(personEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const items = rows.flatMap((r) => {
      const change = changeOf(r.event.details);
      if (!change) return [];
      const view = standingChangeView(
        { ...r.event, orgName: r.decidingOrgName, recordedBy: r.recordedBy },
        change,
      );
      return [{ ...view, personId: r.event.personId, name: r.name, orgName: r.orgName }];
    });
    return { items, total: Number(count?.total ?? 0), page: query.page, pageSize: query.pageSize };
  });
}
