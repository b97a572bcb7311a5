import { addDays, type IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { GIVEN_CHARS, SURNAMES } from './names';

export interface DemoResidentCadresResult {
  rows: number;
}

const DEPARTMENTS = [
  '县农业农村局',
  '县财政局',
  '县自然资源局',
  '县卫生健康委',
  '县交通运输局',
  '县供销社',
  '县农商银行',
];

const textArray = (items: readonly string[]) =>
  sql`ARRAY[${sql.join(
    items.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[]`;

/** The village-level orgs of the county: rural, not groups, not branches inside a village general branch. */
const VILLAGES = (subtree: string) => sql`
  SELECT v.id, v.tenant_org_id, v.parent_id,
         row_number() OVER (ORDER BY v.id) AS rank,
         row_number() OVER (PARTITION BY v.parent_id ORDER BY v.id) AS town_rank
    FROM orgs v LEFT JOIN orgs up ON up.id = v.parent_id
   WHERE v.path LIKE ${subtree} AND v.unit_kind = 'village' AND v.kind <> 'group' AND v.dissolved_at IS NULL
     AND up.unit_kind IS DISTINCT FROM 'village'`;

const ACTIVE_MEMBER = sql`p.stage = 'full' AND p.standing = 'active' AND p.transferred_out_on IS NULL`;

/**
 * The demo county's resident cadres: a first secretary from a county department in about one village in
 * five, a stationed outside cadre in another fifth, a liaison cadre from the township's own offices in every
 * village and help from a department in a third; presence logged last month and this month (a few cadres
 * short of the minimum, so the counts flag them), and tasks open and done.
 */
export async function loadDemoResidentCadres(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoResidentCadresResult> {
  const subtree = county.path + '%';
  let rows = 0;
  const count = (r: { rowCount?: number | null }) => (rows += r.rowCount ?? 0);
  const periodStart = (days: number) => addDays(today, -days);
  const surnames = textArray(SURNAMES.slice(0, 40));
  const given = textArray(GIVEN_CHARS.slice(0, 40));
  const departments = textArray(DEPARTMENTS);

  // First secretaries: members of county departments' branches (agency orgs not beside any village).
  count(
    await tx.execute(sql`
      WITH v AS (${VILLAGES(subtree)}),
      picked AS (SELECT v.*, row_number() OVER (ORDER BY v.id) AS n FROM v WHERE v.rank % 5 = 0),
      cadres AS (
        SELECT p.id, p.name, o.name AS unit, row_number() OVER (ORDER BY p.id) AS n
          FROM persons p JOIN orgs o ON o.id = p.org_id
         WHERE o.path LIKE ${subtree} AND o.unit_kind = 'agency' AND ${ACTIVE_MEMBER}
           AND NOT EXISTS (SELECT 1 FROM orgs sib WHERE sib.parent_id = o.parent_id AND sib.unit_kind = 'village'))
      INSERT INTO resident_cadre_assignments (tenant_org_id, org_id, person_id, cadre_name, cadre_key, work_unit, post,
                                              mode, first_secretary, dispatched_by_org_id, period_from, period_to)
      SELECT picked.tenant_org_id, picked.id, c.id, c.name, 'p:' || c.id, replace(c.unit, '党支部', ''), '干部',
             'stationed', true, ${county.id}, ${periodStart(400)}::date - (picked.n % 12)::int * 20,
             ${periodStart(400)}::date - (picked.n % 12)::int * 20 + 730
        FROM picked JOIN cadres c ON c.n = picked.n`),
  );

  // Stationed outside cadres (no phone on record in the demo: it would need the data key).
  count(
    await tx.execute(sql`
      WITH v AS (${VILLAGES(subtree)}),
      named AS (SELECT v.*, (${surnames})[1 + v.id % 40] || (${given})[1 + (v.id * 7) % 40] || (${given})[1 + (v.id * 13) % 40] AS name,
                       (${departments})[1 + v.id % ${DEPARTMENTS.length}] AS unit
                  FROM v WHERE v.rank % 5 = 2)
      INSERT INTO resident_cadre_assignments (tenant_org_id, org_id, cadre_name, cadre_key, work_unit, post,
                                              mode, first_secretary, dispatched_by_org_id, period_from)
      SELECT tenant_org_id, id, name, 'n:' || name || '|' || unit, unit, '驻村工作队员', 'stationed', false, ${county.id},
             ${periodStart(300)}::date + (id % 60)
        FROM named`),
  );

  // Liaison: every village, by a member of its township's own office branch (one may liaise with several).
  count(
    await tx.execute(sql`
      WITH v AS (${VILLAGES(subtree)}),
      office AS (
        SELECT p.id, p.name, o.parent_id AS township_id, o.name AS unit,
               row_number() OVER (PARTITION BY o.parent_id ORDER BY p.id) AS n,
               count(*) OVER (PARTITION BY o.parent_id) AS total
          FROM persons p JOIN orgs o ON o.id = p.org_id
         WHERE o.path LIKE ${subtree} AND o.unit_kind = 'agency' AND ${ACTIVE_MEMBER}
           AND EXISTS (SELECT 1 FROM orgs sib WHERE sib.parent_id = o.parent_id AND sib.unit_kind = 'village'))
      INSERT INTO resident_cadre_assignments (tenant_org_id, org_id, person_id, cadre_name, cadre_key, work_unit, post,
                                              mode, first_secretary, dispatched_by_org_id, period_from)
      SELECT v.tenant_org_id, v.id, office.id, office.name, 'p:' || office.id, replace(office.unit, '机关党支部', '政府'),
             '包村干部', 'liaison', false, v.parent_id, ${periodStart(700)}::date
        FROM v JOIN office ON office.township_id = v.parent_id AND office.n = 1 + (v.town_rank - 1) % office.total`),
  );

  // Help from a department in a third of the villages.
  count(
    await tx.execute(sql`
      WITH v AS (${VILLAGES(subtree)})
      INSERT INTO resident_cadre_assignments (tenant_org_id, org_id, cadre_name, cadre_key, work_unit, post,
                                              mode, first_secretary, dispatched_by_org_id, period_from, period_to)
      SELECT v.tenant_org_id, v.id, dept || '帮扶组', 'n:' || dept || '帮扶组|' || dept, dept, '帮扶单位',
             'help', false, ${county.id}, make_date(${Number(today.slice(0, 4))}, 1, 1),
             make_date(${Number(today.slice(0, 4))}, 12, 31)
        FROM v CROSS JOIN LATERAL (SELECT (${departments})[1 + (v.id * 3) % ${DEPARTMENTS.length}] AS dept) d
       WHERE v.rank % 3 = 1`),
  );

  // Presence: last month and this month up to today; every eighth cadre logs about half the days and
  // nothing in the last three, so the counts flag some below the minimum whatever the day of the month.
  const monthStart = `${today.slice(0, 7)}-01`;
  const lastMonthStart = addDays(monthStart, -1).slice(0, 7) + '-01';
  count(
    await tx.execute(sql`
      INSERT INTO resident_cadre_presence (tenant_org_id, assignment_id, org_id, date, span, note)
      SELECT a.tenant_org_id, a.id, a.org_id, d::date,
             CASE WHEN (a.id + extract(day FROM d)::int) % 9 = 0 THEN 'half' ELSE 'full' END,
             (${textArray(['入户走访', '召开村两委会', '产业项目现场', '矛盾纠纷调解', '党员学习'])})[1 + (a.id + extract(day FROM d)::int) % 5]
        FROM resident_cadre_assignments a
        JOIN orgs v ON v.id = a.org_id
        CROSS JOIN generate_series(${lastMonthStart}::date, ${today}::date, interval '1 day') d
       WHERE v.path LIKE ${subtree} AND a.mode = 'stationed' AND a.state = 'active'
         AND d::date >= a.period_from AND (a.period_to IS NULL OR d::date <= a.period_to)
         AND extract(isodow FROM d) < 7
         AND (a.id % 8 <> 0 OR (extract(day FROM d)::int % 2 = 0 AND d::date < ${addDays(today, -3)}::date))
      ON CONFLICT DO NOTHING`),
  );

  // Tasks: one done and one open per stationed cadre.
  count(
    await tx.execute(sql`
      INSERT INTO resident_cadre_tasks (tenant_org_id, assignment_id, org_id, title, due_on, state, result, closed_on)
      SELECT a.tenant_org_id, a.id, a.org_id, t.title, t.due, t.state, t.result, t.closed
        FROM resident_cadre_assignments a JOIN orgs v ON v.id = a.org_id
        CROSS JOIN LATERAL (VALUES
          ('摸排脱贫户和监测户收入情况', ${addDays(today, -30)}::date, 'done', '已完成入户摸排并建立台账', ${addDays(today, -33)}::date),
          ('谋划村集体经济增收项目', ${addDays(today, 45)}::date, 'open', NULL, NULL)
        ) AS t(title, due, state, result, closed)
       WHERE v.path LIKE ${subtree} AND a.mode = 'stationed'`),
  );
  return { rows };
}
