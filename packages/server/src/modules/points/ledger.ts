import type { PointsLedger, PointsLedgerQuery } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';

const ORDER = {
  total_desc: sql`total DESC, p.name, p.id`,
  total_asc: sql`total ASC, p.name, p.id`,
  name: sql`p.name, p.id`,
} as const;

/** Members of a subtree with their points for a year (or one month of it), a page at a time. */
export async function pointsLedger(
  db: Db,
  ctx: RequestContext,
  query: PointsLedgerQuery,
): Promise<PointsLedger> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.read', query.orgId);
    const month = query.month && query.month.startsWith(`${query.year}-`) ? query.month : null;
    const rows = (
      await tx.execute<{
        id: number;
        name: string;
        org_id: number;
        org_name: string;
        total: number;
        entries: number;
        capped: number;
        full_count: number;
      }>(sql`
        SELECT p.id, p.name, p.org_id, o.name AS org_name,
               coalesce(t.total, 0)::int AS total, coalesce(t.entries, 0)::int AS entries,
               coalesce(t.capped, 0)::int AS capped, count(*) OVER ()::int AS full_count
          FROM persons p
          JOIN orgs o ON o.id = p.org_id
          LEFT JOIN LATERAL (
            SELECT sum(e.points) AS total, count(*) AS entries, count(*) FILTER (WHERE e.capped) AS capped
              FROM point_entries e
             WHERE e.person_id = p.id AND e.year = ${query.year}
               ${month ? sql`AND e.month = ${month}` : sql``}
          ) t ON true
         WHERE p.org_path LIKE ${org.path + '%'} AND ${inScope(sql`p.org_path`, scopeOf(actor, 'points.read'))}
           AND p.stage IN ('probationary', 'full') AND p.standing = 'active' AND p.transferred_out_on IS NULL
         ORDER BY ${ORDER[query.sort]}
         LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`)
    ).rows;
    return {
      orgId: org.id,
      year: query.year,
      month,
      items: rows.map((r) => ({
        personId: Number(r.id),
        name: r.name,
        orgId: Number(r.org_id),
        orgName: r.org_name,
        total: Number(r.total),
        entries: Number(r.entries),
        capped: Number(r.capped),
      })),
      total: rows[0] ? Number(rows[0].full_count) : 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
