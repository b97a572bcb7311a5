import {
  chinaToday,
  ruleSetFor,
  type Board,
  type BoardRow,
  type IsoDate,
  type RecordedStep,
  type Stage,
} from '@jiceng/core';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { personEvents, persons } from '../persons/schema';
import { boardEntries } from './board-rules';
import { STEP_TYPES, liveHistory, stepEntries, type EventRow } from './history';

const IN_DEVELOPMENT: Stage[] = ['applicant', 'activist', 'candidate', 'probationary'];

/**
 * The to-do board of an org subtree within the actor's reach: two queries (the people in development, then
 * their events), and the rules of core over each person's history.
 */
export async function getBoard(
  db: Db,
  ctx: RequestContext,
  query: { orgId?: number | undefined },
): Promise<Board> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  const rows = await db.transaction((tx) =>
    boardRows(tx, inScope(persons.orgPath, scopeOf(actor, 'person.read')), query.orgId, today),
  );
  return { today, rows };
}

export interface PersonInDevelopment {
  id: number;
  name: string;
  stage: Stage;
  birthDate: IsoDate;
  orgId: number;
  orgName: string;
  stageDates: Record<'applicant' | 'activist' | 'candidate' | 'probationary', IsoDate | null>;
  history: RecordedStep[];
}

/**
 * The people in development under `scope` (optionally one org's subtree), each with their live history:
 * two queries, whatever the number of people.
 */
export async function peopleInDevelopment(
  tx: Tx,
  scope: SQL,
  orgId: number | undefined,
  limit?: number,
): Promise<PersonInDevelopment[]> {
  const where: SQL[] = [
    scope,
    inArray(persons.stage, IN_DEVELOPMENT),
    eq(persons.standing, 'active'),
    isNull(persons.transferredOutOn),
  ];
  if (orgId) {
    where.push(sql`${persons.orgPath} LIKE (SELECT p.path FROM orgs p WHERE p.id = ${orgId}) || '%'`);
  }
  const query = tx
    .select({
      id: persons.id,
      name: persons.name,
      stage: persons.stage,
      birthDate: persons.birthDate,
      orgId: persons.orgId,
      orgName: orgs.name,
      applicationDate: persons.applicationDate,
      activistDate: persons.activistDate,
      candidateDate: persons.candidateDate,
      admissionDate: persons.admissionDate,
    })
    .from(persons)
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .where(and(...where))
    .orderBy(asc(persons.orgPath), asc(persons.name), asc(persons.id));
  const people = limit ? await query.limit(limit) : await query;
  const ids = people.map((p) => p.id);
  const events: EventRow[] = ids.length
    ? await tx
        .select({
          id: personEvents.id,
          personId: personEvents.personId,
          type: personEvents.type,
          occurredOn: personEvents.occurredOn,
          orgId: personEvents.orgId,
          voidsEventId: personEvents.voidsEventId,
          details: personEvents.details,
        })
        .from(personEvents)
        .where(
          and(
            // A capped list names its people; a whole subtree is a subquery, not a parameter per person.
            limit
              ? inArray(personEvents.personId, ids)
              : inArray(
                  personEvents.personId,
                  tx
                    .select({ id: persons.id })
                    .from(persons)
                    .where(and(...where)),
                ),
            inArray(personEvents.type, [...STEP_TYPES, 'event_voided']),
          ),
        )
    : [];
  const byPerson = new Map<number, EventRow[]>();
  for (const e of events) {
    const list = byPerson.get(e.personId);
    if (list) list.push(e);
    else byPerson.set(e.personId, [e]);
  }
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    stage: p.stage as Stage,
    birthDate: p.birthDate,
    orgId: p.orgId,
    orgName: p.orgName,
    stageDates: {
      applicant: p.applicationDate,
      activist: p.activistDate,
      candidate: p.candidateDate,
      probationary: p.admissionDate,
    },
    history: liveHistory(stepEntries(byPerson.get(p.id) ?? [])),
  }));
}

/** The board's rows under `scope`, optionally narrowed to one org's subtree. */
export async function boardRows(
  tx: Tx,
  scope: SQL,
  orgId: number | undefined,
  today: IsoDate,
): Promise<BoardRow[]> {
  const set = ruleSetFor(today);
  const people = await peopleInDevelopment(tx, scope, orgId);
  const rows: BoardRow[] = people.flatMap((p) =>
    boardEntries({ stage: p.stage, birthDate: p.birthDate }, p.history, today, set).map((entry) => ({
      personId: p.id,
      name: p.name,
      orgId: p.orgId,
      orgName: p.orgName,
      stage: p.stage,
      ...entry,
    })),
  );
  // Overdue first, then by due date; items without a date (missing papers) last.
  rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  return rows;
}
