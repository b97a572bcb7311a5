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

/**
 * 帮扶对象: a household helped under a village (or community) org. The head's ID number and phone are
 * personal data: encrypted at rest with a keyed hash beside them, shown masked. Subtree filters join the
 * org and scan its path index.
 */
export const pairingHouseholds = pgTable(
  'pairing_households',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    headName: text('head_name').notNull(),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    address: text('address').notNull(),
    peopleCount: integer('people_count').notNull(),
    situations: jsonb('situations').$type<string[]>().notNull(),
    note: text('note'),
    /** The household's agreement to be helped; no pairing without it. */
    consentedOn: date('consented_on'),
    consentWay: text('consent_way'),
    consentRecordedByName: text('consent_recorded_by_name'),
    consentNote: text('consent_note'),
    consentRecordedBy: integer('consent_recorded_by').references(() => users.id),
    /** Out of the programme (stable, moved, died): kept with its history, paired and visited no more. */
    closedOn: date('closed_on'),
    closeReason: text('close_reason'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pairing_households_org_idx').on(t.orgId, t.headName),
    index('pairing_households_tenant_idx').on(t.tenantOrgId),
    index('pairing_households_id_number_idx').on(t.idNumberHash),
  ],
);

/** 结对: a helper (member or cadre on record) paired with a household for a period. */
export const pairings = pgTable(
  'pairings',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    householdId: integer('household_id')
      .notNull()
      .references(() => pairingHouseholds.id),
    helperPersonId: integer('helper_person_id')
      .notNull()
      .references(() => persons.id),
    /** member / cadre, as the helper stood when paired. */
    helperRole: text('helper_role').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    endNote: text('end_note'),
    endedBy: integer('ended_by').references(() => users.id),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pairings_household_idx').on(t.householdId),
    index('pairings_helper_idx').on(t.helperPersonId),
    // One open pairing per helper and household; two requests at once cannot both open one.
    uniqueIndex('pairings_open_uq')
      .on(t.householdId, t.helperPersonId)
      .where(sql`${t.endedOn} IS NULL`),
  ],
);

/** 走访: a helper's visit to a paired household, with the help given; a wrong one is voided, not erased. */
export const pairingVisits = pgTable(
  'pairing_visits',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    pairingId: integer('pairing_id')
      .notNull()
      .references(() => pairings.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => pairingHouseholds.id),
    visitorPersonId: integer('visitor_person_id')
      .notNull()
      .references(() => persons.id),
    visitedOn: date('visited_on').notNull(),
    notes: text('notes').notNull(),
    helpKinds: jsonb('help_kinds').$type<string[]>().notNull(),
    moneyFen: integer('money_fen').notNull().default(0),
    goodsFen: integer('goods_fen').notNull().default(0),
    goodsDescription: text('goods_description'),
    /** Logged by the visitor on the phone (true) or by staff for them. */
    bySelf: boolean('by_self').notNull().default(false),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedBy: integer('voided_by').references(() => users.id),
    voidReason: text('void_reason'),
  },
  (t) => [
    index('pairing_visits_household_idx').on(t.householdId, t.visitedOn),
    index('pairing_visits_visitor_idx').on(t.visitorPersonId, t.visitedOn),
    index('pairing_visits_tenant_idx').on(t.tenantOrgId, t.visitedOn),
  ],
);

/**
 * 互助金 ledger of an org: contributions in (from whom) and grants out (to a household, what for, approved
 * by whom). Append-only; the balance is the sum.
 */
export const mutualAidEntries = pgTable(
  'mutual_aid_entries',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind').notNull(),
    amountFen: integer('amount_fen').notNull(),
    occurredOn: date('occurred_on').notNull(),
    contributorName: text('contributor_name'),
    contributorPersonId: integer('contributor_person_id').references(() => persons.id),
    householdId: integer('household_id').references(() => pairingHouseholds.id),
    purpose: text('purpose'),
    approvedBy: text('approved_by'),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mutual_aid_entries_org_idx').on(t.orgId, t.occurredOn),
    index('mutual_aid_entries_household_idx').on(t.householdId),
  ],
);
