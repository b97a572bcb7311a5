import { sql } from 'drizzle-orm';
import {
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

/**
 * A transfer of organizational relationship (组织关系转接) and its letter (T2, T3). `internal` runs between
 * two branches in Jiceng along `transfer_stops`; `outbound` goes to an org outside (printed, receipt
 * recorded by hand); `inbound` records a paper letter from outside.
 */
export const transfers = pgTable(
  'transfers',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    fromOrgId: integer('from_org_id').references(() => orgs.id),
    fromOrgName: text('from_org_name').notNull(),
    toOrgId: integer('to_org_id').references(() => orgs.id),
    toGroupId: integer('to_group_id').references(() => orgs.id),
    toOrgName: text('to_org_name').notNull(),
    toOrgAddress: text('to_org_address'),
    /** The committee that issues the letter and numbers it (T5, T6). */
    issuerOrgId: integer('issuer_org_id').references(() => orgs.id),
    letterNumber: text('letter_number'),
    validityDays: integer('validity_days').notNull(),
    issuedOn: date('issued_on'),
    expiresOn: date('expires_on'),
    /** T3: the month dues are paid up to, `YYYY-MM`. */
    duesPaidUpTo: text('dues_paid_up_to').notNull(),
    note: text('note'),
    lateStatement: text('late_statement'),
    refusedReason: text('refused_reason'),
    refusedByOrgId: integer('refused_by_org_id').references(() => orgs.id),
    refusedOn: date('refused_on'),
    receivedOn: date('received_on'),
    receiptReturnedOn: date('receipt_returned_on'),
    /** Letter numbers of earlier issues of this transfer, when an expired letter was re-issued. */
    previousNumbers: text('previous_numbers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // T7: one open transfer per person, held by the database against races.
    uniqueIndex('transfers_open_uq')
      .on(t.personId)
      .where(sql`${t.state} IN ('requested', 'issued')`),
    uniqueIndex('transfers_letter_uq')
      .on(t.issuerOrgId, t.letterNumber)
      .where(sql`${t.issuerOrgId} IS NOT NULL AND ${t.letterNumber} IS NOT NULL`),
    index('transfers_person_idx').on(t.personId),
    index('transfers_from_idx').on(t.fromOrgId),
    index('transfers_to_idx').on(t.toOrgId),
    index('transfers_tenant_state_idx').on(t.tenantOrgId, t.state),
  ],
);

/** The orgs a transfer passes, in order (transferPath of core), and what each has done. */
export const transferStops = pgTable(
  'transfer_stops',
  {
    id: serial('id').primaryKey(),
    transferId: integer('transfer_id')
      .notNull()
      .references(() => transfers.id),
    seq: integer('seq').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    role: text('role').notNull(),
    /** `waiting` (not its turn), `pending` (its turn), `done`, `refused`. */
    state: text('state').notNull(),
    actedOn: date('acted_on'),
    actedBy: integer('acted_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('transfer_stops_seq_uq').on(t.transferId, t.seq),
    index('transfer_stops_org_idx').on(t.orgId, t.state),
  ],
);

/** T2: one serial number per letter, a sequence per issuing org and year. */
export const letterSequences = pgTable(
  'letter_sequences',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);
