import { sql } from 'drizzle-orm';
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
import { persons } from '../persons/schema';
import { users } from '../users/schema';

/**
 * 服务诉求: a resident's (or a member's) request to a village or community, its deadlines fixed when it
 * arrives, who handles it and how it ended. The resident's phone is stored encrypted with a lookup hash.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: serial('id').primaryKey(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    /** What the resident holds to follow the request and rate it; unguessable, unique. */
    trackingCode: text('tracking_code').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    text: text('text').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhoneEnc: text('contact_phone_enc').notNull(),
    contactPhoneHash: text('contact_phone_hash').notNull(),
    address: text('address'),
    state: text('state').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    respondBy: timestamp('respond_by', { withTimezone: true }).notNull(),
    resolveBy: timestamp('resolve_by', { withTimezone: true }).notNull(),
    assigneeKind: text('assignee_kind'),
    assigneePersonId: integer('assignee_person_id').references(() => persons.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The member credited with the resolution (points); null when the service desk resolved it. */
    resolvedByPersonId: integer('resolved_by_person_id').references(() => persons.id),
    resolution: text('resolution'),
    /** Why it was rejected or withdrawn. */
    closeReason: text('close_reason'),
    satisfaction: text('satisfaction'),
    satisfactionComment: text('satisfaction_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** Deadlines missed so far, each one sending the request one org further up (0–2). */
    escalationLevel: integer('escalation_level').notNull().default(0),
    escalatedToOrgId: integer('escalated_to_org_id').references(() => orgs.id),
    /** The staff account that typed it in (hotline); null for the public form. */
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_requests_tracking_uq').on(t.trackingCode),
    index('service_requests_org_idx').on(t.orgId, t.submittedAt),
    index('service_requests_tenant_idx').on(t.tenantOrgId, t.submittedAt),
    index('service_requests_assignee_idx').on(t.assigneePersonId, t.state),
    index('service_requests_escalated_idx').on(t.escalatedToOrgId),
    // The escalation run reads only the open requests, by their next deadline.
    index('service_requests_open_idx')
      .on(t.respondBy, t.resolveBy)
      .where(sql`${t.state} IN ('submitted', 'assigned', 'responded')`),
  ],
);

/** The timeline of a request: every step, escalation and rating, append-only. */
export const serviceRequestEvents = pgTable(
  'service_request_events',
  {
    id: serial('id').primaryKey(),
    requestId: integer('request_id')
      .notNull()
      .references(() => serviceRequests.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    note: text('note'),
    /** The account that acted; null for the resident and the escalation run. */
    actorUserId: integer('actor_user_id').references(() => users.id),
    actorName: text('actor_name'),
    /** Escalations: the org it went to. */
    toOrgId: integer('to_org_id').references(() => orgs.id),
    /** Assignments: the member it went to. */
    personId: integer('person_id').references(() => persons.id),
  },
  (t) => [index('service_request_events_request_idx').on(t.requestId, t.at)],
);

/** An org's own deadlines for a kind; orgs below follow them unless they set their own. */
export const serviceDeadlineSettings = pgTable(
  'service_deadline_settings',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind').notNull(),
    tenantOrgId: integer('tenant_org_id').notNull(),
    responseMinutes: integer('response_minutes').notNull(),
    resolveMinutes: integer('resolve_minutes').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind] })],
);
