import type { IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';

export interface DemoTrainingsResult {
  rows: number;
}

const VILLAGE_TOPICS = [
  '学习贯彻党的二十大精神',
  '村级组织运行规范',
  '乡村振兴与产业发展',
  '基层治理与矛盾调解',
  '村务公开与“四议两公开”',
  '廉洁履职警示教育',
];
const CANDIDATE_TOPICS = ['党章与党的基本知识', '党的历史', '党员的权利和义务'];

const textArray = (values: readonly string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * The demo county's training: a county course for the village secretaries (three days, six sessions of
 * four class hours) and, in each township, a course for its development candidates (three days of eight
 * hours). Most candidates attend every day and meet D9; about one in seven misses the last day (two days,
 * 16 hours: not met) and one in eleven is excused for two days.
 */
export async function loadDemoTrainings(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoTrainingsResult> {
  const subtree = county.path + '%';
  let rows = 0;
  const count = (r: { rowCount?: number | null }) => (rows += r.rowCount ?? 0);

  const created = await tx.execute<{ id: number }>(sql`
    INSERT INTO training_courses (tenant_org_id, org_id, title, audience, planned_hours, starts_on, ends_on, place)
    SELECT o.tenant_org_id, o.id, ${`${county.name}村党组织书记能力提升培训班`}, 'village_cadres', 24,
           ${today}::date - 120, ${today}::date - 118, '县委党校'
      FROM orgs o WHERE o.id = ${county.id}
    UNION ALL
    SELECT o.tenant_org_id, o.id, o.name || '发展对象集中培训班', 'development_candidates', 24,
           ${today}::date - 45, ${today}::date - 43, o.name || '党群服务中心'
      FROM orgs o
     WHERE o.parent_id = ${county.id} AND o.kind IN ('committee', 'working_committee') AND o.dissolved_at IS NULL
    RETURNING id`);
  count(created);
  const ids = sql`ARRAY[${sql.join(
    created.rows.map((r) => sql`${Number(r.id)}`),
    sql`, `,
  )}]::int[]`;
  if (created.rows.length === 0) return { rows };

  count(
    await tx.execute(sql`
      INSERT INTO training_sessions (tenant_org_id, course_id, held_on, hours, topic, teacher)
      SELECT c.tenant_org_id, c.id, c.starts_on + (k / 2), 4,
             (${textArray(VILLAGE_TOPICS)})[k + 1], '县委党校讲师'
        FROM training_courses c CROSS JOIN generate_series(0, 5) AS k
       WHERE c.id = ANY(${ids}) AND c.audience = 'village_cadres'
      UNION ALL
      SELECT c.tenant_org_id, c.id, c.starts_on + d, 8, (${textArray(CANDIDATE_TOPICS)})[d + 1], '乡镇党委组织委员'
        FROM training_courses c CROSS JOIN generate_series(0, 2) AS d
       WHERE c.id = ANY(${ids}) AND c.audience = 'development_candidates'`),
  );

  count(
    await tx.execute(sql`
      INSERT INTO training_enrolments (tenant_org_id, course_id, person_id)
      SELECT DISTINCT c.tenant_org_id, c.id, op.person_id
        FROM training_courses c
        JOIN orgs o ON o.path LIKE ${subtree} AND o.unit_kind = 'village' AND o.dissolved_at IS NULL
        JOIN org_posts op ON op.org_id = o.id AND op.post = 'secretary' AND op.ended_on IS NULL
       WHERE c.id = ANY(${ids}) AND c.audience = 'village_cadres' AND op.person_id IS NOT NULL
      UNION ALL
      SELECT c.tenant_org_id, c.id, p.id
        FROM training_courses c
        JOIN orgs t ON t.id = c.org_id
        JOIN persons p ON p.org_path LIKE t.path || '%'
       WHERE c.id = ANY(${ids}) AND c.audience = 'development_candidates'
         AND p.stage = 'candidate' AND p.standing = 'active'
         AND coalesce(p.candidate_date, c.starts_on) <= c.starts_on
      ON CONFLICT DO NOTHING`),
  );

  count(
    await tx.execute(sql`
      INSERT INTO training_attendance (tenant_org_id, session_id, person_id, mark, reason)
      SELECT s.tenant_org_id, s.id, e.person_id, m.mark,
             CASE WHEN m.mark = 'excused' THEN '因病请假' END
        FROM training_sessions s
        JOIN training_courses c ON c.id = s.course_id
        JOIN training_enrolments e ON e.course_id = s.course_id
        CROSS JOIN LATERAL (SELECT CASE
          WHEN e.person_id % 11 = 0 AND s.held_on > c.starts_on THEN 'excused'
          WHEN e.person_id % 7 = 0 AND s.held_on = c.ends_on THEN 'absent'
          ELSE 'present' END AS mark) m
       WHERE s.course_id = ANY(${ids})`),
  );
  return { rows };
}
