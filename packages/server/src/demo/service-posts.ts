import { occurrenceDates, type IsoDate } from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/connection';

export interface DemoServicePostsResult {
  rows: number;
}

const MEMBER_WHERE = sql`p.stage IN ('probationary', 'full') AND p.standing = 'active' AND p.transferred_out_on IS NULL`;

const TITLES = {
  public_welfare: ['河道巡查员', '敬老院志愿服务', '文明劝导员', '垃圾分类督导员', '农家书屋管理员'],
  responsibility_area: ['村组环境责任区', '楼栋联系责任区', '主干道卫生责任区', '防汛巡查责任区'],
  model_post: ['便民服务示范岗', '政策宣讲示范岗', '矛盾调解示范岗'],
} as const;

/** One of `titles`, picked by `id % length`. */
const titleByIndex = (titles: readonly string[], id: SQL) =>
  sql`(ARRAY[${sql.join(
    titles.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[])[(${id} % ${titles.length}) + 1]`;

/**
 * The demo county's volunteer work: a post in about a third of the villages and communities, claimed by
 * their members (most approved, one waiting), monthly hours mostly confirmed; each township's 红色星期六 on
 * the first Saturday of each month this year with attendance up to today and sign-ups for the next one;
 * and two 党员攻坚组 with tasks under way.
 */
