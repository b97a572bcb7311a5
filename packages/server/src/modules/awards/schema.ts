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

/** An honour on record (先进基层党组织, 优秀共产党员, 优秀党务工作者…): to an org or to a member. */
export const awards = pgTable(
  'awards',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    kind: text('kind').notNull(),
    /** Who conferred it and at what level (national … township). */
    level: text('level').notNull(),
    conferredBy: text('conferred_by').notNull(),
    conferredOn: date('conferred_on').notNull(),
    year: integer('year').notNull(),
    orgId: integer('org_id').references(() => orgs.id),
    personId: integer('person_id').references(() => persons.id),
    docRef: text('doc_ref'),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** A wrong record is revoked with a reason, never deleted; a revoked award earns no points. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: integer('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('awards_org_idx').on(t.orgId), index('awards_person_idx').on(t.personId)],
);

/** The yearly 五个好 evaluation of an org against its five standards, with the evidence for each. */
export const fiveGoodEvaluations = pgTable(
  'five_good_evaluations',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    /** Per standard: met or not, and the evidence (suggested from Jiceng's data, confirmed by hand). */
    standards: jsonb('standards').$type<Record<string, { met: boolean; evidence: string }>>().notNull(),
    /** awarded / not_awarded. */
    result: text('result').notNull(),
    decidedOn: date('decided_on').notNull(),
    decidedByOrgName: text('decided_by_org_name').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('five_good_org_year_uq').on(t.orgId, t.year)],
);

/** A committee's seniority reward rule (年功奖励), as data: tiers by party age and years of service. */
export const seniorityRules = pgTable('seniority_rules', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  rule: jsonb('rule').$type<unknown>().notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An allowance paid to a village cadre for a year (误工补贴, 基本报酬…), in integer fen. */
export const cadreAllowances = pgTable(
  'cadre_allowances',
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
    kind: text('kind').notNull(),
    amountFen: integer('amount_fen').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cadre_allowances_uq').on(t.personId, t.year, t.kind)],
);

/**
 * Years a person served as a village cadre before the posts Jiceng records (任职记录之前的任职年限),
 * entered by hand; the seniority reward adds the years of the village posts on record.
 */
export const cadreServiceRecords = pgTable('cadre_service_records', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => persons.id),
  tenantOrgId: integer('tenant_org_id').notNull(),
  priorYears: integer('prior_years').notNull(),
  note: text('note'),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
