import {
  boolean,
  date,
  index,
  integer,
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
 * 驻村干部: a cadre assigned to a village in a mode (帮/联/驻) for a period. The cadre is a person from the
 * archives or an outside cadre sent by a county department (name, work unit, post, encrypted phone).
 */
export const residentCadreAssignments = pgTable(
  'resident_cadre_assignments',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    /** The village-level org the cadre works in. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    personId: integer('person_id').references(() => persons.id),
    /** The name as dispatched (an archive person's name at the time). */
    cadreName: text('cadre_name').notNull(),
    /** Who the cadre is for the overlap rule (core cadreKey): the person, the phone hash, or name and unit. */
    cadreKey: text('cadre_key').notNull(),
    workUnit: text('work_unit').notNull(),
    post: text('post'),
    /** Outside cadres only: AES-256-GCM ciphertext and keyed hash, like the persons' phone. */
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    mode: text('mode').notNull(),
    firstSecretary: boolean('first_secretary').notNull().default(false),
    dispatchedByOrgId: integer('dispatched_by_org_id')
      .notNull()
      .references(() => orgs.id),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to'),
    state: text('state').notNull().default('active'),
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('resident_cadre_assignments_org_idx').on(t.orgId),
    index('resident_cadre_assignments_tenant_idx').on(t.tenantOrgId),
    index('resident_cadre_assignments_key_idx').on(t.cadreKey),
    index('resident_cadre_assignments_person_idx').on(t.personId),
  ],
);

/** A day (or half day) the cadre was in the village, with what was done. */
export const residentCadrePresence = pgTable(
  'resident_cadre_presence',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => residentCadreAssignments.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    date: date('date').notNull(),
    span: text('span').notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resident_cadre_presence_day_uq').on(t.assignmentId, t.date),
    index('resident_cadre_presence_org_date_idx').on(t.orgId, t.date),
  ],
);

/** A task the cadre carries out in the village, with its due date and result. */
export const residentCadreTasks = pgTable(
  'resident_cadre_tasks',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => residentCadreAssignments.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    dueOn: date('due_on'),
    state: text('state').notNull().default('open'),
    result: text('result'),
    note: text('note'),
    closedOn: date('closed_on'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resident_cadre_tasks_assignment_idx').on(t.assignmentId)],
);

/** A committee's minimum presence days a month for stationed cadres in its tree (default in core). */
export const residentCadreSettings = pgTable('resident_cadre_settings', {
  orgId: integer('org_id')
    .primaryKey()
    .references(() => orgs.id),
  minPresenceDays: integer('min_presence_days').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
