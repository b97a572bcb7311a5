import type { Notification, NotificationSendInput } from '@jiceng/core';
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireActor, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { DataCipher } from '../../http/crypto';
import { forbidden, notFound } from '../../http/errors';
import { notificationOutbox, notifications } from './schema';
import type { SmsSender } from './sms';

export const MAX_SMS_ATTEMPTS = 5;

export interface NotifyInput {
  userIds: number[];
  title: string;
  body: string;
  /** Phone numbers to text as well; encrypted in the outbox. */
  smsPhones?: string[];
}

/** Writes inbox rows and outbox messages in the caller's transaction (later modules' reminders use this). */
export async function notify(tx: Tx, cipher: DataCipher, input: NotifyInput): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length) {
    await tx
      .insert(notifications)
      .values(userIds.map((userId) => ({ userId, title: input.title, body: input.body })));
  }
  const phones = [...new Set(input.smsPhones ?? [])];
  if (phones.length) {
    await tx.insert(notificationOutbox).values(
      phones.map((phone) => ({
        channel: 'sms',
        recipientEnc: cipher.encrypt(phone),
        title: input.title,
        body: input.body,
      })),
    );
  }
}

export async function sendNotification(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: NotificationSendInput,
): Promise<{ sent: number }> {
  const actor = requirePermission(ctx, 'notification.send');
  const scope = scopeOf(actor, 'notification.send');
  return db.transaction(async (tx) => {
    const userIds = [...new Set(input.userIds)];
    const reachable = await tx.execute<{ user_id: number }>(sql`
      SELECT DISTINCT ur.user_id FROM user_roles ur LEFT JOIN orgs o ON o.id = ur.org_id
       WHERE ur.user_id IN (${sql.join(
         userIds.map((id) => sql`${id}`),
         sql`, `,
       )})
         AND (${scope === 'all' ? sql`true` : sql`o.path IS NOT NULL AND ${inScope(sql`o.path`, scope)}`})`);
    if (reachable.rows.length !== userIds.length) throw forbidden('部分接收人不在您的管理范围内');
    await notify(tx, cipher, { userIds, title: input.title, body: input.body });
    await recordAudit(tx, ctx, {
      action: 'notification.sent',
      entityType: 'notification',
      summary: { after: { title: input.title, recipients: userIds.length } },
    });
    return { sent: userIds.length };
  });
}

export async function listInbox(
  db: Db,
  ctx: RequestContext,
  page: { page: number; pageSize: number },
): Promise<{ items: Notification[]; total: number; unread: number }> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const [counts] = await tx
      .select({
        total: sql<number>`count(*)::int`,
        unread: sql<number>`count(*) FILTER (WHERE ${notifications.readAt} IS NULL)::int`,
      })
      .from(notifications)
      .where(eq(notifications.userId, actor.userId));
    const rows = await tx
      .select()
      .from(notifications)
      .where(eq(notifications.userId, actor.userId))
      .orderBy(desc(notifications.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize);
    return {
      total: counts?.total ?? 0,
      unread: counts?.unread ?? 0,
      items: rows.map((r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
      })),
    };
  });
}

export async function markRead(db: Db, ctx: RequestContext, id: number | 'all'): Promise<void> {
  const actor = requireActor(ctx);
  await db.transaction(async (tx) => {
    const conditions = [eq(notifications.userId, actor.userId), isNull(notifications.readAt)];
    if (id !== 'all') {
      const [row] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)));
      if (!row) throw notFound('通知');
      conditions.push(eq(notifications.id, id));
    }
    await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(...conditions));
  });
}

/** Delivers due outbox messages; a failure is retried with a growing delay, up to MAX_SMS_ATTEMPTS. */
export async function deliverOutbox(
  db: Db,
  cipher: DataCipher,
  sender: SmsSender,
  limit = 50,
): Promise<{ sent: number; failed: number }> {
  const due = await db
    .select()
    .from(notificationOutbox)
    // The database's clock decides what is due: it wrote next_attempt_at, with finer precision than a JS Date.
    .where(and(eq(notificationOutbox.status, 'pending'), lte(notificationOutbox.nextAttemptAt, sql`now()`)))
    .orderBy(asc(notificationOutbox.id))
    .limit(limit);
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    // Claim the row first, so a second server process does not send it too.
    const claimed = await db
      .update(notificationOutbox)
      .set({ status: 'sending', attempts: message.attempts + 1 })
      .where(and(eq(notificationOutbox.id, message.id), eq(notificationOutbox.status, 'pending')))
      .returning({ id: notificationOutbox.id });
    if (claimed.length === 0) continue;
    try {
      const phone = cipher.decrypt(message.recipientEnc ?? '');
      await sender.send(phone, message.body ? `${message.title}：${message.body}` : message.title);
      await db
        .update(notificationOutbox)
        .set({ status: 'sent', sentAt: new Date(), lastError: null })
        .where(eq(notificationOutbox.id, message.id));
      sent += 1;
    } catch (error) {
      const attempts = message.attempts + 1;
      const giveUp = attempts >= MAX_SMS_ATTEMPTS;
      await db
        .update(notificationOutbox)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lastError: String((error as Error).message ?? error).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + 2 ** attempts * 30_000),
        })
        .where(eq(notificationOutbox.id, message.id));
      failed += 1;
    }
  }
  return { sent, failed };
}

export async function outboxStatus(db: Db, ids: number[]) {
  return db.select().from(notificationOutbox).where(inArray(notificationOutbox.id, ids));
}
