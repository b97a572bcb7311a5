import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
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

/** A member's declared and verified base (dues.md F10); rows are never updated, the latest applies. */
export const duesBases = pgTable(
  'dues_bases',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    year: integer('year').notNull(),
    personKind: text('person_kind').notNull(),
    monthlyIncomeFen: integer('monthly_income_fen'),
    fixedAmountFen: integer('fixed_amount_fen'),
    /** `YYYY-MM`: a pay change applies from the month the new pay is first received. */
    effectiveFromMonth: text('effective_from_month').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dues_bases_person_idx').on(t.personId, t.effectiveFromMonth)],
);

/** F7: a branch decision, approved above, to pay less or nothing for some months. */
export const duesHardships = pgTable(
  'dues_hardships',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    fromMonth: text('from_month').notNull(),
    toMonth: text('to_month').notNull(),
    reducedAmountFen: integer('reduced_amount_fen').notNull(),
    reason: text('reason').notNull(),
    decidedOn: date('decided_on').notNull(),
    approvedOn: date('approved_on'),
    approvedByOrgName: text('approved_by_org_name').notNull(),
    /** The approving document's number, when there is one. */
    decisionRef: text('decision_ref'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dues_hardships_person_idx').on(t.personId)],
);

/** F5: the farmers' monthly amount a branch sets (20–100 fen). */
export const branchDuesSettings = pgTable('branch_dues_settings', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  farmerAmountFen: integer('farmer_amount_fen').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The monthly ledger: what each member owes for a month, generated per month (bulk) from bases, hardship
 * decisions and the rule set in force. Regenerating a month replaces only unpaid rows' amounts.
 */
export const duesDue = pgTable(
  'dues_due',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    month: text('month').notNull(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    /** The member's branch when the month was generated; reports group by it. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** Months covered by a hardship decision (F7) or exempt. */
    hardship: boolean('hardship').notNull().default(false),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.month] }),
    index('dues_due_path_month_idx').using('btree', t.orgPath.op('text_pattern_ops'), t.month),
    index('dues_due_tenant_month_idx').on(t.tenantOrgId, t.month),
  ],
);

/**
 * Payments, one row per member and month (F11: arrears are paid back per month); a correction is a
 * reversal row (`reverses_id`), never an edit — `active` is derived from the reversals in the same
 * transaction so the database itself forbids paying one month twice.
 */
export const duesPayments = pgTable(
  'dues_payments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    month: text('month').notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** regular / reversal / voluntary (F8, recorded apart). */
    kind: text('kind').notNull(),
    reversesId: integer('reverses_id'),
    active: boolean('active').notNull().default(true),
    method: text('method'),
    paidOn: date('paid_on').notNull(),
    receiptNumber: text('receipt_number'),
    reason: text('reason'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dues_payments_month_uq')
      .on(t.personId, t.month)
      .where(sql`${t.kind} = 'regular' AND ${t.active}`),
    index('dues_payments_path_month_idx').using('btree', t.orgPath.op('text_pattern_ops'), t.month),
    index('dues_payments_person_idx').on(t.personId, t.month),
  ],
);

/** Dues a branch hands up to its committee, with the record of it. */
export const duesRemittances = pgTable(
  'dues_remittances',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    fromOrgId: integer('from_org_id')
      .notNull()
      .references(() => orgs.id),
    toOrgId: integer('to_org_id')
      .notNull()
      .references(() => orgs.id),
    /** `YYYY-MM`, or a period such as `2026-Q4`. */
    period: text('period').notNull(),
    amountFen: integer('amount_fen').notNull(),
    centralVoluntaryFen: integer('central_voluntary_fen').notNull().default(0),
    remittedOn: date('remitted_on').notNull(),
    reference: text('reference'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dues_remittances_from_idx').on(t.fromOrgId, t.period)],
);

/**
 * Due against collected per org and month, kept by statement triggers on dues_due and dues_payments
 * (migration 0010) in the same transaction as every write, so reports read a few rows per branch instead
 * of every member's. Keyed by org id, not path: a moved org takes its history along without a rewrite.
 */
export const duesMonthTotals = pgTable(
  'dues_month_totals',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    month: text('month').notNull(),
    dueFen: bigint('due_fen', { mode: 'number' }).notNull().default(0),
    members: integer('members').notNull().default(0),
    collectedFen: bigint('collected_fen', { mode: 'number' }).notNull().default(0),
    paidMembers: integer('paid_members').notNull().default(0),
    voluntaryFen: bigint('voluntary_fen', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month] })],
);

/**
 * F10: a member's own declaration of the year's income, waiting for the branch to verify (核定) it into a
 * base or send it back with a reason.
 */
export const duesDeclarations = pgTable(
  'dues_declarations',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    year: integer('year').notNull(),
    monthlyIncomeFen: integer('monthly_income_fen').notNull(),
    effectiveFromMonth: text('effective_from_month').notNull(),
    note: text('note'),
    /** pending / verified / returned. */
    status: text('status').notNull().default('pending'),
    baseId: integer('base_id').references(() => duesBases.id),
    decisionReason: text('decision_reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dues_declarations_person_idx').on(t.personId, t.status)],
);
