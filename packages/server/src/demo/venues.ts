import type { IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';

export interface DemoVenuesResult {
  rows: number;
}

const PURPOSES = [
  '主题党日',
  '党员大会',
  '党课',
  '村民代表会议',
  '志愿服务培训',
  '老年人健康讲座',
  '农技培训',
  '少儿课外活动',
];

const textArray = (items: readonly string[]) =>
  sql`ARRAY[${sql.join(
    items.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[]`;

/**
 * The demo county's venues: a 党群服务中心 per township, an activity room or 文明实践站 in every third
 * village, a use log of the last three months, and three model sites (county level) with their practices.
 * No photos: they are uploaded by hand.
 */
export async function loadDemoVenues(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoVenuesResult> {
  const subtree = county.path + '%';
  const year = Number(today.slice(0, 4));
  let rows = 0;
  const count = (r: { rowCount?: number | null }) => (rows += r.rowCount ?? 0);

  // A township is a committee with villages under it.
  count(
    await tx.execute(sql`
      INSERT INTO venues (tenant_org_id, org_id, name, kind, address, area_sqm, opening_hours, contact_name, note)
      SELECT t.tenant_org_id, t.id, replace(t.name, '党委', '') || '党群服务中心', 'service_center',
             replace(t.name, '党委', '') || '人民政府院内', 400 + (t.id % 7) * 50, '周一至周五 8:30–17:30，周六上午',
             '党建办', '设党员活动室、便民服务大厅、会议室'
        FROM orgs t
       WHERE t.path LIKE ${subtree} AND t.kind = 'committee' AND t.dissolved_at IS NULL
         AND EXISTS (SELECT 1 FROM orgs v WHERE v.parent_id = t.id AND v.unit_kind = 'village')`),
  );
  count(
    await tx.execute(sql`
      WITH v AS (
        SELECT v.*, row_number() OVER (ORDER BY v.id) AS rank
          FROM orgs v LEFT JOIN orgs up ON up.id = v.parent_id
         WHERE v.path LIKE ${subtree} AND v.unit_kind = 'village' AND v.kind <> 'group' AND v.dissolved_at IS NULL
           AND up.unit_kind IS DISTINCT FROM 'village')
      INSERT INTO venues (tenant_org_id, org_id, name, kind, address, area_sqm, opening_hours)
      SELECT v.tenant_org_id, v.id,
             regexp_replace(v.name, '(党总支|党支部|党委)$', '') || CASE WHEN v.rank % 2 = 0 THEN '党员活动室' ELSE '新时代文明实践站' END,
             CASE WHEN v.rank % 2 = 0 THEN 'activity_room' ELSE 'civilization_station' END,
             regexp_replace(v.name, '(党总支|党支部|党委)$', '') || '村委会', 80 + (v.id % 9) * 15,
             '每天 8:00–18:00（农忙时节延至 20:00）'
        FROM v WHERE v.rank % 3 = 0`),
  );

  // Uses in the last three months: the venue's own org and, at a township centre, its villages.
  count(
    await tx.execute(sql`
      INSERT INTO venue_uses (tenant_org_id, venue_id, date, purpose, using_org_id, participants)
      SELECT ve.tenant_org_id, ve.id, ${today}::date - (k * 11 + ve.id % 7),
             (${textArray(PURPOSES)})[1 + (ve.id + k) % ${PURPOSES.length}],
             coalesce((SELECT c.id FROM orgs c WHERE c.parent_id = ve.org_id AND c.unit_kind = 'village'
                        ORDER BY c.id OFFSET k % 3 LIMIT 1), ve.org_id),
             12 + (ve.id * 7 + k * 5) % 40
        FROM venues ve JOIN orgs o ON o.id = ve.org_id
        CROSS JOIN generate_series(0, 7) k
       WHERE o.path LIKE ${subtree}`),
  );

  // Three model sites: the first three village venues, named by the county last year.
  count(
    await tx.execute(sql`
      INSERT INTO model_sites (tenant_org_id, venue_id, org_id, title, level, year, practices)
      SELECT ve.tenant_org_id, ve.id, ve.org_id, regexp_replace(ve.name, '(党员活动室|新时代文明实践站)$', '') || '党建示范点', 'county', ${year - 1},
             p.text
        FROM (SELECT ve.*, row_number() OVER (ORDER BY ve.id) AS n
                FROM venues ve JOIN orgs o ON o.id = ve.org_id
               WHERE o.path LIKE ${subtree} AND o.unit_kind = 'village') ve
        JOIN (VALUES
          (1, '“积分超市”激励：党员和群众参加志愿服务、环境整治得积分，每月在活动室兑换日用品；支部每月公示积分。'),
          (2, '“党员中心户”联系群众：每名党员联系 10 户左右，每月走访一次，收集的诉求在主题党日逐件研究。'),
          (3, '“支部＋合作社”发展产业：支部领办茶叶合作社，党员带头流转土地，村集体年增收 12 万元。')
        ) AS p(n, text) ON p.n = ve.n`),
  );
  return { rows };
}
