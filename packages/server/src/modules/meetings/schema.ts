import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';

/** A kind of meeting an org adds for itself and everything below it (e.g. 红色星期六). */
export const customMeetingKinds = pgTable(
  'custom_meeting_kinds',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    key: text('key').notNull(),
    label: text('label').notNull(),
    /** Who is expected: all_members, committee, group (org-life meeting-kinds). */
    attendeeScope: text('attendee_scope').notNull().default('all_members'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('custom_meeting_kinds_uq').on(t.orgId, t.key)],
);

/**
 * A meeting or activity of an org (三会一课, 主题党日, 组织生活会, 民主评议…): planned → held → closed, or
 * cancelled. Closed means minutes and every expected attendee marked (L1, L3); a closed meeting is
 * locked, and a later change is an amendment.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    groupId: integer('group_id').references(() => orgs.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    plannedOn: date('planned_on').notNull(),
    startsAt: text('starts_at'),
    place: text('place'),
    agenda: text('agenda'),
    state: text('state').notNull().default('planned'),
    heldOn: date('held_on'),
    /** L3: place, host, recorder, topics, decisions and any vote. */
    minutes: jsonb('minutes'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: integer('closed_by').references(() => users.id),
    /** SHA-256 of the closed minutes and attendance, also written into the audit chain. */
    minutesHash: text('minutes_hash'),
    /** The secret in the sign-in QR code; sign-in works only while the meeting is open for it. */
    signInToken: text('sign_in_token').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_org_idx').on(t.orgId, t.plannedOn),
    index('meetings_tenant_kind_idx').on(t.tenantOrgId, t.kind, t.heldOn),
    uniqueIndex('meetings_sign_in_token_uq').on(t.signInToken),
  ],
);

/**
 * Who was expected (fixed when the meeting is planned, from its kind) and how each attended. A mobile member
 * signing in at the inflow org's meeting is a guest row (`guest`), not expected.
 */
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    expected: boolean('expected').notNull().default(true),
    guest: boolean('guest').notNull().default(false),
    /** present / absent / excused; null until marked. */
    mark: text('mark'),
    reason: text('reason'),
    /** `self` (signed in with the QR code), `secretary` (marked by hand) or `amendment` (corrected once closed). */
    markedVia: text('marked_via'),
    markedAt: timestamp('marked_at', { withTimezone: true }),
    markedBy: integer('marked_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('meeting_attendees_uq').on(t.meetingId, t.personId),
    index('meeting_attendees_person_idx').on(t.personId),
  ],
);

/** A change to a closed meeting: what it was, what it became, and why (audited too). */
export const meetingAmendments = pgTable(
  'meeting_amendments',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    reason: text('reason').notNull(),
    before: jsonb('before').notNull(),
    after: jsonb('after').notNull(),
    amendedBy: integer('amended_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_amendments_meeting_idx').on(t.meetingId)],
);

/** Stricter local rules an org sets for everything below it (a lecture every quarter, a fixed theme day). */
export const localMeetingRules = pgTable(
  'local_meeting_rules',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind').notNull(),
    per: text('per').notNull(),
    minCount: integer('min_count').notNull().default(1),
    fixedDay: integer('fixed_day'),
    label: text('label'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('local_meeting_rules_uq')
      .on(t.orgId, t.kind)
      .where(sql`${t.endedAt} IS NULL`),
  ],
);
