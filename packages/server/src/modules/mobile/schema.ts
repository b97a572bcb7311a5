import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';

/**
 * A mobile member's outflow (T8, T9): the outflow org keeps the membership, the inflow org (in Jiceng or
 * named only) manages daily Party life while the member is away.
 */
export const outflows = pgTable(
  'outflows',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    /** The member's branch when the outflow was registered. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    inflowOrgId: integer('inflow_org_id').references(() => orgs.id),
    inflowOrgName: text('inflow_org_name').notNull(),
    destination: text('destination').notNull(),
    /** Encrypted: a phone number is personal data. */
    contactEnc: text('contact_enc').notNull(),
    cardNumber: text('card_number'),
    reason: text('reason'),
    outflowOn: date('outflow_on').notNull(),
    state: text('state').notNull(),
    confirmedOn: date('confirmed_on'),
    confirmedBy: integer('confirmed_by').references(() => users.id),
    returnedOn: date('returned_on'),
    lastContactOn: date('last_contact_on'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outflows_open_uq')
      .on(t.personId)
      .where(sql`${t.state} IN ('registered', 'confirmed')`),
    index('outflows_org_idx').on(t.orgId, t.state),
    index('outflows_inflow_idx').on(t.inflowOrgId, t.state),
  ],
);

/** What the inflow org (or the outflow org) records of a mobile member's Party life; both orgs see it. */
export const outflowActivities = pgTable(
  'outflow_activities',
  {
    id: serial('id').primaryKey(),
    outflowId: integer('outflow_id')
      .notNull()
      .references(() => outflows.id),
    occurredOn: date('occurred_on').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    note: text('note'),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outflow_activities_outflow_idx').on(t.outflowId, t.occurredOn)],
);
