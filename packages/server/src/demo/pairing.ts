import type { IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { GIVEN_CHARS, SURNAMES } from './names';

export interface DemoPairingResult {
  rows: number;
}

const SITUATION_SETS = [
  '["subsistence"]',
  '["elderly_alone"]',
  '["illness", "subsistence"]',
  '["disability"]',
  '["left_behind_child"]',
  '["extreme_poverty", "elderly_alone"]',
  '["monitored"]',
];

const NOTES = [
  '了解家庭收支和身体状况，宣传医保和养老政策',
  '帮助联系镇卫生院复诊，代办慢性病报销',
  '送去米面油，查看住房安全情况',
  '与孩子谈心，了解学习情况，联系学校老师',
  '帮助打扫院子、整理房间，陪老人聊天',
  '介绍县城务工岗位，帮助报名技能培训',
];

/**
 * The demo county's pairing assistance (结对帮扶): three households in each village with a written or oral
 * consent, each paired with a member of the village (the first household also with the village secretary),
 * visits about every forty days this year with some money and goods, and a 互助金 per township with two
 * contributions and two grants. No phone or ID number: those are encrypted by the server, not by SQL.
 */
export async function loadDemoPairing(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoPairingResult> {
  const year = Number(today.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const subtree = county.path + '%';
  const surnames = `{${SURNAMES.join(',')}}`;
  const given = `{${GIVEN_CHARS.join(',')}}`;
  const situations = `{${SITUATION_SETS.map((s) => `"${s.replace(/"/g, '\\"')}"`).join(',')}}`;
  const notes = `{${NOTES.map((n) => `"${n}"`).join(',')}}`;
  // A member's village: the org two levels below the county (county → township → village), from the path.
  const villagePath = `^${county.path}[0-9]+/[0-9]+/`;
  let rows = 0;
  const count = (r: { rowCount?: number | null }) => (rows += r.rowCount ?? 0);

  // The village orgs right under a township (a 党总支 or a branch), three households each.
  count(
    await tx.execute(sql`
      INSERT INTO pairing_households (tenant_org_id, org_id, head_name, address, people_count, situations,
                                      consented_on, consent_way, consent_recorded_by_name, note)
      SELECT v.tenant_org_id, v.id,
             s.names[1 + (v.id * 7 + g * 13) % array_length(s.names, 1)]
               || s.chars[1 + (v.id * 3 + g * 5) % array_length(s.chars, 1)]
               || s.chars[1 + (v.id * 11 + g * 17) % array_length(s.chars, 1)],
             replace(replace(v.name, '党总支', ''), '党支部', '') || g || '组' || (v.id % 30 + g) || '号',
             1 + (v.id + g) % 5,
             s.sets[1 + (v.id + g * 3) % array_length(s.sets, 1)]::jsonb,
             ${today}::date - (150 + (v.id * g) % 200),
             CASE WHEN (v.id + g) % 3 = 0 THEN 'oral' ELSE 'written' END,
             '村党组织书记',
             CASE WHEN g = 1 THEN '重点帮扶户' END
        FROM orgs v
        JOIN orgs t ON t.id = v.parent_id AND t.kind = 'committee'
        CROSS JOIN generate_series(1, 3) g
        CROSS JOIN (SELECT ${surnames}::text[] AS names, ${given}::text[] AS chars,
                           ${situations}::text[] AS sets) s
       WHERE v.path LIKE ${subtree} AND v.unit_kind = 'village' AND v.dissolved_at IS NULL`),
  );

  // The n-th household of a village with the n-th member in the village's subtree (a cadre when holding a post).
  count(
    await tx.execute(sql`
      WITH hh AS (
        SELECT h.id, h.tenant_org_id, h.consented_on, o.path,
               row_number() OVER (PARTITION BY h.org_id ORDER BY h.id) AS n
          FROM pairing_households h JOIN orgs o ON o.id = h.org_id
         WHERE o.path LIKE ${subtree}),
      helpers AS (
        SELECT x.id, x.village_path, row_number() OVER (PARTITION BY x.village_path ORDER BY x.id) AS n
          FROM (SELECT p.id, substring(p.org_path from ${villagePath}) AS village_path
                  FROM persons p
                 WHERE p.org_path LIKE ${subtree} AND p.stage IN ('probationary', 'full')
                   AND p.standing = 'active' AND p.transferred_out_on IS NULL) x
         WHERE x.village_path IS NOT NULL)
      INSERT INTO pairings (tenant_org_id, household_id, helper_person_id, helper_role, started_on)
      SELECT hh.tenant_org_id, hh.id, hp.id,
             CASE WHEN EXISTS (SELECT 1 FROM org_posts op WHERE op.person_id = hp.id AND op.ended_on IS NULL)
                  THEN 'cadre' ELSE 'member' END,
             LEAST(hh.consented_on + 3, ${today}::date)
        FROM hh JOIN helpers hp ON hp.village_path = hh.path AND hp.n = hh.n
      ON CONFLICT DO NOTHING`),
  );
  count(
    await tx.execute(sql`
      INSERT INTO pairings (tenant_org_id, household_id, helper_person_id, helper_role, started_on)
      SELECT h.tenant_org_id, h.id, op.person_id, 'cadre', LEAST(h.consented_on + 7, ${today}::date)
        FROM pairing_households h
        JOIN orgs o ON o.id = h.org_id
        JOIN org_posts op ON op.org_id = o.id AND op.post = 'secretary' AND op.person_id IS NOT NULL
                         AND op.ended_on IS NULL
       WHERE o.path LIKE ${subtree} AND h.note = '重点帮扶户'
      ON CONFLICT DO NOTHING`),
  );

  // Visits this year, about every forty days from the later of the pairing's start and 1 January.
  count(
    await tx.execute(sql`
      INSERT INTO pairing_visits (tenant_org_id, pairing_id, household_id, visitor_person_id, visited_on, notes,
                                  help_kinds, money_fen, goods_fen, goods_description, by_self)
      SELECT pr.tenant_org_id, pr.id, pr.household_id, pr.helper_person_id, d.day::date,
             (${notes}::text[])[1 + (pr.id + d.k) % ${NOTES.length}],
             CASE (pr.id + d.k) % 4 WHEN 0 THEN '["condolence", "money"]'::jsonb
                                    WHEN 1 THEN '["goods", "chores"]'::jsonb
                                    WHEN 2 THEN '["policy", "medical"]'::jsonb
                                    ELSE '["condolence"]'::jsonb END,
             CASE WHEN (pr.id + d.k) % 4 = 0 THEN 20000 + (pr.id % 4) * 10000 ELSE 0 END,
             CASE WHEN (pr.id + d.k) % 4 = 1 THEN 8000 + (pr.id % 3) * 3500 ELSE 0 END,
             CASE WHEN (pr.id + d.k) % 4 = 1 THEN '米、面、食用油' END,
             (pr.id + d.k) % 2 = 0
        FROM pairings pr
        JOIN pairing_households h ON h.id = pr.household_id
        JOIN orgs o ON o.id = h.org_id
        CROSS JOIN LATERAL (
          SELECT day, row_number() OVER (ORDER BY day) AS k
            FROM generate_series(GREATEST(pr.started_on, ${yearStart}::date) + (pr.id % 20),
                                 ${today}::date, interval '40 days') day) d
       WHERE o.path LIKE ${subtree} AND pr.ended_on IS NULL`),
  );

  // A 互助金 per township: two contributions, then two grants to its households well within the balance.
  count(
    await tx.execute(sql`
      INSERT INTO mutual_aid_entries (tenant_org_id, org_id, kind, amount_fen, occurred_on, contributor_name, note)
      SELECT t.tenant_org_id, t.id, 'contribution', c.amount + (t.id % 5) * 10000,
             LEAST(c.on_day, ${today}::date), c.who, c.note
        FROM orgs t
        CROSS JOIN (VALUES (500000, ${`${year}-01-15`}::date, ${`${county.name.replace(/委$/, '')}慈善总会`}, '年度帮扶资金'),
                           (200000, ${`${year}-03-01`}::date, '机关党员自愿捐款', '“七一”捐款')) c(amount, on_day, who, note)
       WHERE t.parent_id = ${county.id} AND t.kind = 'committee' AND t.dissolved_at IS NULL`),
  );
  count(
    await tx.execute(sql`
      INSERT INTO mutual_aid_entries (tenant_org_id, org_id, kind, amount_fen, occurred_on, household_id, purpose,
                                      approved_by)
      SELECT x.tenant_org_id, x.township_id, 'grant', CASE WHEN x.n = 1 THEN 150000 ELSE 60000 END,
             LEAST(${`${year}-04-10`}::date + (x.n * 30)::int, ${today}::date), x.household_id,
             CASE WHEN x.n = 1 THEN '大病住院医疗救助' ELSE '子女助学补助' END, x.township_name || '会议'
        FROM (SELECT t.tenant_org_id, t.id AS township_id, t.name AS township_name, h.id AS household_id,
                     row_number() OVER (PARTITION BY t.id ORDER BY h.id) AS n
                FROM orgs t
                JOIN orgs o ON o.path LIKE t.path || '%'
                JOIN pairing_households h ON h.org_id = o.id
               WHERE t.parent_id = ${county.id} AND t.kind = 'committee' AND t.dissolved_at IS NULL) x
       WHERE x.n <= 2`),
  );
  return { rows };
}
