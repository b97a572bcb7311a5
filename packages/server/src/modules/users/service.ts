import {
  GRANTABLE_ROLES,
  pathInScope,
  ROLE_LABELS,
  type Assignment,
  type AssignmentInput,
  type Role,
  type User,
  type UserCreateInput,
} from '@jiceng/core';
import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { Actor, RequestContext } from '../../auth/actor';
import { inScope, requireActor, requirePermission, scopeOf } from '../../auth/access';
import { hashPassword } from '../../auth/passwords';
import { sessions } from '../../auth/schema';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { userRoles, users } from './schema';

type UserRow = typeof users.$inferSelect;

async function assignmentsOf(
  tx: Tx,
  userIds: number[],
): Promise<Map<number, (Assignment & { orgPath: string | null })[]>> {
  const map = new Map<number, (Assignment & { orgPath: string | null })[]>();
  if (userIds.length === 0) return map;
  const rows = await tx
    .select({
      id: userRoles.id,
      userId: userRoles.userId,
      role: userRoles.role,
      orgId: userRoles.orgId,
      orgName: orgs.name,
      orgPath: orgs.path,
    })
    .from(userRoles)
    .leftJoin(orgs, eq(orgs.id, userRoles.orgId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.id));
  for (const r of rows) {
    const list = map.get(r.userId) ?? [];
    list.push({ id: r.id, role: r.role as Role, orgId: r.orgId, orgName: r.orgName, orgPath: r.orgPath });
    map.set(r.userId, list);
  }
  return map;
}

function toUser(row: UserRow, assignments: (Assignment & { orgPath: string | null })[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    assignments: assignments.map(({ id, role, orgId, orgName }) => ({ id, role, orgId, orgName })),
  };
}

/** A user is visible to whoever can read users at any org one of its assignments reaches. */
function visibleUserIds(actor: Actor) {
  const scope = scopeOf(actor, 'user.read');
  if (scope === 'all') return sql`true`;
  return sql`${users.id} IN (SELECT ur.user_id FROM user_roles ur JOIN orgs o ON o.id = ur.org_id WHERE ${inScope(sql`o.path`, scope)})`;
}

/**
 * A user may be managed only when every one of its assignments lies inside the actor's reach; otherwise
 * staff of one branch could reset the password of a county officer who also holds a role there.
 */
async function requireManageableUser(tx: Tx, actor: Actor, userId: number): Promise<UserRow> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), visibleUserIds(actor)));
  if (!row) throw notFound('用户');
  const scope = scopeOf(actor, 'user.manage');
  const list = (await assignmentsOf(tx, [userId])).get(userId) ?? [];
  const outside = list.some((a) => (a.orgPath === null ? scope !== 'all' : !pathInScope(scope, a.orgPath)));
  if (outside || (scope !== 'all' && list.length === 0)) {
    throw forbidden('该用户的角色超出您的管理范围，不能修改');
  }
  return row;
}

/** An assignment the actor may hand out: a role its own role may grant, at an org inside its reach. */
async function checkGrantable(tx: Tx, actor: Actor, input: AssignmentInput): Promise<void> {
  if (input.orgId === null) {
    if (input.role !== 'admin') throw forbidden(`${ROLE_LABELS[input.role]}角色必须指定组织`);
    if (scopeOf(actor, 'user.manage') !== 'all') throw forbidden('只有系统管理员可以授予系统管理员角色');
    return;
  }
  const [org] = await tx
    .select({ path: orgs.path })
    .from(orgs)
    .where(and(eq(orgs.id, input.orgId), sql`${orgs.dissolvedAt} IS NULL`));
  if (!org) throw notFound('组织');
  const grantors = actor.assignments.filter(
    (a) =>
      (a.orgPath === null || org.path.startsWith(a.orgPath)) && GRANTABLE_ROLES[a.role].includes(input.role),
  );
  if (grantors.length === 0) {
    throw forbidden(`您不能在该组织授予“${ROLE_LABELS[input.role]}”角色`);
  }
}

export async function listUsers(
  db: Db,
  ctx: RequestContext,
  query: { q?: string | undefined; orgId?: number | undefined; page: number; pageSize: number },
): Promise<{ items: User[]; total: number }> {
  const actor = requirePermission(ctx, 'user.read');
  return db.transaction(async (tx) => {
    const conditions = [visibleUserIds(actor)];
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
    }
    if (query.orgId) {
      conditions.push(
        sql`${users.id} IN (SELECT ur.user_id FROM user_roles ur JOIN orgs o ON o.id = ur.org_id WHERE o.path LIKE (SELECT p.path FROM orgs p WHERE p.id = ${query.orgId}) || '%')`,
      );
    }
    const where = and(...conditions);
    const [{ total } = { total: 0 }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .where(where);
    const rows = await tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const assignments = await assignmentsOf(
      tx,
      rows.map((r) => r.id),
    );
    return { total, items: rows.map((r) => toUser(r, assignments.get(r.id) ?? [])) };
  });
}

export async function getUser(db: Db, ctx: RequestContext, id: number): Promise<User> {
  const actor = requirePermission(ctx, 'user.read');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, id), visibleUserIds(actor)));
    if (!row) throw notFound('用户');
    return toUser(row, (await assignmentsOf(tx, [id])).get(id) ?? []);
  });
}

