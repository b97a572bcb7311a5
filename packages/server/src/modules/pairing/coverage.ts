import { chinaToday, computeCoverage, type Coverage, type HouseholdCoverageFacts } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { complianceRootOrg } from '../compliance/reach';

/**
 * Coverage of an org's subtree per child org (villages under a township, townships under a county) and in
 * total: households, those paired and the people in them, helpers, this year's visits and what they gave,
 * and paired households without a visit in three months. Only what the actor reaches is counted; an
 * ancestor of the reach may be opened (a branch sees its own row in the township's view).
 */
export async function getCoverage(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  today = chinaToday(),
): Promise<Coverage> {
  const actor = requirePermission(ctx, 'service.read');
  const scope = scopeOf(actor, 'service.read');
  const year = Number(today.slice(0, 4));
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, orgId);
    const aboveReach = (column: ReturnType<typeof sql>) =>
      scope === 'all'
        ? sql`false`
        : sql`(${sql.join(
            scope.map((prefix) => sql`${prefix} LIKE ${column} || '%'`),
            sql` OR `,
          )})`;
    const { rows: children } = await tx.execute<{ id: number; name: string }>(sql`
      SELECT o.id, o.name FROM orgs o
       WHERE o.parent_id = ${root.id} AND o.dissolved_at IS NULL
         AND (${inScope(sql`o.path`, scope)} OR ${aboveReach(sql`o.path`)})
       ORDER BY o.code NULLS LAST, o.name, o.id`);
    const { rows } = await tx.execute<{
      path: string;
      open: boolean;
      people_count: number;
      helpers: number[] | null;
      last_visit: string | null;
      visits: string;
      money: string;
      goods: string;
    }>(sql`
      SELECT o.path, h.closed_on IS NULL AS open, h.people_count,
             (SELECT array_agg(DISTINCT pr.helper_person_id) FROM pairings pr
               WHERE pr.household_id = h.id AND pr.ended_on IS NULL) AS helpers,
             (SELECT max(v.visited_on)::text FROM pairing_visits v
               WHERE v.household_id = h.id AND v.voided_at IS NULL) AS last_visit,
             y.visits::text, y.money::text, y.goods::text
        FROM pairing_households h
        JOIN orgs o ON o.id = h.org_id
        CROSS JOIN LATERAL (
          SELECT count(*) AS visits, coalesce(sum(v.money_fen), 0) AS money, coalesce(sum(v.goods_fen), 0) AS goods
            FROM pairing_visits v
           WHERE v.household_id = h.id AND v.voided_at IS NULL
             AND v.visited_on BETWEEN ${`${year}-01-01`}::date AND ${today}::date) y
       WHERE o.path LIKE ${root.path + '%'} AND ${inScope(sql`o.path`, scope)}
         AND (h.closed_on IS NULL OR h.closed_on >= ${`${year}-01-01`}::date)`);
    const depth = root.path.split('/').filter(Boolean).length;
    const facts: HouseholdCoverageFacts[] = rows.map((r) => {
      const childId = Number(r.path.split('/').filter(Boolean)[depth] ?? root.id);
      const helpers = (r.helpers ?? []).map(Number);
      return {
        open: r.open,
        groupId: childId,
        peopleCount: Number(r.people_count),
        paired: helpers.length > 0,
        helperIds: helpers,
        lastVisitOn: r.last_visit,
        visitsThisYear: Number(r.visits),
        moneyFenThisYear: Number(r.money),
        goodsFenThisYear: Number(r.goods),
      };
    });
    const childIds = children.map((c) => Number(c.id));
    const { rows: figures, total, overdueBefore } = computeCoverage(facts, childIds, today);
    const ownFigures = figures.get(root.id);
    return {
      orgId: root.id,
      orgName: root.name,
      today,
      year,
      overdueBefore,
      rows: [
        ...(ownFigures
          ? [{ orgId: root.id, orgName: `${root.name}（本级）`, self: true, ...ownFigures }]
          : []),
        ...children.map((c) => ({
          orgId: Number(c.id),
          orgName: c.name,
          self: false,
          ...figures.get(Number(c.id))!,
        })),
      ],
      total,
    };
  });
}