export async function loadDemoServicePosts(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoServicePostsResult> {
  const year = Number(today.slice(0, 4));
  const subtree = county.path + '%';
  const yearStart = `${year}-01-01`;
  let rows = 0;
  const count = (r: { rowCount?: number | null }) => (rows += r.rowCount ?? 0);

  for (const [i, kind] of (['public_welfare', 'responsibility_area', 'model_post'] as const).entries()) {
    count(
      await tx.execute(sql`
        INSERT INTO service_posts (tenant_org_id, org_id, kind, title, description, place, capacity,
                                   period_from, period_to)
        SELECT o.tenant_org_id, o.id, ${kind}, ${titleByIndex(TITLES[kind], sql`o.id`)},
               '按时上岗，做好服务记录，每月登记服务时长', o.name || '辖区', 3 + o.id % 4,
               ${yearStart}::date, ${`${year}-12-31`}::date
          FROM orgs o
         WHERE o.path LIKE ${subtree} AND o.kind IN ('branch', 'joint_branch') AND o.dissolved_at IS NULL
           AND o.unit_kind IN ('village', 'community') AND o.id % 9 = ${i * 3}`),
    );
  }

  // Members of the publishing branch claim in order: all but the last place approved, one more waiting.
  count(
    await tx.execute(sql`
      INSERT INTO service_post_claims (tenant_org_id, post_id, person_id, org_id, state, decided_at, created_at)
      SELECT r.tenant_org_id, r.post_id, r.person_id, r.org_id,
             CASE WHEN r.n < r.capacity THEN 'approved' ELSE 'pending' END,
             CASE WHEN r.n < r.capacity THEN r.claimed_at + interval '2 days' END,
             r.claimed_at
        FROM (SELECT sp.tenant_org_id, sp.id AS post_id, p.id AS person_id, p.org_id, sp.capacity,
                     row_number() OVER (PARTITION BY sp.id ORDER BY p.id) AS n,
                     least(${yearStart}::date + (p.id % 60), ${today}::date - 3)::timestamptz AS claimed_at
                FROM service_posts sp
                JOIN orgs o ON o.id = sp.org_id
                JOIN persons p ON p.org_id = sp.org_id AND ${MEMBER_WHERE}
               WHERE o.path LIKE ${subtree}) r
       WHERE r.n <= r.capacity`),
  );

  // Monthly hours on each approved claim, from the month after the claim up to last month; last month's
  // every fourth still waits for the branch.
  count(
    await tx.execute(sql`
      INSERT INTO service_hours (tenant_org_id, claim_id, person_id, org_id, worked_on, hours, note, state,
                                 logged_by_member, decided_at)
      SELECT c.tenant_org_id, c.id, c.person_id, c.org_id, m.day, 1 + (c.id + extract(month FROM m.day)::int) % 4,
             '岗位服务',
             CASE WHEN m.day >= date_trunc('month', ${today}::date) - interval '1 month' AND c.id % 4 = 0
                  THEN 'pending' ELSE 'confirmed' END,
             c.id % 2 = 0,
             CASE WHEN m.day >= date_trunc('month', ${today}::date) - interval '1 month' AND c.id % 4 = 0
                  THEN NULL ELSE m.day + interval '3 days' END
        FROM service_post_claims c
        JOIN orgs o ON o.id = c.org_id
        CROSS JOIN LATERAL (
          SELECT (g + interval '9 days')::date AS day
            FROM generate_series(date_trunc('month', c.created_at) + interval '1 month',
                                 date_trunc('month', ${today}::date) - interval '1 month',
                                 interval '1 month') g) m
       WHERE o.path LIKE ${subtree} AND c.state = 'approved'`),
  );

  // 红色星期六 at every township, the first Saturday of each month this year.
  const saturday = { kind: 'nth_weekday', nth: 1, weekday: 6 } as const;
  count(
    await tx.execute(sql`
      INSERT INTO activity_series (tenant_org_id, org_id, title, description, place, recurrence, starts_on,
                                   ends_on, hours_credited, capacity)
      SELECT o.tenant_org_id, o.id, '红色星期六', '党员集中开展环境整治、走访慰问等志愿服务',
             o.name || '党群服务中心', ${JSON.stringify(saturday)}::jsonb, ${yearStart}::date,
             ${`${year}-12-31`}::date, 2, NULL
        FROM orgs o
       WHERE o.parent_id = ${county.id} AND o.kind = 'committee' AND o.dissolved_at IS NULL`),
  );
  const dates = occurrenceDates(saturday, yearStart, `${year}-12-31`);
  count(
    await tx.execute(sql`
      INSERT INTO activity_occurrences (tenant_org_id, series_id, org_id, held_on)
      SELECT s.tenant_org_id, s.id, s.org_id, d.day::date
        FROM activity_series s JOIN orgs o ON o.id = s.org_id
        CROSS JOIN unnest(${`{${dates.join(',')}}`}::text[]) AS d(day)
       WHERE o.path LIKE ${subtree} AND s.title = '红色星期六'
      ON CONFLICT DO NOTHING`),
  );
  // About one member in eight came each month; for the next date, about one in twenty has signed up.
  count(
    await tx.execute(sql`
      INSERT INTO activity_signups (tenant_org_id, occurrence_id, person_id, signed_up, signed_up_at, mark, hours,
                                    marked_at)
      SELECT oc.tenant_org_id, oc.id, p.id, p.id % 3 <> 0, oc.held_on - interval '3 days', 'present', 2,
             oc.held_on + interval '1 day'
        FROM activity_occurrences oc
        JOIN orgs o ON o.id = oc.org_id
        JOIN persons p ON p.org_path LIKE o.path || '%' AND ${MEMBER_WHERE}
       WHERE o.path LIKE ${subtree} AND oc.held_on <= ${today}::date
         AND (p.id + extract(month FROM oc.held_on)::int) % 8 = 0`),
  );
  const next = dates.find((d) => d > today);
  if (next) {
    count(
      await tx.execute(sql`
        INSERT INTO activity_signups (tenant_org_id, occurrence_id, person_id, signed_up, signed_up_at)
        SELECT oc.tenant_org_id, oc.id, p.id, true, ${today}::timestamptz
          FROM activity_occurrences oc
          JOIN orgs o ON o.id = oc.org_id
          JOIN persons p ON p.org_path LIKE o.path || '%' AND ${MEMBER_WHERE}
         WHERE o.path LIKE ${subtree} AND oc.held_on = ${next}::date AND p.id % 20 = 0`),
    );
  }

  rows += await taskForces(tx, subtree, today);
  return { rows };
}

/** Two 党员攻坚组 in the villages with the most members: a leader, four members, three tasks each. */
async function taskForces(tx: Tx, subtree: string, today: IsoDate): Promise<number> {
  const { rows: villages } = await tx.execute<{ id: number; tenant_org_id: number; name: string }>(sql`
    SELECT o.id, o.tenant_org_id, o.name FROM orgs o
     WHERE o.path LIKE ${subtree} AND o.unit_kind = 'village' AND o.kind = 'branch' AND o.dissolved_at IS NULL
       AND (SELECT count(*) FROM persons p WHERE p.org_id = o.id AND ${MEMBER_WHERE}) >= 5
     ORDER BY (SELECT count(*) FROM persons p WHERE p.org_id = o.id) DESC, o.id
     LIMIT 2`);
  const plans = [
    { name: '人居环境整治攻坚组', goal: '年底前完成村内垃圾分类全覆盖、沟渠清淤和庭院整治' },
    { name: '产业发展攻坚组', goal: '建成村集体合作社，带动 30 户农户增收' },
  ];
  const tasks = [
    ['入户宣传动员', -20, 100],
    ['制定实施方案', 15, 60],
    ['组织验收总结', 60, 0],
  ] as const;
  let rows = 0;
  for (const [i, village] of villages.entries()) {
    const plan = plans[i]!;
    const { rows: created } = await tx.execute<{ id: number }>(sql`
      INSERT INTO task_forces (tenant_org_id, org_id, name, goal, leader_person_id)
      SELECT ${village.tenant_org_id}, ${village.id}, ${plan.name}, ${plan.goal}, min(p.id)
        FROM persons p WHERE p.org_id = ${village.id} AND ${MEMBER_WHERE}
      RETURNING id`);
    const id = created[0]!.id;
    const members = await tx.execute(sql`
      INSERT INTO task_force_members (task_force_id, person_id)
      SELECT ${id}, p.id FROM persons p WHERE p.org_id = ${village.id} AND ${MEMBER_WHERE}
       ORDER BY p.id LIMIT 5`);
    rows += 1 + (members.rowCount ?? 0);
    for (const [title, dueIn, progress] of tasks) {
      const inserted = await tx.execute(sql`
        INSERT INTO task_force_tasks (task_force_id, title, due_on, assignee_person_id, progress, done)
        SELECT ${id}, ${title}, ${today}::date + ${dueIn}::int, m.person_id, ${progress}, ${progress === 100}
          FROM task_force_members m WHERE m.task_force_id = ${id}
         ORDER BY m.person_id DESC LIMIT 1`);
      rows += inserted.rowCount ?? 0;
    }
  }
  return rows;
}
