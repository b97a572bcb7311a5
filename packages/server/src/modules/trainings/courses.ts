import type {
  TrainingCourse,
  TrainingCourseInput,
  TrainingCoursesQuery,
  TrainingCourseUpdate,
} from '@jiceng/core';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { conflict } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { requireCourse } from './access';
import { trainingCourses, trainingSessions } from './schema';
import { loadCourse, loadCourses } from './views';

const fieldsOf = (input: TrainingCourseUpdate) => ({
  title: input.title,
  audience: input.audience,
  plannedHours: input.plannedHours,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  place: input.place || null,
  note: input.note || null,
});

/** 举办培训班: county and township staff hold courses for the orgs under them. */
export async function createCourse(
  db: Db,
  ctx: RequestContext,
  input: TrainingCourseInput,
): Promise<TrainingCourse> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'cadre.manage', input.organizerOrgId);
    const [orgRow] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, org.id));
    const [row] = await tx
      .insert(trainingCourses)
      .values({
        tenantOrgId: orgRow!.tenantOrgId,
        orgId: org.id,
        ...fieldsOf(input),
        createdBy: actor.userId,
      })
      .returning({ id: trainingCourses.id });
    await recordAudit(tx, ctx, {
      action: 'training.course_created',
      entityType: 'training_course',
      entityId: row!.id,
      orgId: org.id,
      summary: { after: { title: input.title, audience: input.audience, startsOn: input.startsOn } },
    });
    return loadCourse(tx, row!.id);
  });
}

/** Edits a course; its dates must still hold every session already scheduled. */
export async function updateCourse(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: TrainingCourseUpdate,
): Promise<TrainingCourse> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { course } = await requireCourse(tx, actor, id, 'manage', { lock: true });
    const [outside] = await tx
      .select({ heldOn: trainingSessions.heldOn })
      .from(trainingSessions)
      .where(
        and(
          eq(trainingSessions.courseId, id),
          sql`(${trainingSessions.heldOn} < ${input.startsOn}::date OR ${trainingSessions.heldOn} > ${input.endsOn}::date)`,
        ),
      )
      .limit(1);
    if (outside) {
      throw conflict(
        `已有 ${outside.heldOn} 的课程，培训日期（startsOn、endsOn）须包含所有已安排的课程`,
        outside.heldOn < input.startsOn ? 'startsOn' : 'endsOn',
      );
    }
    if (input.audience !== course.audience) {
      const enrolled = await tx.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM training_enrolments WHERE course_id = ${id}`,
      );
      if (Number(enrolled.rows[0]!.n) > 0) {
        throw conflict('培训班已有学员，不能更改培训对象（audience）', 'audience');
      }
    }
    const after = fieldsOf(input);
    await tx
      .update(trainingCourses)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(trainingCourses.id, id));
    await recordAudit(tx, ctx, {
      action: 'training.course_updated',
      entityType: 'training_course',
      entityId: id,
      orgId: course.orgId,
      summary: diff(course as unknown as Record<string, unknown>, after),
    });
    return loadCourse(tx, id);
  });
}

/** Deletes a course entered by mistake: only while it has no sessions (attendance is history). */
export async function deleteCourse(db: Db, ctx: RequestContext, id: number): Promise<void> {
  const actor = requirePermission(ctx, 'cadre.manage');
  await db.transaction(async (tx) => {
    const { course } = await requireCourse(tx, actor, id, 'manage', { lock: true });
    const [session] = await tx
      .select({ id: trainingSessions.id })
      .from(trainingSessions)
      .where(eq(trainingSessions.courseId, id))
      .limit(1);
    if (session) throw conflict('培训班已安排课程，不能删除；请先删除未登记出勤的课程');
    await tx.execute(sql`DELETE FROM training_enrolments WHERE course_id = ${id}`);
    await tx.delete(trainingCourses).where(eq(trainingCourses.id, id));
    await recordAudit(tx, ctx, {
      action: 'training.course_deleted',
      entityType: 'training_course',
      entityId: id,
      orgId: course.orgId,
      summary: { before: { title: course.title, audience: course.audience, startsOn: course.startsOn } },
    });
  });
}

/** Courses whose organizer is within reach, under an org, in a year, for an audience. */
export async function listCourses(
  db: Db,
  ctx: RequestContext,
  query: TrainingCoursesQuery,
): Promise<TrainingCourse[]> {
  const actor = requirePermission(ctx, 'service.read');
  const scope = scopeOf(actor, 'service.read');
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [inScope(orgs.path, scope)];
    if (query.orgId) {
      const root = await complianceRootOrg(tx, scope, query.orgId);
      conditions.push(sql`${orgs.path} LIKE ${root.path + '%'}`);
    }
    if (query.year) {
      conditions.push(
        sql`${trainingCourses.startsOn} <= ${`${query.year}-12-31`}::date AND ${trainingCourses.endsOn} >= ${`${query.year}-01-01`}::date`,
      );
    }
    if (query.audience) conditions.push(eq(trainingCourses.audience, query.audience));
    return loadCourses(tx, and(...conditions)!);
  });
}
