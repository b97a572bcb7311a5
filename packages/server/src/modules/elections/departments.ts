import {
  DEFAULT_JOINT_REVIEW_DEPARTMENTS,
  JOINT_REVIEW_RULE,
  pathInScope,
  roleGrants,
  type JointReviewDepartment,
  type JointReviewDepartmentList,
  type Role,
} from '@jiceng/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import { conflict, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { userRoles, users } from '../users/schema';
import { refuseIfAny } from '../reviews/refused';
import { jointReviewDepartments, jointReviewers, jointReviews } from './schema';

export type DepartmentRow = typeof jointReviewDepartments.$inferSelect;

/** The county's departments (the tree's top org), the default list written on first use. */
export async function departmentsOf(tx: Tx, rootOrgId: number): Promise<DepartmentRow[]> {
  const load = () =>
    tx
      .select()
      .from(jointReviewDepartments)
      .where(eq(jointReviewDepartments.orgId, rootOrgId))
      .orderBy(asc(jointReviewDepartments.id));
  const rows = await load();
  if (rows.length > 0) return rows;
  await tx
    .insert(jointReviewDepartments)
    .values(DEFAULT_JOINT_REVIEW_DEPARTMENTS.map((d) => ({ orgId: rootOrgId, key: d.key, label: d.label })))
    .onConflictDoNothing();
  return load();
}

async function rootOf(tx: Tx, orgId: number): Promise<{ id: number; name: string; path: string }> {
  const [row] = await tx
    .select({ id: orgs.id, name: orgs.name, path: orgs.path })
    .from(orgs)
    .where(sql`${orgs.id} = (SELECT tenant_org_id FROM orgs WHERE id = ${orgId})`);
  if (!row) throw notFound('组织');
  return row;
}

async function listView(
  tx: Tx,
  root: { id: number; name: string; path: string },
  showReviewers: boolean,
): Promise<JointReviewDepartmentList> {
  const departments = await departmentsOf(tx, root.id);
  const reviewers =
    showReviewers && departments.length > 0
      ? await tx
          .select({
            departmentId: jointReviewers.departmentId,
            userId: users.id,
            username: users.username,
            displayName: users.displayName,
          })
          .from(jointReviewers)
          .innerJoin(users, eq(users.id, jointReviewers.userId))
          .where(
            inArray(
              jointReviewers.departmentId,
              departments.map((d) => d.id),
            ),
          )
          .orderBy(asc(users.username))
      : [];
  return {
    orgId: root.id,
    orgName: root.name,
    departments: departments.map((d) => ({
      id: d.id,
      key: d.key,
      label: d.label,
      reviewers: reviewers
        .filter((r) => r.departmentId === d.id)
        .map(({ userId, username, displayName }) => ({ userId, username, displayName })),
    })),
  };
}

/** The departments that review the candidates of villages under `orgId`'s county; reviewers for user managers. */
export async function getDepartments(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<JointReviewDepartmentList> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'meeting.read', orgId);
    const root = await rootOf(tx, orgId);
    return listView(tx, root, pathInScope(scopeOf(actor, 'user.read'), root.path));
  });
}

