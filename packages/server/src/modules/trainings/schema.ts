import {
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';

/** A training course (培训班) held by an org for an audience: village cadres, candidates, members… */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    /** The organizer; its subtree is where the trainees come from and who may see the course. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    audience: text('audience').notNull(),
    plannedHours: doublePrecision('planned_hours').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    place: text('place'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_courses_org_idx').on(t.orgId, t.startsOn),
    index('training_courses_tenant_idx').on(t.tenantOrgId, t.startsOn),
  ],
);

/** One class of a course on a day, with its class hours (学时). */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    heldOn: date('held_on').notNull(),
    hours: doublePrecision('hours').notNull(),
    topic: text('topic').notNull(),
    teacher: text('teacher'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_course_idx').on(t.courseId, t.heldOn)],
);

/** A trainee on a course's roster. */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    enrolledBy: integer('enrolled_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_enrolments_uq').on(t.courseId, t.personId),
    index('training_enrolments_person_idx').on(t.personId),
  ],
);

/** A trainee's mark at a session (出席 / 缺席 / 请假); present earns the session's class hours. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    tenantOrgId: integer('tenant_org_id').notNull(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    mark: text('mark').notNull(),
    reason: text('reason'),
    markedBy: integer('marked_by').references(() => users.id),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.personId] }),
    index('training_attendance_person_idx').on(t.personId),
  ],
);
