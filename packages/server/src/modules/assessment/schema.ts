import {
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
import { users } from '../users/schema';

/**
 * The items a committee assesses its branches on each month (支部考核), with their maximum scores and how
 * each is scored (a metric Jiceng computes, or by hand with evidence). The nearest committee's set applies.
 */
export const assessmentItems = pgTable(
  'assessment_items',
  {
    id: serial('id').primaryKey(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    maxScore: integer('max_score').notNull(),
    /** A metric key from core, or `manual`. */
    metric: text('metric').notNull(),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessment_items_org_key_uq').on(t.orgId, t.key)],
);

/** One branch's score on one item for one month: computed (with the metric's value) or given by hand. */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    branchId: integer('branch_id')
      .notNull()
      .references(() => orgs.id),
    month: text('month').notNull(),
    itemKey: text('item_key').notNull(),
    /** In tenths of a point, so 7.5 of 10 is exact. */
    scoreTenths: integer('score_tenths').notNull(),
    maxScore: integer('max_score').notNull(),
    /** auto / manual. */
    scoredHow: text('scored_how').notNull(),
    /** What the metric measured, in words ("应开展 3 次，已开展 2 次"). */
    basis: text('basis'),
    evidence: text('evidence'),
    scoredBy: integer('scored_by').references(() => users.id),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessment_scores_uq').on(t.branchId, t.month, t.itemKey),
    index('assessment_scores_month_idx').on(t.month),
  ],
);

/** A committee's monthly board once published: scores below it for that month no longer change. */
export const assessmentPublished = pgTable(
  'assessment_published',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    month: text('month').notNull(),
    publishedBy: integer('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] })],
);
