import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { users } from '../users/schema';

/** The person record (党员电子档案). Stage and stage dates are derived from `person_events`. */
export const persons = pgTable(
  'persons',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    groupId: integer('group_id').references(() => orgs.id),
    /**
     * The org's materialized path, kept by database triggers (on insert, on a change of org, and when an
     * org moves): a subtree list is then one index range scan, already in order (collation "C").
     */
    orgPath: text('org_path')
      .notNull()
      .$defaultFn(() => ''),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    birthDate: date('birth_date').notNull(),
    ethnicity: text('ethnicity').notNull(),
    education: text('education').notNull(),
    personKind: text('person_kind').notNull(),
    occupation: text('occupation').notNull(),
    address: text('address'),
    /** AES-256-GCM ciphertext and keyed hash (id-number.md I10): the number is never stored in clear. */
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    /** Derived from events in the same transaction that writes them; never set directly. */
    stage: text('stage'),
    applicationDate: date('application_date'),
    activistDate: date('activist_date'),
    candidateDate: date('candidate_date'),
    admissionDate: date('admission_date'),
    conversionDate: date('conversion_date'),
    /** 党籍 (transfers.md T15): derived from `standing_changed` events; only `active` is counted (T14). */
    standing: text('standing').notNull().default('active'),
    standingSince: date('standing_since'),
    /** Lost contact (T10) since this date; derived from the lost-contact events, null once regained. */
    lostSince: date('lost_since'),
    /** The receipt of a letter to an org outside Jiceng came back: the member has left this install. */
    transferredOutOn: date('transferred_out_on'),
    /** The member's own account, when the branch has created one. */
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_id_number_uq').on(t.idNumberHash),
    index('persons_phone_idx').on(t.phoneHash),
    index('persons_org_idx').on(t.orgId, t.name),
    index('persons_org_path_idx').on(t.orgPath, t.name, t.id),
    index('persons_birth_idx').on(t.birthDate),
    index('persons_admission_idx').on(t.admissionDate),
    index('persons_tenant_stage_idx').on(t.tenantOrgId, t.stage),
    uniqueIndex('persons_user_uq').on(t.userId),
    index('persons_standing_idx').on(t.tenantOrgId, t.standing),
    // The default list (counted members, T14) as its own index, so its pages and counts stay index scans.
    index('persons_active_path_idx')
      .on(t.orgPath, t.name, t.id)
      .where(sql`${t.standing} = 'active' AND ${t.transferredOutOn} IS NULL`),
  ],
);

/** Append-only history of a person: stage steps now; transfers, standing changes and more later. */
export const personEvents = pgTable(
  'person_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    tenantOrgId: integer('tenant_org_id').notNull(),
    type: text('type').notNull(),
    occurredOn: date('occurred_on').notNull(),
    /** The org that decided or recorded it. */
    orgId: integer('org_id').references(() => orgs.id),
    recordedBy: integer('recorded_by').references(() => users.id),
    voidsEventId: integer('voids_event_id'),
    details: jsonb('details').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_events_person_idx').on(t.personId, t.occurredOn)],
);

/** A member's request to correct their own record; the branch approves or refuses it with a reason. */
export const personCorrections = pgTable(
  'person_corrections',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    field: text('field').notNull(),
    /** Encrypted: the requested value may be an ID number or a phone number. */
    requestedValueEnc: text('requested_value_enc').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_corrections_org_idx').on(t.orgId, t.status),
    index('person_corrections_person_idx').on(t.personId),
  ],
);
