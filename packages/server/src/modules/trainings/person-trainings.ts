import {
  admissionTrainingStatus,
  countsTowardAdmission,
  trainingTotals,
  type IsoDate,
  type PersonTrainings,
  type TrainingAudience,
} from '@jiceng/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { attendanceOf } from './person-hours';
import { trainingCourses, trainingEnrolments, trainingSessions } from './schema';

/**
 * A person's training for the person page and the step-11 form: every course enrolled in, days and
 * class hours present, and the candidate training against D9 as of a date (today by default).
 */
export async function personTrainings(
  db: Db,
  ctx: RequestContext,
  personId: number,
  asOf: IsoDate,
): Promise<PersonTrainings> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'person.read', personId);
    const courses = await tx
      .select({ c: trainingCourses, organizerName: orgs.name })
      .from(trainingEnrolments)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
      .innerJoin(orgs, eq(orgs.id, trainingCourses.orgId))
      .where(eq(trainingEnrolments.personId, personId))
      .orderBy(asc(trainingCourses.startsOn), asc(trainingCourses.id));
    const courseIds = courses.map((c) => c.c.id);
    const sessions = courseIds.length
      ? await tx
          .select({ courseId: trainingSessions.courseId })
          .from(trainingSessions)
          .where(inArray(trainingSessions.courseId, courseIds))
      : [];
    const marks = await attendanceOf(tx, [personId], asOf);
    const audienceOf = new Map(courses.map((c) => [c.c.id, c.c.audience as TrainingAudience]));
    const admission = marks.filter((m) => countsTowardAdmission(audienceOf.get(m.courseId) ?? 'other'));
    return {
      personId,
      asOf,
      total: trainingTotals(marks),
      admission: admissionTrainingStatus(trainingTotals(admission), asOf),
      courses: courses.map(({ c, organizerName }) => {
        const own = marks.filter((m) => m.courseId === c.id);
        return {
          courseId: c.id,
          title: c.title,
          audience: c.audience as TrainingAudience,
          organizerName,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
          sessions: sessions.filter((s) => s.courseId === c.id).length,
          present: own.filter((m) => m.mark === 'present').length,
          ...trainingTotals(own),
        };
      }),
    };
  });
}
