import { DEFAULT_SENIORITY_RULE, FIVE_GOOD_STANDARDS, type IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';

export interface DemoAwardsResult {
  rows: number;
}

const MEMBER_WHERE = sql`p.stage IN ('probationary', 'full') AND p.standing = 'active' AND p.transferred_out_on IS NULL`;

/**
 * The demo county's honours and rewards: 优秀共产党员 this year and last for about 1 % of members,
 * 先进基层党组织 and 五个好 evaluations for a few branches, the county's seniority rule, the village
 * secretaries' start dates (so years of service count) and last year's allowances.
 */
export async function loadDemoAwards(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoAwardsResult> {
  const year = Number(today.slice(0, 4));
  const subtree = county.path + '%';
  const julyFirst = (y: number) => (`${y}-07-01` < today ? `${y}-07-01` : today);
  let rows = 0;
  const count = (r: { rowCount?: number | null }) => (rows += r.rowCount ?? 0);

  for (const [y, remainder] of [
    [year - 1, 43],
    [year, 7],
  ] as const) {
    count(
      await tx.execute(sql`
        INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, person_id, doc_ref)
        SELECT p.tenant_org_id, 'outstanding_member', 'county', ${county.name}, ${julyFirst(y)}::date, ${y}, p.id,
               ${`县委发〔${y}〕12号`}
          FROM persons p WHERE p.org_path LIKE ${subtree} AND ${MEMBER_WHERE} AND p.id % 100 = ${remainder}`),
    );
  }

  const branches = await tx.execute<{ id: number; tenant_org_id: number }>(sql`
    SELECT o.id, o.tenant_org_id FROM orgs o
     WHERE o.path LIKE ${subtree} AND o.kind = 'branch' AND o.dissolved_at IS NULL
     ORDER BY o.id`);
  const picked = branches.rows.filter((_, i) => i % 37 === 5).slice(0, 8);
  for (const [i, b] of picked.entries()) {
    if (i < 4) {
      count(
        await tx.execute(sql`
          INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, org_id)
          VALUES (${b.tenant_org_id}, 'advanced_org', 'county', ${county.name}, ${julyFirst(year - 1)}::date,
                  ${year - 1}, ${b.id})`),
      );
    }
    const awarded = i % 3 !== 2;
    const standards = Object.fromEntries(
      FIVE_GOOD_STANDARDS.map((s) => [
        s,
        {
          met: awarded || s !== 'public_opinion',
          evidence: awarded ? '经考察核实' : '群众测评满意率未达要求',
        },
      ]),
    );
    count(
      await tx.execute(sql`
        INSERT INTO five_good_evaluations (tenant_org_id, org_id, year, standards, result, decided_on,
                                           decided_by_org_name)
        VALUES (${b.tenant_org_id}, ${b.id}, ${year - 1}, ${JSON.stringify(standards)}::jsonb,
                ${awarded ? 'awarded' : 'not_awarded'}, ${`${year - 1}-12-20`}::date, ${county.name})`),
    );
    if (awarded) {
      count(
        await tx.execute(sql`
          INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, org_id)
          VALUES (${b.tenant_org_id}, 'five_good', 'county', ${county.name}, ${`${year - 1}-12-20`}::date,
                  ${year - 1}, ${b.id})`),
      );
    }
  }

  count(
    await tx.execute(sql`
      INSERT INTO seniority_rules (org_id, rule) VALUES (${county.id}, ${JSON.stringify(DEFAULT_SENIORITY_RULE)}::jsonb)
      ON CONFLICT (org_id) DO NOTHING`),
  );

  // The demo appoints its village secretaries without a date: give them one, 1–18 years back.
  await tx.execute(sql`
    UPDATE org_posts op SET started_on = make_date(${year}::int - (op.id % 18 + 1), op.id % 12 + 1, 1)
      FROM orgs o
     WHERE o.id = op.org_id AND o.path LIKE ${subtree} AND o.unit_kind = 'village'
       AND op.post = 'secretary' AND op.person_id IS NOT NULL AND op.started_on IS NULL`);
  count(
    await tx.execute(sql`
      INSERT INTO cadre_service_records (person_id, tenant_org_id, prior_years, note)
      SELECT op.person_id, o.tenant_org_id, 3, '此前任村委会委员'
        FROM org_posts op JOIN orgs o ON o.id = op.org_id
       WHERE o.path LIKE ${subtree} AND o.unit_kind = 'village' AND op.post = 'secretary'
         AND op.person_id IS NOT NULL AND op.ended_on IS NULL AND op.id % 5 = 0
      ON CONFLICT (person_id) DO NOTHING`),
  );
  count(
    await tx.execute(sql`
      INSERT INTO cadre_allowances (tenant_org_id, person_id, org_id, year, kind, amount_fen)
      SELECT o.tenant_org_id, op.person_id, o.id, ${year - 1}, 'basic_pay', 3600000 + (op.id % 5) * 100000
        FROM org_posts op JOIN orgs o ON o.id = op.org_id
       WHERE o.path LIKE ${subtree} AND o.unit_kind = 'village' AND op.post = 'secretary'
         AND op.person_id IS NOT NULL AND op.ended_on IS NULL
      ON CONFLICT DO NOTHING`),
  );
  return { rows };
}