export async function createUser(db: Db, ctx: RequestContext, input: UserCreateInput): Promise<User> {
  const actor = requirePermission(ctx, 'user.manage');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    for (const a of input.assignments) await checkGrantable(tx, actor, a);
    const username = input.username.toLowerCase();
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw conflict(`用户名“${username}”已被使用`, 'username');
    const [row] = await tx
      .insert(users)
      .values({ username, displayName: input.displayName, passwordHash, mustChangePassword: true })
      .returning();
    const unique = new Map(input.assignments.map((a) => [`${a.role}:${a.orgId ?? 0}`, a]));
    await tx
      .insert(userRoles)
      .values([...unique.values()].map((a) => ({ userId: row!.id, role: a.role, orgId: a.orgId })));
    const firstOrg = input.assignments.find((a) => a.orgId !== null)?.orgId ?? null;
    await recordAudit(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: row!.id,
      orgId: firstOrg,
      summary: { after: { username, displayName: input.displayName, assignments: [...unique.values()] } },
    });
    return toUser(row!, (await assignmentsOf(tx, [row!.id])).get(row!.id) ?? []);
  });
}

export async function updateUser(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: { displayName?: string | undefined; disabled?: boolean | undefined },
): Promise<User> {
  const actor = requirePermission(ctx, 'user.manage');
  return db.transaction(async (tx) => {
    const before = await requireManageableUser(tx, actor, id);
    if (input.disabled && id === actor.userId) throw conflict('不能停用自己的账号', 'disabled');
    const [row] = await tx.update(users).set(input).where(eq(users.id, id)).returning();
    if (input.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    const list = (await assignmentsOf(tx, [id])).get(id) ?? [];
    await recordAudit(tx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      orgId: list.find((a) => a.orgId !== null)?.orgId ?? null,
      summary: {
        before: { displayName: before.displayName, disabled: before.disabled },
        after: input,
      },
    });
    return toUser(row!, list);
  });
}

/** An admin or staff sets a new password: the user must change it at next sign-in, and is unlocked. */
export async function resetPassword(
  db: Db,
  ctx: RequestContext,
  id: number,
  password: string,
): Promise<void> {
  const actor = requirePermission(ctx, 'user.manage');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await requireManageableUser(tx, actor, id);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    const list = (await assignmentsOf(tx, [id])).get(id) ?? [];
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      orgId: list.find((a) => a.orgId !== null)?.orgId ?? null,
      summary: {},
    });
  });
}

export async function addAssignment(
  db: Db,
  ctx: RequestContext,
  userId: number,
  input: AssignmentInput,
): Promise<User> {
  const actor = requirePermission(ctx, 'user.manage');
  return db.transaction(async (tx) => {
    await requireManageableUser(tx, actor, userId);
    await checkGrantable(tx, actor, input);
    const existing = (await assignmentsOf(tx, [userId])).get(userId) ?? [];
    if (existing.some((a) => a.role === input.role && a.orgId === input.orgId)) {
      throw conflict('该用户已拥有此角色', 'role');
    }
    await tx.insert(userRoles).values({ userId, role: input.role, orgId: input.orgId });
    await recordAudit(tx, ctx, {
      action: 'user.assignment_added',
      entityType: 'user',
      entityId: userId,
      orgId: input.orgId,
      summary: { after: input },
    });
    const [row] = await tx.select().from(users).where(eq(users.id, userId));
    return toUser(row!, (await assignmentsOf(tx, [userId])).get(userId) ?? []);
  });
}

export async function removeAssignment(
  db: Db,
  ctx: RequestContext,
  userId: number,
  assignmentId: number,
): Promise<User> {
  const actor = requirePermission(ctx, 'user.manage');
  return db.transaction(async (tx) => {
    await requireManageableUser(tx, actor, userId);
    const existing = (await assignmentsOf(tx, [userId])).get(userId) ?? [];
    const target = existing.find((a) => a.id === assignmentId);
    if (!target) throw notFound('角色分配');
    if (existing.length === 1) throw conflict('用户至少保留一个角色；如不再使用请停用账号', 'role');
    if (target.role === 'admin' && userId === actor.userId)
      throw conflict('不能取消自己的系统管理员角色', 'role');
    await tx.delete(userRoles).where(eq(userRoles.id, assignmentId));
    await recordAudit(tx, ctx, {
      action: 'user.assignment_removed',
      entityType: 'user',
      entityId: userId,
      orgId: target.orgId,
      summary: { before: { role: target.role, orgId: target.orgId } },
    });
    const [row] = await tx.select().from(users).where(eq(users.id, userId));
    return toUser(row!, (await assignmentsOf(tx, [userId])).get(userId) ?? []);
  });
}

/** Creates the built-in `admin` on first start; returns the password when it was generated here. */
export async function ensureAdmin(db: Db, password: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    if (existing) return false;
    const [row] = await tx
      .insert(users)
      .values({ username: 'admin', displayName: '系统管理员', passwordHash: await hashPassword(password) })
      .returning();
    await tx.insert(userRoles).values({ userId: row!.id, role: 'admin', orgId: null });
    await recordAudit(
      tx,
      { actor: null, clientIp: null },
      {
        action: 'user.created',
        entityType: 'user',
        entityId: row!.id,
        summary: { after: { username: 'admin', assignments: [{ role: 'admin', orgId: null }] } },
      },
    );
    return true;
  });
}

/** The signed-in user's own account: everyone may read their own, whatever their permissions. */
export async function getSelf(db: Db, ctx: RequestContext): Promise<User> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, actor.userId));
    if (!row) throw notFound('用户');
    return toUser(row, (await assignmentsOf(tx, [row.id])).get(row.id) ?? []);
  });
}
