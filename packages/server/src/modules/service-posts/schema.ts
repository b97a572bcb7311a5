import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Recurrence } from '@jiceng/core';
import { bytea } from '../../db/bytea';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';

const hours = (name: string) => numeric(name, { precision: 4, scale: 1, mode: 'number' });

/** A volunteer post (公益岗位, 党员责任区, 党员示范岗) an org publishes with a number of places. */
export const servicePosts = pgTable(
  'service_posts',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    place: text('place'),
    capacity: integer('capacity').notNull(),
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    /** open / closed. */
    state: text('state').notNull().default('open'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_posts_org_idx').on(t.orgId, t.state),
    index('service_posts_tenant_idx').on(t.tenantOrgId),
  ],
);

/** A member's claim of a post: pending → approved / refused; withdrawn by the member, ended by the branch. */
export const servicePostClaims = pgTable(
  'service_post_claims',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    postId: integer('post_id')
      .notNull()
      .references(() => servicePosts.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The member's org when claiming: the branch that decides and whose assessment counts the claim. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    state: text('state').notNull().default('pending'),
    note: text('note'),
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Ended by the branch (the service is over) or withdrawn by the member. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_post_claims_post_idx').on(t.postId, t.state),
    index('service_post_claims_person_idx').on(t.personId),
    index('service_post_claims_org_idx').on(t.orgId, t.state),
    // A member holds at most one live claim of a post.
    uniqueIndex('service_post_claims_live_uq')
      .on(t.postId, t.personId)
      .where(sql`${t.state} IN ('pending', 'approved')`),
  ],
);

/** Hours served on a claimed post: logged by the member (waits for the branch) or by the branch (confirmed). */
export const serviceHours = pgTable(
  'service_hours',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => servicePostClaims.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    workedOn: date('worked_on').notNull(),
    hours: hours('hours').notNull(),
    note: text('note'),
    /** pending / confirmed / rejected. */
    state: text('state').notNull(),
    loggedByMember: boolean('logged_by_member').notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_hours_claim_idx').on(t.claimId),
    index('service_hours_person_idx').on(t.personId, t.workedOn),
    index('service_hours_org_idx').on(t.orgId, t.state),
  ],
);

/** 党员攻坚组: a team of members under a leader working towards a goal. */
export const taskForces = pgTable(
  'task_forces',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    name: text('name').notNull(),
    goal: text('goal').notNull(),
    leaderPersonId: integer('leader_person_id')
      .notNull()
      .references(() => persons.id),
    /** active / completed. */
    state: text('state').notNull().default('active'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_forces_org_idx').on(t.orgId)],
);

export const taskForceMembers = pgTable(
  'task_force_members',
  {
    taskForceId: integer('task_force_id')
      .notNull()
      .references(() => taskForces.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (t) => [
    primaryKey({ columns: [t.taskForceId, t.personId] }),
    index('task_force_members_person_idx').on(t.personId),
  ],
);

export const taskForceTasks = pgTable(
  'task_force_tasks',
  {
    id: serial('id').primaryKey(),
    taskForceId: integer('task_force_id')
      .notNull()
      .references(() => taskForces.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on'),
    assigneePersonId: integer('assignee_person_id').references(() => persons.id),
    progress: integer('progress').notNull().default(0),
    done: boolean('done').notNull().default(false),
    progressNote: text('progress_note'),
    updatedBy: integer('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_force_tasks_force_idx').on(t.taskForceId)],
);

/** A recurring activity (e.g. 红色星期六 on the first Saturday of each month) and the hours it credits. */
export const activitySeries = pgTable(
  'activity_series',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    description: text('description'),
    place: text('place').notNull(),
    recurrence: jsonb('recurrence').$type<Recurrence>().notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    hoursCredited: hours('hours_credited').notNull(),
    capacity: integer('capacity'),
    /** active / ended. */
    state: text('state').notNull().default('active'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_series_org_idx').on(t.orgId)],
);

/** One date of a series, generated from its rule; cancelled with a reason rather than deleted. */
export const activityOccurrences = pgTable(
  'activity_occurrences',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    seriesId: integer('series_id')
      .notNull()
      .references(() => activitySeries.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    heldOn: date('held_on').notNull(),
    /** planned / cancelled. */
    state: text('state').notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('activity_occurrences_series_day_uq').on(t.seriesId, t.heldOn),
    index('activity_occurrences_org_day_idx').on(t.orgId, t.heldOn),
  ],
);

/** A member signed up for (or marked at) an occurrence, with the attendance mark and hours credited. */
export const activitySignups = pgTable(
  'activity_signups',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    occurrenceId: integer('occurrence_id')
      .notNull()
      .references(() => activityOccurrences.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** False for someone the branch marked present without a sign-up. */
    signedUp: boolean('signed_up').notNull(),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }),
    /** present / absent; null until the branch marks it. */
    mark: text('mark'),
    hours: hours('hours').notNull().default(0),
    markedBy: integer('marked_by').references(() => users.id),
    markedAt: timestamp('marked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('activity_signups_uq').on(t.occurrenceId, t.personId),
    index('activity_signups_person_idx').on(t.personId),
  ],
);

/** A photo of an occurrence, kept in the database (≤ 2 MB, JPEG/PNG/WebP by its first bytes). */
export const activityPhotos = pgTable(
  'activity_photos',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    occurrenceId: integer('occurrence_id')
      .notNull()
      .references(() => activityOccurrences.id),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activity_photos_occurrence_idx').on(t.occurrenceId)],
);
