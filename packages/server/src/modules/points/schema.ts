import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
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

/** An org's own points rules (积分细则); everything below inherits them (core `resolvePointsRules`). */
export const pointsRules = pgTable(
  'points_rules',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    source: text('source').notNull(),
    qualifier: text('qualifier'),
    points: integer('points').notNull(),
    monthlyCap: integer('monthly_cap'),
    yearlyCap: integer('yearly_cap'),
    childMin: integer('child_min'),
    childMax: integer('child_max'),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('points_rules_org_key_uq').on(t.orgId, t.source, sql`coalesce(${t.qualifier}, '')`)],
);

/** Star thresholds and the board's ranking switch an org sets for itself and below (nearest wins). */
export const starSettings = pgTable('star_settings', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  /** Points for 2, 3, 4 and 5 stars. */
  minPoints: jsonb('min_points').$type<[number, number, number, number]>().notNull(),
  gradeCaps: jsonb('grade_caps').$type<Record<string, number>>().notNull(),
  /** A ranked list of individuals on the public board: off unless the branch turns it on (issue 9). */
  publicRanking: boolean('public_ranking').notNull().default(false),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Derived points: one row per record that earned (or cost) a member points, rewritten whole for a
 * person-year on recomputation (core `computePoints` is idempotent), so nothing is typed twice and a
 * corrected record changes its points.
 */
export const pointEntries = pgTable(
  'point_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The member's org when computed; boards group by it. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    month: text('month').notNull(),
    occurredOn: date('occurred_on').notNull(),
    source: text('source').notNull(),
    qualifier: text('qualifier'),
    ruleKey: text('rule_key').notNull(),
    /** Which org's rule applied (null: the install's default). */
    ruleOrgId: integer('rule_org_id'),
    units: integer('units').notNull(),
    rawPoints: integer('raw_points').notNull(),
    points: integer('points').notNull(),
    capped: boolean('capped').notNull(),
    refType: text('ref_type').notNull(),
    refId: bigint('ref_id', { mode: 'number' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('point_entries_ref_uq').on(t.personId, t.source, t.refType, t.refId),
    index('point_entries_person_year_idx').on(t.personId, t.year),
    index('point_entries_org_month_idx').on(t.orgId, t.month),
  ],
);

/** A member's claim for something outside Jiceng: member → branch approval, refused with a reason. */
export const pointsClaims = pgTable(
  'points_claims',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    occurredOn: date('occurred_on').notNull(),
    points: integer('points').notNull(),
    description: text('description').notNull(),
    evidence: text('evidence'),
    /** pending / approved / refused. */
    status: text('status').notNull().default('pending'),
    grantedPoints: integer('granted_points'),
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('points_claims_org_status_idx').on(t.orgId, t.status),
    index('points_claims_person_idx').on(t.personId),
  ],
);

/**
 * A deduction the branch recorded for a member's violation (违纪违规扣分). It holds no points: the violation
 * rule in force prices it on recomputation. A wrong record is revoked with a reason, never deleted, and a
 * revoked deduction costs nothing.
 */
export const pointsDeductions = pgTable(
  'points_deductions',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The member's org when recorded. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    occurredOn: date('occurred_on').notNull(),
    description: text('description').notNull(),
    /** The decision or document the deduction rests on (optional). */
    basis: text('basis'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: integer('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('points_deductions_person_idx').on(t.personId)],
);

/** A month whose points an org has closed (published): no claim for it any more, for the org and below. */
export const pointsClosedMonths = pgTable(
  'points_closed_months',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    month: text('month').notNull(),
    closedBy: integer('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] })],
);

/** A year's star rating once the branch confirms it (before that the rating is computed live). */
export const starRatings = pgTable(
  'star_ratings',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    stars: integer('stars').notNull(),
    points: integer('points').notNull(),
    reviewGrade: text('review_grade'),
    explanation: text('explanation').notNull(),
    confirmedBy: integer('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('star_ratings_person_year_uq').on(t.personId, t.year),
    index('star_ratings_org_year_idx').on(t.orgId, t.year),
  ],
);
