import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { ScopedAssignment, Role } from '@jiceng/core';
import type { Db, Tx } from '../db/connection';
import { AppError, badRequest } from '../http/errors';
import { recordAudit } from '../audit/service';
import { orgs } from '../modules/orgs/schema';
import { userRoles, users } from '../modules/users/schema';
import { sessions } from './schema';
import type { Actor, RequestContext } from './actor';
import { requireActor } from './access';
import { hashPassword, verifyPassword } from './passwords';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

// Verifying against a real hash for unknown usernames keeps response times alike, so timing does not
// reveal which usernames exist.
let dummyHash: Promise<string> | null = null;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function loadAssignments(tx: Tx | Db, userId: number): Promise<ScopedAssignment[]> {
  const rows = await tx
    .select({ role: userRoles.role, orgId: userRoles.orgId, orgPath: orgs.path })
    .from(userRoles)
    .leftJoin(orgs, and(eq(orgs.id, userRoles.orgId), isNull(orgs.dissolvedAt)))
    .where(eq(userRoles.userId, userId));
  // An assignment to a dissolved org reaches nothing.
  return rows
    .filter((r) => r.orgId === null || r.orgPath !== null)
    .map((r) => ({ role: r.role as Role, orgId: r.orgId, orgPath: r.orgPath }));
}

function lockedError(until: Date): AppError {
  const time = until.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
  });
  return new AppError(
    429,
    'account_locked',
    `连续 ${MAX_FAILED_LOGINS} 次密码错误，账号已锁定 ${LOCK_MINUTES} 分钟，请于 ${time} 后再试`,
    'password',
    'auth.lockout',
    until.toISOString(),
  );
}

export interface LoginResult {
  token: string;
  userId: number;
}

export async function login(
  db: Db,
  ctx: RequestContext,
  input: { username: string; password: string },
  userAgent: string | null,
  policy: SessionPolicy,
  /** Finds the account behind another login name (a member's ID number or phone number). */
  resolveLogin: (login: string) => Promise<number | null> = async () => null,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  let [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) {
    const userId = await resolveLogin(input.username);
    if (userId !== null) [user] = await db.select().from(users).where(eq(users.id, userId));
  }
  const now = new Date();
  if (!user) {
    dummyHash ??= hashPassword('jiceng-timing-equalizer-0');
    await verifyPassword(await dummyHash, input.password);
    throw new AppError(401, 'unauthenticated', '用户名或密码错误', 'password');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);

  const ok = await verifyPassword(user.passwordHash, input.password);
  const actorCtx: RequestContext = {
    clientIp: ctx.clientIp,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      sessionId: '',
      assignments: [],
    },
  };
  if (!ok) {
    const failed = user.failedLoginCount + 1;
    const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLoginCount: lockedUntil ? 0 : failed, lockedUntil })
        .where(eq(users.id, user.id));
      await recordAudit(tx, actorCtx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        summary: { failedCount: failed, locked: lockedUntil !== null },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError(401, 'unauthenticated', '用户名或密码错误', 'password');
  }
  if (user.disabled) throw new AppError(401, 'unauthenticated', '该账号已停用，请联系管理员', 'username');

  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sessionIdOf(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + policy.maxHours * 3_600_000),
      clientIp: ctx.clientIp,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    // Expired sessions of this user are swept on each login, so the table does not grow without bound.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await recordAudit(tx, actorCtx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      summary: { userAgent: userAgent?.slice(0, 120) ?? null },
    });
  });
  return { token, userId: user.id };
}

/** The actor behind a session token, or null when the session is unknown, idle too long or past its end. */
export async function resolveSession(db: Db, token: string, policy: SessionPolicy): Promise<Actor | null> {
  const id = sessionIdOf(token);
  const [row] = await db
    .select({
      userId: sessions.userId,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      username: users.username,
      displayName: users.displayName,
      disabled: users.disabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const now = Date.now();
  const idleLimit = row.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (row.disabled || row.expiresAt.getTime() <= now || idleLimit <= now) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  // Touch at most once a minute: idle expiry needs no finer grain, and most requests stay read-only.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, id));
  }
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    sessionId: id,
    assignments: await loadAssignments(db, row.userId),
  };
}

export async function logout(db: Db, ctx: RequestContext): Promise<void> {
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, ctx, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
      summary: {},
    });
  });
}

export async function changeOwnPassword(
  db: Db,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest('当前密码不正确', 'currentPassword');
  }
  if (input.currentPassword === input.newPassword)
    throw badRequest('新密码不能与当前密码相同', 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, user.id));
    // Other sessions end: whoever knew the old password is signed out everywhere else.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), sql`${sessions.id} <> ${actor.sessionId}`));
    await recordAudit(tx, ctx, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
      summary: {},
    });
  });
}
