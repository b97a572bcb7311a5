import { pathInScope, type TrainingAudience } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { trainingCourses } from './schema';

export type CourseRow = typeof trainingCourses.$inferSelect & { audience: TrainingAudience };

export interface ScopedCourse {
  course: CourseRow;
  organizer: { id: number; name: string; path: string };
  canManage: boolean;
  canMark: boolean;
}

/**
 * What an actor may do with a course, by the organizer's place in the tree: courses are run by
 * county and township staff (cadre.manage), and attendance may also be taken by whoever does the
 * service work of the organizing org (service.manage), e.g. a village committee's own course.
 */
export function courseRights(actor: Actor, organizerPath: string) {
  const canManage = pathInScope(scopeOf(actor, 'cadre.manage'), organizerPath);
  return {
    canRead: canManage || pathInScope(scopeOf(actor, 'service.read'), organizerPath),
    canManage,
    canMark: canManage || pathInScope(scopeOf(actor, 'service.manage'), organizerPath),
  };
}

/**
 * Loads a course for reading, managing or marking attendance. A course whose organizer lies outside the
 * caller's reach answers 404 (its existence is not revealed); a readable one without the right, 403.
 */
export async function requireCourse(
  tx: Tx,
  actor: Actor,
  courseId: number,
  need: 'read' | 'manage' | 'mark',
  options: { lock?: boolean } = {},
): Promise<ScopedCourse> {
  const query = tx
    .select({ course: trainingCourses, organizer: { id: orgs.id, name: orgs.name, path: orgs.path } })
    .from(trainingCourses)
    .innerJoin(orgs, eq(orgs.id, trainingCourses.orgId))
    .where(eq(trainingCourses.id, courseId));
  const [row] = options.lock ? await query.for('update', { of: trainingCourses }) : await query;
  if (!row) throw notFound('培训班');
  const rights = courseRights(actor, row.organizer.path);
  if (!rights.canRead) throw notFound('培训班');
  if (need === 'manage' && !rights.canManage) throw forbidden('只有举办组织的组织部门工作人员可以修改培训班');
  if (need === 'mark' && !rights.canMark) throw forbidden('没有登记该培训班出勤的权限');
  return {
    course: row.course as CourseRow,
    organizer: row.organizer,
    canManage: rights.canManage,
    canMark: rights.canMark,
  };
}
