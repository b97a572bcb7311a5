import {
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

/** A term-renewal election (换届选举, L13–L16) as recorded, with the tally core computed. */
export const elections = pgTable(
  'elections',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    heldOn: date('held_on').notNull(),
    entitled: integer('entitled').notNull(),
    present: integer('present').notNull(),
    seats: integer('seats').notNull(),
    termYears: integer('term_years').notNull(),
    /** Candidates with their votes, and the tally (elected, ties, empty seats). */
    candidates: jsonb('candidates').notNull(),
    tally: jsonb('tally').notNull(),
    /** The joint review the candidates passed, for village elections. */
    jointReviewId: integer('joint_review_id'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('elections_org_idx').on(t.orgId, t.heldOn)],
);

/** The departments that review village cadre candidates (村干部联审), per county (settable). */
export const jointReviewDepartments = pgTable(
  'joint_review_departments',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    key: text('key').notNull(),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('joint_review_departments_uq').on(t.orgId, t.key)],
);

/** Which department an account reviews for (a department's user sees its queue). */
export const jointReviewers = pgTable(
  'joint_reviewers',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => jointReviewDepartments.id),
  },
  (t) => [uniqueIndex('joint_reviewers_uq').on(t.userId, t.departmentId)],
);

/** A village's candidate list sent for joint review before its election. */
export const jointReviews = pgTable(
  'joint_reviews',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    /** Department ids the list goes to, fixed when it is sent. */
    departmentIds: integer('department_ids').array().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('joint_reviews_org_idx').on(t.orgId)],
);

export const jointReviewCandidates = pgTable(
  'joint_review_candidates',
  {
    id: serial('id').primaryKey(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => jointReviews.id),
    personId: integer('person_id').references(() => persons.id),
    name: text('name').notNull(),
    /** Encrypted when given: the departments check records by ID number. */
    idNumberEnc: text('id_number_enc'),
    post: text('post'),
  },
  (t) => [index('joint_review_candidates_review_idx').on(t.reviewId)],
);

export const jointReviewDecisions = pgTable(
  'joint_review_decisions',
  {
    id: serial('id').primaryKey(),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => jointReviewCandidates.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => jointReviewDepartments.id),
    decision: text('decision').notNull(),
    reason: text('reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('joint_review_decisions_uq').on(t.candidateId, t.departmentId)],
);
