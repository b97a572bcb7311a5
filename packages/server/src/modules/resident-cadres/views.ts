import {
  chinaToday,
  maskPhone,
  monthBounds,
  PRESENCE_SPAN_DAYS,
  type CadreAssignment,
  type CadrePresence,
  type CadreTask,
} from '@jiceng/core';
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { residentCadreAssignments as a, residentCadrePresence, residentCadreTasks } from './schema';
import { townshipIdOf } from './village';

/** The assignment's village org, as `where` clauses passed to loadAssignments name it. */
export const villageOrg = alias(orgs, 'village');
const village = villageOrg;
const dispatcher = alias(orgs, 'dispatcher');
const township = alias(orgs, 'township');

/** Assignments matching `where` (over the assignment and its `village` org) as the API shows them. */
export async function loadAssignments(
  tx: Tx,
  cipher: DataCipher,
  where: SQL,
  options: { today?: string; unmasked?: boolean } = {},
): Promise<CadreAssignment[]> {
  const { first, last } = monthBounds((options.today ?? chinaToday()).slice(0, 7));
  const rows = await tx
    .select({
      a,
      villageName: village.name,
      townshipId: township.id,
      townshipName: township.name,
      dispatchedByName: dispatcher.name,
      personPhoneEnc: persons.phoneEnc,
      presenceDays: sql<string>`(SELECT coalesce(sum(CASE WHEN p.span = 'half' THEN 0.5 ELSE 1 END), 0)
          FROM resident_cadre_presence p
         WHERE p.assignment_id = ${a.id} AND p.date BETWEEN ${first}::date AND ${last}::date)`,
      openTasks: sql<number>`(SELECT count(*)::int FROM resident_cadre_tasks t
         WHERE t.assignment_id = ${a.id} AND t.state = 'open')`,
    })
    .from(a)
    .innerJoin(village, eq(village.id, a.orgId))
    .innerJoin(dispatcher, eq(dispatcher.id, a.dispatchedByOrgId))
    .leftJoin(township, eq(township.id, townshipIdOf(village.id, village.path)))
    .leftJoin(persons, eq(persons.id, a.personId))
    .where(where)
    .orderBy(asc(township.name), asc(village.path), desc(a.firstSecretary), asc(a.mode), asc(a.id));
  return rows.map((r) => {
    const sealed = r.a.phoneEnc ?? r.personPhoneEnc;
    const phone = sealed ? cipher.decrypt(sealed) : null;
    return {
      id: r.a.id,
      villageOrgId: r.a.orgId,
      villageName: r.villageName,
      townshipId: r.townshipId,
      townshipName: r.townshipName,
      personId: r.a.personId,
      cadreName: r.a.cadreName,
      workUnit: r.a.workUnit,
      post: r.a.post,
      phone: phone === null ? null : options.unmasked ? phone : maskPhone(phone),
      mode: r.a.mode as CadreAssignment['mode'],
      firstSecretary: r.a.firstSecretary,
      dispatchedByOrgId: r.a.dispatchedByOrgId,
      dispatchedByName: r.dispatchedByName,
      from: r.a.periodFrom,
      to: r.a.periodTo,
      state: r.a.state as CadreAssignment['state'],
      endedOn: r.a.endedOn,
      endReason: r.a.endReason,
      note: r.a.note,
      presenceDaysThisMonth: Number(r.presenceDays),
      openTasks: Number(r.openTasks),
    };
  });
}

export async function loadPresence(tx: Tx, assignmentId: number): Promise<CadrePresence[]> {
  const rows = await tx
    .select()
    .from(residentCadrePresence)
    .where(eq(residentCadrePresence.assignmentId, assignmentId))
    .orderBy(desc(residentCadrePresence.date));
  return rows.map(toPresence);
}

export function toPresence(row: typeof residentCadrePresence.$inferSelect): CadrePresence {
  const span = row.span as CadrePresence['span'];
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    date: row.date,
    span,
    days: PRESENCE_SPAN_DAYS[span],
    note: row.note,
  };
}

export async function loadTasks(tx: Tx, assignmentId: number): Promise<CadreTask[]> {
  const rows = await tx
    .select()
    .from(residentCadreTasks)
    .where(eq(residentCadreTasks.assignmentId, assignmentId))
    .orderBy(
      sql`${residentCadreTasks.state} = 'open' DESC`,
      asc(residentCadreTasks.dueOn),
      asc(residentCadreTasks.id),
    );
  return rows.map(toTask);
}

export function toTask(row: typeof residentCadreTasks.$inferSelect): CadreTask {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    title: row.title,
    dueOn: row.dueOn,
    state: row.state as CadreTask['state'],
    result: row.result,
    note: row.note,
    closedOn: row.closedOn,
  };
}
