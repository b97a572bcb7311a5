import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../users/schema';

/** The in-app inbox: one row per recipient. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Messages to deliver outside the app (SMS), written in the same transaction as the change that caused
 * them and delivered afterwards, so a rolled-back change never sends anything.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: serial('id').primaryKey(),
    channel: text('channel').notNull(),
    userId: integer('user_id').references(() => users.id),
    /** Encrypted recipient address (a phone number is personal data). */
    recipientEnc: text('recipient_enc'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('notification_outbox_pending_idx').on(t.status, t.nextAttemptAt)],
);

/**
 * When a reminder was last sent, by a key naming what it is about (a person, a duty, a due date), so
 * periodic runs remind at most once a period however often they run.
 */
export const reminderLog = pgTable('reminder_log', {
  key: text('key').primaryKey(),
  lastSentOn: date('last_sent_on').notNull(),
});
