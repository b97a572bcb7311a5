import {
  admissionTrainingStatus,
  countsTowardAdmission,
  trainingTotals,
  type IsoDate,
  type Stage,
  type TrainingCourseDetail,
  type TrainingMark,
} from '@jiceng/core';
import { asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { requireCourse, type ScopedCourse } from './access';
import { admissionTrainingTotals } from './person-hours';
import { trainingAttendance, trainingEnrolments, trainingSessions } from './schema';
import { loadCourse, loadSessions } from './views';

/** The roster with each trainee's marks and hours, in the organizer's tree order. */
async function rosterOf(tx: Tx, scoped: ScopedCourse, today: IsoDate) {
  const courseId = scoped.course.id;
  const people = await tx
    .select({ id: persons.id, name: persons.name, stage: persons.stage, orgName: orgs.name })
    .from(trainingEnrolments)
    .innerJoin(persons, eq(persons.id, trainingEnrolments.personId))
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .where(eq(trainingEnrolments.courseId, courseId))
    .orderBy(asc(orgs.path), asc(persons.name), asc(persons.id));
  const marks = await tx
    .select({
      personId: trainingAttendance.personId,
      sessionId: trainingAttendance.sessionId,
      mark: trainingAttendance.mark,
      date: trainingSessions.heldOn,
      hours: trainingSessions.hours,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(eq(trainingSessions.courseId, courseId));
  const admission = countsTowardAdmission(scoped.course.audience)
    ? await admissionTrainingTotals(
        tx,
        people.map((p) => p.id),
        today,
      )
    : null;
  return people.map((p) => {
    const own = marks.filter((m) => m.personId === p.id).map((m) => ({ ...m, mark: m.mark as TrainingMark }));
    const totals = admission?.get(p.id);
    return {
      personId: p.id,
      name: p.name,
      orgName: p.orgName,
      stage: p.stage as Stage | null,
      marks: Object.fromEntries(own.map((m) => [String(m.sessionId), m.mark])),
      ...trainingTotals(own),
      admission: totals ? admissionTrainingStatus(totals, today) : null,
    };
  });
}

/** A course with its sessions, its roster and attendance grid, and what the caller may do with it. */
export async function courseDetail(
  db: Db,
  ctx: RequestContext,
  courseId: number,
  today: IsoDate,
): Promise<TrainingCourseDetail> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const scoped = await requireCourse(tx, actor, courseId, 'read');
    return {
      course: await loadCourse(tx, courseId),
      sessions: await loadSessions(tx, courseId),
      roster: await rosterOf(tx, scoped, today),
      canManage: scoped.canManage,
      canMark: scoped.canMark,
    };
  });
}
