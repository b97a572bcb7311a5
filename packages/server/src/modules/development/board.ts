import { chinaToday, ruleSetFor, type Board, type BoardRow, type Stage } from '@jiceng/core';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
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
  const set = ruleSetFor(today);
  const where: SQL[] = [
    inScope(persons.orgPath, scopeOf(actor, 'person.read')),
    inArray(persons.stage, IN_DEVELOPMENT),
  ];
  if (query.orgId) {
    where.push(sql`${persons.orgPath} LIKE (SELECT p.path FROM orgs p WHERE p.id = ${query.orgId}) || '%'`);
  }
  return db.transaction(async (tx) => {
    const people = await tx
      .select({
        id: persons.id,
        name: persons.name,
        stage: persons.stage,
        birthDate: persons.birthDate,
        orgId: persons.orgId,
        orgName: orgs.name,
      })
      .from(persons)
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .where(and(...where))
      .orderBy(asc(persons.orgPath), asc(persons.name));
    const events: EventRow[] = await tx
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
      .innerJoin(persons, eq(persons.id, personEvents.personId))
      .where(and(...where, inArray(personEvents.type, [...STEP_TYPES, 'event_voided'])));
    const byPerson = new Map<number, EventRow[]>();
    for (const e of events) {
      const list = byPerson.get(e.personId);
      if (list) list.push(e);
      else byPerson.set(e.personId, [e]);
    }
    const rows: BoardRow[] = people.flatMap((p) => {
      const history = liveHistory(stepEntries(byPerson.get(p.id) ?? []));
      const stage = p.stage as Stage;
      return boardEntries({ stage, birthDate: p.birthDate }, history, today, set).map((entry) => ({
        personId: p.id,
        name: p.name,
        orgId: p.orgId,
        orgName: p.orgName,
        stage,
        ...entry,
      }));
    });
    // Overdue first, then by due date; items without a date (missing papers) last.
    rows.sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
    return { today, rows };
  });
}
