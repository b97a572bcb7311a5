import { enrolmentViolation, type Stage, type TrainingEnrolInput } from '@jiceng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { badRequest, conflict, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { requireCourse } from './access';
import { trainingAttendance, trainingEnrolments, trainingSessions } from './schema';

/**
 * 添加学员: people from the organizer's subtree whom the course's audience admits (candidates for a
 * candidates' course). All or nothing; someone already on the roster is simply kept.
 */
export async function enrol(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  input: TrainingEnrolInput,
): Promise<{ added: number }> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { course, organizer } = await requireCourse(tx, actor, courseId, 'manage', { lock: true });
    const ids = [...new Set(input.personIds)];
    const found = await tx
      .select({
        id: persons.id,
        name: persons.name,
        stage: persons.stage,
        standing: persons.standing,
        orgPath: orgs.path,
      })
      .from(persons)
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .where(inArray(persons.id, ids));
    const problems: string[] = [];
    for (const id of ids) {
      const person = found.find((p) => p.id === id);
      if (!person || !person.orgPath.startsWith(organizer.path)) {
        problems.push(`${person?.name ?? `编号 ${id} 的人员`}不在${organizer.name}及其下级组织`);
        continue;
      }
      const violation = enrolmentViolation(course.audience, {
        name: person.name,
        stage: person.stage as Stage | null,
        standing: person.standing,
      });
      if (violation) problems.push(violation);
    }
    if (problems.length > 0) {
      const more = problems.length > 3 ? `等 ${problems.length} 人` : '';
      throw badRequest(`不能添加学员（personIds）：${problems.slice(0, 3).join('；')}${more}`, 'personIds');
    }
    const added = await tx
      .insert(trainingEnrolments)
      .values(
        ids.map((personId) => ({
          tenantOrgId: course.tenantOrgId,
          courseId,
          personId,
          enrolledBy: actor.userId,
        })),
      )
      .onConflictDoNothing()
      .returning({ personId: trainingEnrolments.personId });
    if (added.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'training.enrolled',
        entityType: 'training_course',
        entityId: courseId,
        orgId: course.orgId,
        summary: { personIds: added.map((a) => a.personId) },
      });
    }
    return { added: added.length };
  });
}

/** Takes someone off the roster, only while no attendance of theirs is on record for the course. */
export async function unenrol(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  personId: number,
): Promise<void> {
  const actor = requirePermission(ctx, 'cadre.manage');
  await db.transaction(async (tx) => {
    const { course } = await requireCourse(tx, actor, courseId, 'manage', { lock: true });
    const [enrolment] = await tx
      .select({ id: trainingEnrolments.id })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.personId, personId)));
    if (!enrolment) throw notFound('学员');
    const [marked] = await tx
      .select({ sessionId: trainingAttendance.sessionId })
      .from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
      .where(and(eq(trainingSessions.courseId, courseId), eq(trainingAttendance.personId, personId)))
      .limit(1);
    if (marked) throw conflict('该学员已有出勤记录，不能移出名单');
    await tx.delete(trainingEnrolments).where(eq(trainingEnrolments.id, enrolment.id));
    await recordAudit(tx, ctx, {
      action: 'training.unenrolled',
      entityType: 'training_course',
      entityId: courseId,
      orgId: course.orgId,
      summary: { personId },
    });
  });
}
