import {
  addDays,
  onTimeFigures,
  ratePercent,
  type RequestClock,
  type ServiceOnTimeQuery,
  type ServiceOnTimeRow,
  type ServiceOnTimeView,
  type ServiceRequestState,
} from '@jiceng/core';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { serviceRequests } from './schema';

/** The first moment of a China date. */
const chinaStart = (date: string) => new Date(`${date}T00:00:00+08:00`);

interface Counted extends RequestClock {
  path: string;
  satisfaction: string | null;
}

function rowOf(orgId: number, orgName: string, requests: Counted[], now: Date): ServiceOnTimeRow {
  const figures = onTimeFigures(requests, now);
  const rated = requests.filter((r) => r.satisfaction !== null);
  const satisfied = rated.filter((r) => r.satisfaction !== 'dissatisfied').length;
  return {
    orgId,
    orgName,
    total: requests.length,
    open: requests.filter((r) => ['submitted', 'assigned', 'responded'].includes(r.state)).length,
    resolved: requests.filter((r) => r.state === 'resolved' || r.state === 'rated').length,
    onTime: figures.onTime,
    overdueOpen: figures.overdueOpen,
    counted: figures.counted,
    rate: figures.rate,
    rated: rated.length,
    satisfied,
    satisfactionRate: ratePercent(satisfied, rated.length),
  };
}

/**
 * The on-time rate of the requests submitted in a period, per child org of the given org (each with its
 * whole subtree) and for the org's own requests; satisfaction beside it. Rejected and withdrawn requests
 * are left out.
 */
export async function onTimeByChildOrg(
  db: Db,
  ctx: RequestContext,
  query: ServiceOnTimeQuery,
  now: Date,
): Promise<ServiceOnTimeView> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const root = await requireOrg(tx, actor, 'service.read', query.orgId);
    const children = await tx
      .select({ id: orgs.id, name: orgs.name, path: orgs.path })
      .from(orgs)
      .where(and(eq(orgs.parentId, root.id), isNull(orgs.dissolvedAt)))
      .orderBy(asc(orgs.path));
    const found = await tx
      .select({
        path: orgs.path,
        state: serviceRequests.state,
        respondBy: serviceRequests.respondBy,
        resolveBy: serviceRequests.resolveBy,
        respondedAt: serviceRequests.respondedAt,
        resolvedAt: serviceRequests.resolvedAt,
        satisfaction: serviceRequests.satisfaction,
      })
      .from(serviceRequests)
      .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
      .where(
        sql`${orgs.path} LIKE ${root.path + '%'}
          AND ${serviceRequests.submittedAt} >= ${chinaStart(query.from).toISOString()}
          AND ${serviceRequests.submittedAt} < ${chinaStart(addDays(query.to, 1)).toISOString()}
          AND ${serviceRequests.state} NOT IN ('rejected', 'withdrawn')`,
      );
    const requests: Counted[] = found.map((r) => ({ ...r, state: r.state as ServiceRequestState }));
    const rows = children.map((c) =>
      rowOf(
        c.id,
        c.name,
        requests.filter((r) => r.path.startsWith(c.path)),
        now,
      ),
    );
    const own = requests.filter((r) => r.path === root.path);
    if (own.length) rows.unshift(rowOf(root.id, `${root.name}（本级）`, own, now));
    return {
      orgId: root.id,
      orgName: root.name,
      from: query.from,
      to: query.to,
      rows,
      total: rowOf(root.id, '合计', requests, now),
    };
  });
}
