import type { IsoDate, TrainingAttendanceInput, TrainingSession } from '@jiceng/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { badRequest, conflict, notFound } from '../../http/errors';
import { requireCourse } from './access';
import { trainingAttendance, trainingEnrolments, trainingSessions } from './schema';
import { loadSessions } from './views';

/**
 * 登记出勤 for one session: each mark replaces the trainee's earlier one (a correction), and only
 * trainees on the roster, only once the session's day has come (`today` is the China date).
 */
export async function markAttendance(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  sessionId: number,
  input: TrainingAttendanceInput,
  today: IsoDate,
): Promise<TrainingSession[]> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { course } = await requireCourse(tx, actor, courseId, 'mark', { lock: true });
    const [session] = await tx
      .select()
      .from(trainingSessions)
      .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.courseId, courseId)));
    if (!session) throw notFound('课程');
    if (session.heldOn > today) {
      throw conflict(`课程安排在 ${session.heldOn}，当天起才能登记出勤`, 'heldOn');
    }
    const ids = [...new Set(input.marks.map((m) => m.personId))];
    if (ids.length !== input.marks.length) throw badRequest('同一学员只能登记一次（marks）', 'marks');
    const enrolled = await tx
      .select({ personId: trainingEnrolments.personId })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.courseId, courseId), inArray(trainingEnrolments.personId, ids)));
    if (enrolled.length !== ids.length) {
      throw badRequest('只能为本培训班名单上的学员登记出勤（marks）', 'marks');
    }
    const before = await tx
      .select({ personId: trainingAttendance.personId, mark: trainingAttendance.mark })
      .from(trainingAttendance)
      .where(and(eq(trainingAttendance.sessionId, sessionId), inArray(trainingAttendance.personId, ids)));
    await tx
      .insert(trainingAttendance)
      .values(
        input.marks.map((m) => ({
          tenantOrgId: course.tenantOrgId,
          sessionId,
          personId: m.personId,
          mark: m.mark,
          reason: m.mark === 'excused' ? m.reason || null : null,
          markedBy: actor.userId,
        })),
      )
      .onConflictDoUpdate({
        target: [trainingAttendance.sessionId, trainingAttendance.personId],
        set: {
          mark: sql`excluded.mark`,
          reason: sql`excluded.reason`,
          markedBy: sql`excluded.marked_by`,
          markedAt: sql`now()`,
        },
      });
    const previous = new Map(before.map((b) => [b.personId, b.mark]));
    const changed = input.marks.filter((m) => previous.get(m.personId) !== m.mark);
    if (changed.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'training.attendance_marked',
        entityType: 'training_session',
        entityId: sessionId,
        orgId: course.orgId,
        summary: {
          courseId,
          heldOn: session.heldOn,
          marks: changed.map((m) => ({
            personId: m.personId,
            before: previous.get(m.personId) ?? null,
            after: m.mark,
          })),
        },
      });
    }
    return loadSessions(tx, courseId);
  });
}
