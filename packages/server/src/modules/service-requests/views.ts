import {
  deadlineStatus,
  maskPhone,
  SERVICE_EVENT_LABELS,
  SERVICE_REQUEST_KIND_LABELS,
  SERVICE_REQUEST_STATE_LABELS,
  type ServiceAssigneeKind,
  type ServiceDeadlineStatusView,
  type ServiceEvent,
  type ServiceEventAction,
  type ServiceRequestChannel,
  type ServiceRequestItem,
  type ServiceRequestKind,
  type ServiceRequestState,
  type Satisfaction,
} from '@jiceng/core';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { serviceRequestEvents, serviceRequests } from './schema';
import type { ServiceRequestRow } from './access';

export const SERVICE_DESK_LABEL = '党员服务社';

const escalatedOrgs = alias(orgs, 'escalated_org');
const assignees = alias(persons, 'assignee');

/** The deadline of a request as a list shows it at `now`. */
export function deadlineView(row: ServiceRequestRow, now: Date): ServiceDeadlineStatusView {
  const status = deadlineStatus({ ...row, state: row.state as ServiceRequestState }, now);
  switch (status.kind) {
    case 'due':
      return {
        status: 'due',
        deadline: status.deadline,
        at: status.at.toISOString(),
        minutes: status.minutesLeft,
      };
    case 'overdue':
      return {
        status: 'overdue',
        deadline: status.deadline,
        at: status.at.toISOString(),
        minutes: status.minutesOverdue,
      };
    default:
      return { status: status.kind, deadline: null, at: null, minutes: null };
  }
}

export interface ItemRow {
  r: ServiceRequestRow;
  orgName: string;
  escalatedToOrgName: string | null;
  assigneeName: string | null;
}

/** Requests matching `where` (over service_requests and their org) as rows to show, in the given order. */
export async function selectItems(
  tx: Tx,
  where: SQL,
  options: { orderBy?: SQL[]; limit?: number; offset?: number } = {},
): Promise<ItemRow[]> {
  const query = tx
    .select({
      r: serviceRequests,
      orgName: orgs.name,
      escalatedToOrgName: escalatedOrgs.name,
      assigneeName: assignees.name,
    })
    .from(serviceRequests)
    .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
    .leftJoin(escalatedOrgs, eq(escalatedOrgs.id, serviceRequests.escalatedToOrgId))
    .leftJoin(assignees, eq(assignees.id, serviceRequests.assigneePersonId))
    .where(where)
    .orderBy(...(options.orderBy ?? [asc(serviceRequests.id)]))
    .$dynamic();
  if (options.limit !== undefined) query.limit(options.limit);
  if (options.offset !== undefined) query.offset(options.offset);
  return query;
}

/** One row as the API shows it; the phone masked unless `phone` says to show it in full. */
export function toItem(
  row: ItemRow,
  cipher: DataCipher,
  now: Date,
  phone: 'masked' | 'full' = 'masked',
): ServiceRequestItem {
  const { r } = row;
  const plainPhone = cipher.decrypt(r.contactPhoneEnc);
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    kind: r.kind as ServiceRequestKind,
    kindLabel: SERVICE_REQUEST_KIND_LABELS[r.kind as ServiceRequestKind] ?? r.kind,
    channel: r.channel as ServiceRequestChannel,
    state: r.state as ServiceRequestState,
    stateLabel: SERVICE_REQUEST_STATE_LABELS[r.state as ServiceRequestState] ?? r.state,
    orgId: r.orgId,
    orgName: row.orgName,
    text: r.text,
    contactName: r.contactName,
    contactPhone: phone === 'full' ? plainPhone : maskPhone(plainPhone),
    address: r.address,
    submittedAt: r.submittedAt.toISOString(),
    respondBy: r.respondBy.toISOString(),
    resolveBy: r.resolveBy.toISOString(),
    respondedAt: r.respondedAt?.toISOString() ?? null,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    assigneeKind: r.assigneeKind as ServiceAssigneeKind | null,
    assigneePersonId: r.assigneePersonId,
    assigneeName: r.assigneeKind === 'service_desk' ? SERVICE_DESK_LABEL : row.assigneeName,
    escalationLevel: r.escalationLevel,
    escalatedToOrgId: r.escalatedToOrgId,
    escalatedToOrgName: row.escalatedToOrgName,
    satisfaction: r.satisfaction as Satisfaction | null,
    deadline: deadlineView(r, now),
  };
}

const eventOrgs = alias(orgs, 'event_org');
const eventPersons = alias(persons, 'event_person');

/** A request's timeline, oldest first. */
export async function timelineOf(tx: Tx, requestId: number): Promise<ServiceEvent[]> {
  const rows = await tx
    .select({ e: serviceRequestEvents, toOrgName: eventOrgs.name, personName: eventPersons.name })
    .from(serviceRequestEvents)
    .leftJoin(eventOrgs, eq(eventOrgs.id, serviceRequestEvents.toOrgId))
    .leftJoin(eventPersons, eq(eventPersons.id, serviceRequestEvents.personId))
    .where(eq(serviceRequestEvents.requestId, requestId))
    .orderBy(asc(serviceRequestEvents.at), asc(serviceRequestEvents.id));
  return rows.map(({ e, toOrgName, personName }) => ({
    at: e.at.toISOString(),
    action: e.action as ServiceEventAction,
    actionLabel: SERVICE_EVENT_LABELS[e.action as ServiceEventAction] ?? e.action,
    note: e.note,
    actorName: e.actorName,
    toOrgName,
    personName,
  }));
}

/** Appends a step to a request's timeline. */
export async function addEvent(
  tx: Tx,
  event: {
    requestId: number;
    at: Date;
    action: ServiceEventAction;
    note?: string | null;
    actorUserId?: number | null;
    actorName?: string | null;
    toOrgId?: number | null;
    personId?: number | null;
  },
): Promise<void> {
  await tx.insert(serviceRequestEvents).values({
    requestId: event.requestId,
    at: event.at,
    action: event.action,
    note: event.note ?? null,
    actorUserId: event.actorUserId ?? null,
    actorName: event.actorName ?? null,
    toOrgId: event.toOrgId ?? null,
    personId: event.personId ?? null,
  });
}

/** SQL: the request is open and past a deadline it has not met, at `now`. */
export function overdueSql(now: Date): SQL {
  return sql`(${serviceRequests.state} IN ('submitted', 'assigned', 'responded')
    AND (${serviceRequests.resolveBy} <= ${now.toISOString()}
      OR (${serviceRequests.respondedAt} IS NULL AND ${serviceRequests.respondBy} <= ${now.toISOString()})))`;
}
