import {
  SERVICE_REQUEST_STATES,
  type ServiceRequestPage,
  type ServiceRequestsQuery,
  type ServiceRequestState,
} from '@jiceng/core';
import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { serviceRequests } from './schema';
import { overdueSql, selectItems, toItem } from './views';

const OPEN = sql`${serviceRequests.state} IN ('submitted', 'assigned', 'responded')`;

/**
 * The requests of an org's subtree, filtered, open ones first by their next deadline, then the newest; with
 * the subtree's counts by state, overdue and escalated.
 */
export async function listServiceRequests(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: ServiceRequestsQuery,
  now: Date,
): Promise<ServiceRequestPage> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const root = await requireOrg(tx, actor, 'service.read', query.orgId);
    const subtree = sql`${orgs.path} LIKE ${root.path + '%'}`;
    const conditions: SQL[] = [subtree];
    if (query.state) conditions.push(eq(serviceRequests.state, query.state));
    if (query.kind) conditions.push(eq(serviceRequests.kind, query.kind));
    if (query.overdue) conditions.push(overdueSql(now));
    if (query.escalated) conditions.push(sql`${serviceRequests.escalationLevel} > 0 AND ${OPEN}`);
    if (query.assigneePersonId) conditions.push(eq(serviceRequests.assigneePersonId, query.assigneePersonId));
    if (query.serviceDesk) conditions.push(eq(serviceRequests.assigneeKind, 'service_desk'));
    if (query.q) {
      const q = query.q;
      const byPhone = /^1[3-9][0-9]{9}$/.test(q)
        ? [eq(serviceRequests.contactPhoneHash, cipher.lookupHash(q))]
        : [];
      conditions.push(
        or(
          eq(serviceRequests.trackingCode, q.toUpperCase()),
          ilike(serviceRequests.contactName, `%${q}%`),
          ilike(serviceRequests.text, `%${q}%`),
          ...byPhone,
        )!,
      );
    }
    const where = and(...conditions)!;
    const [{ total } = { total: 0 }] = await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(serviceRequests)
      .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
      .where(where);
    const nextDeadline = sql`CASE WHEN ${serviceRequests.respondedAt} IS NULL THEN ${serviceRequests.respondBy}
      ELSE ${serviceRequests.resolveBy} END`;
    const rows = await selectItems(tx, where, {
      orderBy: [
        desc(OPEN),
        asc(sql`CASE WHEN ${OPEN} THEN ${nextDeadline} END`),
        desc(serviceRequests.submittedAt),
        desc(serviceRequests.id),
      ],
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const counted = await tx
      .select({
        state: serviceRequests.state,
        n: sql<number>`count(*)::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${overdueSql(now)})::int`,
        escalated: sql<number>`count(*) FILTER (WHERE ${serviceRequests.escalationLevel} > 0 AND ${OPEN})::int`,
      })
      .from(serviceRequests)
      .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
      .where(subtree)
      .groupBy(serviceRequests.state);
    const byState = Object.fromEntries(SERVICE_REQUEST_STATES.map((s) => [s, 0])) as Record<
      ServiceRequestState,
      number
    >;
    let overdue = 0;
    let escalated = 0;
    for (const c of counted) {
      byState[c.state as ServiceRequestState] = c.n;
      overdue += c.overdue;
      escalated += c.escalated;
    }
    return {
      items: rows.map((row) => toItem(row, cipher, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts: { open: byState.submitted + byState.assigned + byState.responded, overdue, escalated, byState },
    };
  });
}
