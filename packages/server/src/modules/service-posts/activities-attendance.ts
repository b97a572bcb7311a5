import {
  activityAttendanceViolation,
  activityCancelSignupViolation,
  activitySignupViolation,
  type ActivityAttendanceInput,
  type ActivityOccurrenceDetail,
  type IsoDate,
  type MyActivity,
  type OccurrenceState,
} from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor, requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { loadMemberOccurrences, loadOccurrenceDetail } from './activities-views';
import { membersUnder, ownMember } from './members';
import { activityOccurrences, activitySeries, activitySignups } from './schema';

/** An occurrence with its series and the series org's path, locked when asked. */
async function occurrenceRow(tx: Tx, id: number, lock: boolean) {
  const query = tx
    .select({ occ: activityOccurrences, series: activitySeries, orgPath: orgs.path })
    .from(activityOccurrences)
    .innerJoin(activitySeries, eq(activitySeries.id, activityOccurrences.seriesId))
    .innerJoin(orgs, eq(orgs.id, activityOccurrences.orgId))
    .where(eq(activityOccurrences.id, id));
  const [row] = lock ? await query.for('update', { of: activityOccurrences }) : await query;
  return row;
}

/** An occurrence the actor may act on with `permission` (outside reach: not found). */
export async function requireOccurrence(
  tx: Tx,
  ctx: RequestContext,
  id: number,
  permission: 'service.read' | 'service.manage',
  lock = false,
) {
  const actor = requirePermission(ctx, permission);
  const row = await occurrenceRow(tx, id, lock);
  if (!row) throw notFound('活动');
  await requireOrg(tx, actor, permission, row.occ.orgId).catch((error: { status?: number }) => {
    throw error.status === 404 ? notFound('活动') : error;
  });
  return { ...row, actor };
}

const facts = (row: NonNullable<Awaited<ReturnType<typeof occurrenceRow>>>) => ({
  title: row.series.title,
  heldOn: row.occ.heldOn,
  state: row.occ.state as OccurrenceState,
  capacity: row.series.capacity,
});

export async function getOccurrence(
  db: Db,
  ctx: RequestContext,
  id: number,
): Promise<ActivityOccurrenceDetail> {
  requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    await requireOccurrence(tx, ctx, id, 'service.read');
    return loadOccurrenceDetail(tx, id);
  });
}

/**
 * Cancels one date with a reason (weather, a clash); those signed up keep their sign-up on record and are
 * told.
 */
export async function cancelOccurrence(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  reason: string,
): Promise<ActivityOccurrenceDetail> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { occ, series } = await requireOccurrence(tx, ctx, id, 'service.manage', true);
    if (occ.state === 'cancelled') throw conflict('该次活动已取消');
    const [marked] = await tx
      .select({ id: activitySignups.id })
      .from(activitySignups)
      .where(and(eq(activitySignups.occurrenceId, id), sql`${activitySignups.mark} IS NOT NULL`))
      .limit(1);
    if (marked) throw conflict('该次活动已登记出席，不能取消');
    await tx
      .update(activityOccurrences)
      .set({ state: 'cancelled', cancelReason: reason })
      .where(eq(activityOccurrences.id, id));
    await recordAudit(tx, ctx, {
      action: 'activity.cancelled',
      entityType: 'activity_occurrence',
      entityId: id,
      orgId: occ.orgId,
      summary: { before: { state: 'planned' }, after: { state: 'cancelled', reason } },
    });
    const signedUp = await tx
      .select({ userId: persons.userId })
      .from(activitySignups)
      .innerJoin(persons, eq(persons.id, activitySignups.personId))
      .where(and(eq(activitySignups.occurrenceId, id), eq(activitySignups.signedUp, true)));
    await notify(tx, cipher, {
      userIds: signedUp.flatMap((s) => (s.userId === null ? [] : [s.userId])),
      title: `活动取消：${occ.heldOn} ${series.title}`,
      body: `您报名的 ${occ.heldOn}“${series.title}”已取消。原因：${reason}`,
    });
    return loadOccurrenceDetail(tx, id);
  });
}

/**
 * Who came, on the day or after: present members are credited the series' hours unless other hours are
 * given, absent ones none. Members may be marked without a sign-up (they came anyway); a mark may be
 * corrected later, each time audited.
 */
