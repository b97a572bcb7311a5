import type { TrainingAudience, TrainingCourse, TrainingSession } from '@jiceng/core';
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { trainingAttendance, trainingCourses, trainingEnrolments, trainingSessions } from './schema';

/** Courses matching `where` (over training_courses and the organizer `orgs`), newest first. */
export async function loadCourses(tx: Tx, where: SQL): Promise<TrainingCourse[]> {
  const rows = await tx
    .select({
      c: trainingCourses,
      organizerName: orgs.name,
      sessionCount: sql<number>`(SELECT count(*)::int FROM ${trainingSessions} s WHERE s.course_id = ${trainingCourses.id})`,
      sessionHours: sql<number>`(SELECT coalesce(sum(s.hours), 0)::float8 FROM ${trainingSessions} s WHERE s.course_id = ${trainingCourses.id})`,
      enrolledCount: sql<number>`(SELECT count(*)::int FROM ${trainingEnrolments} e WHERE e.course_id = ${trainingCourses.id})`,
    })
    .from(trainingCourses)
    .innerJoin(orgs, eq(orgs.id, trainingCourses.orgId))
    .where(where)
    .orderBy(desc(trainingCourses.startsOn), desc(trainingCourses.id));
  return rows.map(({ c, organizerName, sessionCount, sessionHours, enrolledCount }) => ({
    id: c.id,
    organizerOrgId: c.orgId,
    organizerName,
    title: c.title,
    audience: c.audience as TrainingAudience,
    plannedHours: c.plannedHours,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    place: c.place,
    note: c.note,
    sessionCount: Number(sessionCount),
    enrolledCount: Number(enrolledCount),
    sessionHours: Number(sessionHours),
  }));
}

export async function loadCourse(tx: Tx, id: number): Promise<TrainingCourse> {
  const [course] = await loadCourses(tx, eq(trainingCourses.id, id));
  return course!;
}

/** A course's sessions in date order, with how many were marked and present. */
export async function loadSessions(tx: Tx, courseId: number): Promise<TrainingSession[]> {
  const rows = await tx
    .select({
      s: trainingSessions,
      presentCount: sql<number>`count(*) FILTER (WHERE ${trainingAttendance.mark} = 'present')::int`,
      markedCount: sql<number>`count(${trainingAttendance.personId})::int`,
    })
    .from(trainingSessions)
    .leftJoin(trainingAttendance, eq(trainingAttendance.sessionId, trainingSessions.id))
    .where(eq(trainingSessions.courseId, courseId))
    .groupBy(trainingSessions.id)
    .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.id));
  return rows.map(({ s, presentCount, markedCount }) => ({
    id: s.id,
    heldOn: s.heldOn,
    hours: s.hours,
    topic: s.topic,
    teacher: s.teacher,
    presentCount: Number(presentCount),
    markedCount: Number(markedCount),
  }));
}
