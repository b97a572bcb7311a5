import { addDays, monthOf, previousMonth, type IsoDate, type PointsRule } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { pointsClaims, pointsClosedMonths } from '../modules/points/schema';
import { recomputePoints, type RecomputeSummary } from '../modules/points/recompute';
import { writeOrgPointsRules } from '../modules/points/rules-service';

export interface DemoPointsResult extends RecomputeSummary {
  rules: number;
  claims: number;
}

const DEMO_BRANCH = '东街社区党支部';

const rule = (r: Partial<PointsRule> & Pick<PointsRule, 'source' | 'points'>): PointsRule => ({
  qualifier: null,
  monthlyCap: null,
  yearlyCap: null,
  childRange: null,
  ...r,
});

/** The county's rules: a theme day is worth more, dues bounded per year; the orgs below may adjust. */
const COUNTY_RULES: PointsRule[] = [
  rule({ source: 'meeting_attendance', points: 2, monthlyCap: 8, childRange: { min: 1, max: 4 } }),
  rule({
    source: 'meeting_attendance',
    qualifier: 'theme_day',
    points: 3,
    monthlyCap: 6,
    childRange: { min: 2, max: 4 },
  }),
  rule({ source: 'dues_on_time', points: 2, yearlyCap: 24, childRange: { min: 1, max: 3 } }),
  rule({ source: 'manual', points: 5, monthlyCap: 10, childRange: { min: 1, max: 8 } }),
];

/** The demo member's township raises attendance within the county's range. */
const TOWNSHIP_RULES: PointsRule[] = [
  rule({ source: 'meeting_attendance', points: 3, monthlyCap: 8, childRange: { min: 2, max: 4 } }),
];

interface DemoOrg {
  id: number;
  path: string;
  kind: string;
  name: string;
  parentId: number | null;
}

async function orgByPath(tx: Tx, id: number): Promise<DemoOrg> {
  const { rows } = await tx.execute<{
    id: number;
    path: string;
    kind: string;
    name: string;
    parent_id: number | null;
  }>(sql`SELECT id, path, kind, name, parent_id FROM orgs WHERE id = ${id}`);
  const row = rows[0]!;
  return { id: Number(row.id), path: row.path, kind: row.kind, name: row.name, parentId: row.parent_id };
}

async function setRules(tx: Tx, org: DemoOrg, rules: PointsRule[]): Promise<number> {
  const violations = await writeOrgPointsRules(tx, org, rules);
  if (violations.length) throw new Error(`demo points rules of ${org.name}: ${violations[0]!.message}`);
  return rules.length;
}

/**
 * The demo county's points: county rules and a township override, claims of the demo member's branch
 * (pending, approved, refused), last month closed in that township, and this year recomputed for the county.
 */
export async function loadDemoPoints(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoPointsResult> {
  const { rows: people } = await tx.execute<{
    id: number;
    org_id: number;
    org_path: string;
    tenant_org_id: number;
    user_id: number | null;
  }>(sql`
    SELECT p.id, p.org_id, p.org_path, p.tenant_org_id, p.user_id FROM persons p JOIN orgs o ON o.id = p.org_id
     WHERE o.name = ${DEMO_BRANCH} AND p.org_path LIKE ${county.path + '%'}
       AND p.stage IN ('probationary', 'full') AND p.standing = 'active'
     ORDER BY (p.user_id IS NULL), p.id LIMIT 4`);
  let rules = await setRules(tx, { ...county, kind: 'committee', parentId: null }, COUNTY_RULES);
  if (people.length === 0)
    return { rules, claims: 0, ...(await recomputePoints(tx, county.path, Number(today.slice(0, 4)))) };

  const townshipId = Number(people[0]!.org_path.split('/').filter(Boolean)[1]);
  const township = await orgByPath(tx, townshipId);
  rules += await setRules(tx, township, TOWNSHIP_RULES);

  const month = monthOf(today);
  const claimOn = (days: number) => {
    const date = addDays(today, -days);
    return monthOf(date) === month ? date : `${month}-01`;
  };
  const claim = (p: (typeof people)[number], values: Partial<typeof pointsClaims.$inferInsert>) => ({
    tenantOrgId: Number(p.tenant_org_id),
    personId: Number(p.id),
    orgId: Number(p.org_id),
    occurredOn: claimOn(1),
    points: 5,
    description: '参加社区志愿服务',
    ...values,
  });
  const [member, ...others] = people;
  const values = [
    claim(member!, {
      description: '参加社区疫苗接种点志愿服务',
      evidence: '社区出具的证明',
      occurredOn: claimOn(2),
    }),
    claim(member!, {
      description: '协助调解邻里纠纷',
      points: 6,
      status: 'approved',
      grantedPoints: 5,
      decisionReason: '按细则每项 5 分',
      decidedAt: new Date(),
      occurredOn: claimOn(5),
    }),
    claim(member!, {
      description: '转发学习文章',
      points: 3,
      status: 'refused',
      decisionReason: '日常学习不单独计分',
      decidedAt: new Date(),
      occurredOn: claimOn(3),
    }),
    ...others.map((p, i) =>
      claim(p, { description: ['义务献血', '助学捐款', '防汛值守'][i % 3]!, occurredOn: claimOn(i) }),
    ),
  ];
  await tx.insert(pointsClaims).values(values);
  // The township has published last month's points: no more claims for it below.
  await tx.insert(pointsClosedMonths).values({ orgId: township.id, month: previousMonth(month) });

  const summary = await recomputePoints(tx, county.path, Number(today.slice(0, 4)));
  return { rules, claims: values.length, ...summary };
}