export async function markAttendance(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: ActivityAttendanceInput,
  today: IsoDate,
): Promise<ActivityOccurrenceDetail> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const row = await requireOccurrence(tx, ctx, id, 'service.manage', true);
    const violation = activityAttendanceViolation(facts(row), today);
    if (violation) throw new StepRefused([violation]);
    await membersUnder(
      tx,
      input.marks.map((m) => m.personId),
      row.orgPath,
      'marks',
      '出席人员',
    );
    const credited = Number(row.series.hoursCredited);
    const now = new Date();
    for (const m of input.marks) {
      const hours = m.mark === 'present' ? (m.hours ?? credited) : 0;
      await tx
        .insert(activitySignups)
        .values({
          tenantOrgId: row.occ.tenantOrgId,
          occurrenceId: id,
          personId: m.personId,
          signedUp: false,
          mark: m.mark,
          hours,
          markedBy: row.actor.userId,
          markedAt: now,
        })
        .onConflictDoUpdate({
          target: [activitySignups.occurrenceId, activitySignups.personId],
          set: { mark: m.mark, hours, markedBy: row.actor.userId, markedAt: now },
        });
    }
    await recordAudit(tx, ctx, {
      action: 'activity.attendance_marked',
      entityType: 'activity_occurrence',
      entityId: id,
      orgId: row.occ.orgId,
      summary: {
        after: {
          heldOn: row.occ.heldOn,
          marks: input.marks.map((m) => ({
            personId: m.personId,
            mark: m.mark,
            hours: m.mark === 'present' ? (m.hours ?? credited) : 0,
          })),
        },
      },
    });
    return loadOccurrenceDetail(tx, id);
  });
}

/** The member's own view of one occurrence, after a sign-up or its withdrawal. */
async function mine(tx: Tx, personId: number, id: number): Promise<MyActivity> {
  const [activity] = await loadMemberOccurrences(tx, personId, eq(activityOccurrences.id, id));
  return activity!;
}

/** An occurrence of the member's own org or one above it, locked (sign-ups are counted against the limit). */
async function openToMember(tx: Tx, orgPath: string, id: number) {
  const row = await occurrenceRow(tx, id, true);
  if (!row || !orgPath.startsWith(row.orgPath) || row.series.state !== 'active') throw notFound('活动');
  return row;
}

/** A member signs up before the day; a limited activity takes sign-ups until it is full. */
export async function signUp(db: Db, ctx: RequestContext, id: number, today: IsoDate): Promise<MyActivity> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownMember(tx, actor.userId);
    const row = await openToMember(tx, person.orgPath, id);
    const [existing] = await tx
      .select()
      .from(activitySignups)
      .where(and(eq(activitySignups.occurrenceId, id), eq(activitySignups.personId, person.id)));
    if (existing?.signedUp) throw conflict(`您已报名 ${row.occ.heldOn}“${row.series.title}”`);
    const { rows } = await tx.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM activity_signups WHERE occurrence_id = ${id} AND signed_up`,
    );
    const violation = activitySignupViolation(facts(row), Number(rows[0]!.n), today);
    if (violation) throw new StepRefused([violation]);
    await tx
      .insert(activitySignups)
      .values({
        tenantOrgId: row.occ.tenantOrgId,
        occurrenceId: id,
        personId: person.id,
        signedUp: true,
        signedUpAt: new Date(),
      })
      .onConflictDoUpdate({
        target: [activitySignups.occurrenceId, activitySignups.personId],
        set: { signedUp: true, signedUpAt: new Date() },
      });
    await recordAudit(tx, ctx, {
      action: 'activity.signed_up',
      entityType: 'activity_occurrence',
      entityId: id,
      orgId: person.orgId,
      summary: { after: { personId: person.id, heldOn: row.occ.heldOn } },
    });
    return mine(tx, person.id, id);
  });
}

/** A member withdraws a sign-up until the day before. */
export async function cancelSignUp(
  db: Db,
  ctx: RequestContext,
  id: number,
  today: IsoDate,
): Promise<MyActivity> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownMember(tx, actor.userId);
    const row = await openToMember(tx, person.orgPath, id);
    const violation = activityCancelSignupViolation(facts(row), today);
    if (violation) throw new StepRefused([violation]);
    const deleted = await tx
      .delete(activitySignups)
      .where(
        and(
          eq(activitySignups.occurrenceId, id),
          eq(activitySignups.personId, person.id),
          eq(activitySignups.signedUp, true),
        ),
      )
      .returning({ id: activitySignups.id });
    if (deleted.length === 0) throw conflict('您没有报名该次活动');
    await recordAudit(tx, ctx, {
      action: 'activity.signup_withdrawn',
      entityType: 'activity_occurrence',
      entityId: id,
      orgId: person.orgId,
      summary: { before: { personId: person.id, heldOn: row.occ.heldOn } },
    });
    return mine(tx, person.id, id);
  });
}