/** Replaces the county's list; a department a sent review names cannot be removed. */
export async function setDepartments(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: JointReviewDepartment[],
): Promise<JointReviewDepartmentList> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'meeting.read', orgId);
    const root = await rootOf(tx, orgId);
    await requireOrg(tx, actor, 'meeting.manage', root.id);
    const before = await departmentsOf(tx, root.id);
    const keep = new Set(input.map((d) => d.key));
    for (const gone of before.filter((d) => !keep.has(d.key))) {
      const [used] = await tx
        .select({ id: jointReviews.id })
        .from(jointReviews)
        .where(sql`${gone.id} = ANY(${jointReviews.departmentIds})`)
        .limit(1);
      if (used) throw conflict(`${gone.label}已参与过资格联审，不能删除，可修改名称`, 'departments');
      await tx.delete(jointReviewers).where(eq(jointReviewers.departmentId, gone.id));
      await tx.delete(jointReviewDepartments).where(eq(jointReviewDepartments.id, gone.id));
    }
    for (const d of input) {
      const existing = before.find((b) => b.key === d.key);
      if (existing) {
        if (existing.label !== d.label) {
          await tx
            .update(jointReviewDepartments)
            .set({ label: d.label })
            .where(eq(jointReviewDepartments.id, existing.id));
        }
      } else {
        await tx.insert(jointReviewDepartments).values({ orgId: root.id, key: d.key, label: d.label });
      }
    }
    await recordAudit(tx, ctx, {
      action: 'joint_review.departments_set',
      entityType: 'org',
      entityId: root.id,
      orgId: root.id,
      summary: {
        before: before.map((d) => ({ key: d.key, label: d.label })),
        after: input,
      },
    });
    return listView(tx, root, pathInScope(scopeOf(actor, 'user.read'), root.path));
  });
}

async function departmentForManager(tx: Tx, ctx: RequestContext, departmentId: number) {
  const actor = requirePermission(ctx, 'user.manage');
  const [department] = await tx
    .select({
      id: jointReviewDepartments.id,
      orgId: jointReviewDepartments.orgId,
      label: jointReviewDepartments.label,
    })
    .from(jointReviewDepartments)
    .where(eq(jointReviewDepartments.id, departmentId));
  if (!department) throw notFound('联审部门');
  const root = await requireOrg(tx, actor, 'user.manage', department.orgId);
  return { department, root };
}

/**
 * Lists an account as a department's reviewer. The account must hold the reviewer's permission over the
 * whole county (assigned at the county or above), or it could not see the villages it reviews.
 */
export async function addReviewer(
  db: Db,
  ctx: RequestContext,
  departmentId: number,
  userId: number,
): Promise<JointReviewDepartmentList> {
  return db.transaction(async (tx) => {
    const { department, root } = await departmentForManager(tx, ctx, departmentId);
    const assignments = await tx
      .select({ role: userRoles.role, path: orgs.path })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .leftJoin(orgs, eq(orgs.id, userRoles.orgId))
      .where(and(eq(userRoles.userId, userId), eq(users.disabled, false)));
    const covers = assignments.some(
      (a) =>
        roleGrants(a.role as Role, 'joint_review.decide') &&
        (a.path === null || root.path.startsWith(a.path)),
    );
    refuseIfAny(
      covers
        ? []
        : [
            {
              rule: JOINT_REVIEW_RULE,
              field: 'userId',
              message: `该用户须在${root.name}（或更高一级）持有“联审部门审查人员”角色，请先在用户管理中分配`,
            },
          ],
    );
    await tx.insert(jointReviewers).values({ userId, departmentId }).onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: 'joint_review.reviewer_added',
      entityType: 'joint_review_department',
      entityId: departmentId,
      orgId: department.orgId,
      summary: { after: { userId, department: department.label } },
    });
    return listView(tx, root, true);
  });
}

export async function removeReviewer(
  db: Db,
  ctx: RequestContext,
  departmentId: number,
  userId: number,
): Promise<JointReviewDepartmentList> {
  return db.transaction(async (tx) => {
    const { department, root } = await departmentForManager(tx, ctx, departmentId);
    const removed = await tx
      .delete(jointReviewers)
      .where(and(eq(jointReviewers.departmentId, departmentId), eq(jointReviewers.userId, userId)))
      .returning({ id: jointReviewers.id });
    if (removed.length === 0) throw notFound('审查人员');
    await recordAudit(tx, ctx, {
      action: 'joint_review.reviewer_removed',
      entityType: 'joint_review_department',
      entityId: departmentId,
      orgId: department.orgId,
      summary: { before: { userId, department: department.label } },
    });
    return listView(tx, root, true);
  });
}
