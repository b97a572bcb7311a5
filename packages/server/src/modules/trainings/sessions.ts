import type { TrainingSession, TrainingSessionInput } from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, conflict, notFound } from '../../http/errors';
import { requireCourse, type CourseRow } from './access';
import { trainingAttendance, trainingSessions } from './schema';
import { loadSessions } from './views';

function withinCourse(course: CourseRow, heldOn: string): void {
  if (heldOn < course.startsOn || heldOn > course.endsOn) {
    throw badRequest(`授课日期（heldOn）应在培训期间 ${course.startsOn} 至 ${course.endsOn} 之内`, 'heldOn');
  }
}

async function sessionOf(tx: Tx, actor: Actor, courseId: number, sessionId: number) {
  const scoped = await requireCourse(tx, actor, courseId, 'manage', { lock: true });
  const [session] = await tx
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.courseId, courseId)));
  if (!session) throw notFound('课程');
  return { ...scoped, session };
}

async function hasAttendance(tx: Tx, sessionId: number): Promise<boolean> {
  const [row] = await tx
    .select({ n: sql<number>`1` })
    .from(trainingAttendance)
    .where(eq(trainingAttendance.sessionId, sessionId))
    .limit(1);
  return row !== undefined;
}

/** 安排课程: one class on a day of the course, with its class hours. */
export async function addSession(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  input: TrainingSessionInput,
): Promise<TrainingSession[]> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { course } = await requireCourse(tx, actor, courseId, 'manage', { lock: true });
    withinCourse(course, input.heldOn);
    const [row] = await tx
      .insert(trainingSessions)
      .values({
        tenantOrgId: course.tenantOrgId,
        courseId,
        heldOn: input.heldOn,
        hours: input.hours,
        topic: input.topic,
        teacher: input.teacher || null,
        createdBy: actor.userId,
      })
      .returning({ id: trainingSessions.id });
    await recordAudit(tx, ctx, {
      action: 'training.session_added',
      entityType: 'training_session',
      entityId: row!.id,
      orgId: course.orgId,
      summary: { courseId, after: { heldOn: input.heldOn, hours: input.hours, topic: input.topic } },
    });
    return loadSessions(tx, courseId);
  });
}

/** Corrects a session; its hours change what every trainee present earned, which is why it is audited. */
export async function updateSession(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  sessionId: number,
  input: TrainingSessionInput,
): Promise<TrainingSession[]> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { course, session } = await sessionOf(tx, actor, courseId, sessionId);
    withinCourse(course, input.heldOn);
    const after = {
      heldOn: input.heldOn,
      hours: input.hours,
      topic: input.topic,
      teacher: input.teacher || null,
    };
    await tx.update(trainingSessions).set(after).where(eq(trainingSessions.id, sessionId));
    await recordAudit(tx, ctx, {
      action: 'training.session_updated',
      entityType: 'training_session',
      entityId: sessionId,
      orgId: course.orgId,
      summary: { courseId, ...diff(session, after) },
    });
    return loadSessions(tx, courseId);
  });
}

/** Removes a session entered by mistake, only before any attendance is marked for it. */
export async function deleteSession(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  sessionId: number,
): Promise<TrainingSession[]> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { course, session } = await sessionOf(tx, actor, courseId, sessionId);
    if (await hasAttendance(tx, sessionId)) {
      throw conflict(`${session.heldOn}“${session.topic}”已登记出勤，不能删除；如有误请更正出勤`);
    }
    await tx.delete(trainingSessions).where(eq(trainingSessions.id, sessionId));
    await recordAudit(tx, ctx, {
      action: 'training.session_deleted',
      entityType: 'training_session',
      entityId: sessionId,
      orgId: course.orgId,
      summary: { courseId, before: { heldOn: session.heldOn, hours: session.hours, topic: session.topic } },
    });
    return loadSessions(tx, courseId);
  });
}
