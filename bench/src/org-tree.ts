import type { RequestContext } from '../../packages/server/src/auth/actor';
import type { Database } from '../../packages/server/src/db/connection';
import { createOrg, listChildren, moveOrg, searchOrgs } from '../../packages/server/src/modules/orgs/service';
import { captureQueries } from './query-capture';
import { openScratchDatabase } from './scratch-db';
import { summarize, timed, type Summary } from './stats';
import { seededRandom } from '../../packages/server/src/demo/random';
import { generateCountyTree, type GeneratedOrg } from './tree';

export interface OrgTreeOptions {
  databaseUrl: string | undefined;
  orgs: number;
  runs: number;
  /** Gather planner statistics after loading, as PostgreSQL's autovacuum would within a minute. */
  analyze: boolean;
  explain: boolean;
  log: (line: string) => void;
}

export interface OrgTreeReport {
  kind: Database['kind'];
  where: string;
  orgs: number;
  loadMs: number;
  analyzed: boolean;
  children: Summary & { meanRows: number };
  childrenUpper: Summary & { meanRows: number };
  search: Summary & { meanHits: number };
  searchCounty: Summary;
  searchTownship: Summary;
  searchByQuery: { q: string; scope: string; summary: Summary; meanHits: number }[];
  move: Summary & { subtreeSize: number; townshipName: string };
  /** Whether the childCount the service reports matches the generated tree (a fast wrong answer is no answer). */
  childCountCheck: { checked: number; wrong: number; example: string | null };
}

/** The benchmark's actor: a system administrator, who sees the whole tree (the widest scope, the most rows). */
const admin: RequestContext = {
  actor: {
    userId: 1,
    username: 'admin',
    displayName: '系统管理员',
    sessionId: '',
    assignments: [{ role: 'admin', orgId: null, orgPath: null }],
  },
  clientIp: '127.0.0.1',
};

const WARM_UP = 20;

/** One statement for the whole tree: 20,000 round trips through the ORM would measure the driver, not the schema. */
export async function loadTree(database: Database, rows: GeneratedOrg[]): Promise<void> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO orgs (id, parent_id, path, depth, tenant_org_id, kind, name, code, unit_kind,
                         may_approve_admissions, term_started_on, term_years)
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[],
                            $8::text[], $9::text[], $10::bool[], $11::date[], $12::int[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.parentId),
        rows.map((r) => r.path),
        rows.map((r) => r.depth),
        rows.map((r) => r.tenantOrgId),
        rows.map((r) => r.kind),
        rows.map((r) => r.name),
        rows.map((r) => r.code),
        rows.map((r) => r.unitKind),
        rows.map((r) => r.mayApproveAdmissions),
        rows.map((r) => r.termStartedOn),
        rows.map((r) => r.termYears),
      ],
    );
    // Explicit ids bypass the sequence; createOrg would otherwise collide with the loaded rows.
    await client.query(`SELECT setval(pg_get_serial_sequence('orgs', 'id'), (SELECT max(id) FROM orgs))`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

interface SearchCase {
  q: string;
  label: string;
  under: GeneratedOrg;
  scope: 'county' | 'township';
}

/** Queries a user would type for that scope: names that occur in it, and the generic words everyone tries. */
function searchCases(rows: GeneratedOrg[], count: number, random: () => number): SearchCase[] {
  const county = rows[0]!;
  const townships = rows.filter((r) => r.depth === 1);
  const villages = rows.filter((r) => r.name.endsWith('村党支部') || r.name.endsWith('村党总支'));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    const countyWide = random() < 0.3;
    const under = countyWide ? county : pick(townships);
    const inside = (r: GeneratedOrg) => r.path.startsWith(under.path);
    const villagesInside = villages.filter(inside);
    const makers: (() => [q: string, label: string])[] = [
      () => [(countyWide ? pick(townships) : under).name.slice(0, 2), '乡镇名片段'],
      () => ['党支部', '党支部'],
      () => [villagesInside.length ? pick(villagesInside).name.slice(0, 2) : '村', '村名片段'],
      () => ['社区', '社区'],
      () => ['第三党小组', '第三党小组'],
      () => ['小学', '小学'],
    ];
    const [q, label] = pick(makers)();
    return { q, label, under, scope: countyWide ? 'county' : 'township' };
  });
}

async function explainSlowest(
  database: Database,
  label: string,
  work: () => Promise<unknown>,
  log: (line: string) => void,
) {
  const queries = await captureQueries(work);
  const selects = queries.filter((q) => /^\s*select/i.test(q.text));
  const slowest = selects.sort((a, b) => b.ms - a.ms)[0];
  if (!slowest) return;
  log('');
  log(`—— EXPLAIN：${label}（本次共 ${queries.length} 条语句，最慢的 SELECT ${slowest.ms.toFixed(2)} ms）`);
  log(slowest.text);
  const client = await database.pool.connect();
  try {
    const plan = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${slowest.text}`,
      slowest.values,
    );
    for (const row of plan.rows) log(`  ${row['QUERY PLAN']}`);
  } finally {
    client.release();
  }
}

export async function runOrgTreeBenchmark(options: OrgTreeOptions): Promise<OrgTreeReport> {
  const { log } = options;
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

  log(`生成 ${options.orgs} 个组织的树……`);
  const rows = generateCountyTree(options.orgs);
  const scratch = await openScratchDatabase(options.databaseUrl);
  const { database } = scratch;
  try {
    log(`数据库：${scratch.where}`);
    const load = await timed(() => loadTree(database, rows));
    if (options.analyze) await database.pool.query('ANALYZE orgs');
    log(`装载完成：${load.ms.toFixed(0)} ms${options.analyze ? '（已 ANALYZE）' : '（未 ANALYZE）'}`);

    const db = database.db;
    // Orgs that have children: asking a group for its (empty) children would flatter the figures.
    const withChildren = new Set(rows.map((r) => r.parentId));
    const parentOrgs = rows.filter((r) => withChildren.has(r.id));

    const expectedChildren = new Map<number, number>();
    for (const r of rows) {
      if (r.parentId !== null) expectedChildren.set(r.parentId, (expectedChildren.get(r.parentId) ?? 0) + 1);
    }
    const county = await listChildren(db, admin, rows[0]!.id);
    const wrongCounts = county.filter((o) => o.childCount !== (expectedChildren.get(o.id) ?? 0));
    const firstWrong = wrongCounts[0];
    const childCountCheck = {
      checked: county.length,
      wrong: wrongCounts.length,
      example: firstWrong
        ? `${firstWrong.name}：返回 ${firstWrong.childCount}，实际 ${expectedChildren.get(firstWrong.id) ?? 0}`
        : null,
    };

    // Children of an org.
    for (let i = 0; i < WARM_UP; i++) await listChildren(db, admin, pick(parentOrgs).id);
    const childTimes: number[] = [];
    let childRows = 0;
    for (let i = 0; i < options.runs; i++) {
      const { ms, result } = await timed(() => listChildren(db, admin, pick(parentOrgs).id));
      childTimes.push(ms);
      childRows += result.length;
    }
    // The county and township committees have the longest child lists: measured on their own as well.
    const upper = rows.filter((r) => r.depth <= 1);
    const upperTimes: number[] = [];
    let upperRows = 0;
    for (let i = 0; i < options.runs; i++) {
      const { ms, result } = await timed(() => listChildren(db, admin, pick(upper).id));
      upperTimes.push(ms);
      upperRows += result.length;
    }

    // Name search within a subtree.
    for (const c of searchCases(rows, WARM_UP, random)) {
      await searchOrgs(db, admin, { q: c.q, under: c.under.id, limit: 50 });
    }
    const cases = searchCases(rows, options.runs, random);
    const searchTimes: number[] = [];
    const byScope = { county: [] as number[], township: [] as number[] };
    const byQuery = new Map<string, { times: number[]; hits: number }>();
    let hits = 0;
    for (const c of cases) {
      const { ms, result } = await timed(() =>
        searchOrgs(db, admin, { q: c.q, under: c.under.id, limit: 50 }),
      );
      searchTimes.push(ms);
      byScope[c.scope].push(ms);
      hits += result.length;
      const key = `${c.label}|${c.scope}`;
      const entry = byQuery.get(key) ?? { times: [], hits: 0 };
      entry.times.push(ms);
      entry.hits += result.length;
      byQuery.set(key, entry);
    }

    // Moving a township (a boundary change hands it to the neighbouring county) and back again.
    const townships = rows.filter((r) => r.depth === 1);
    const subtreeSize = (t: GeneratedOrg) => rows.filter((r) => r.path.startsWith(t.path)).length;
    const township = townships.reduce((best, t) =>
      Math.abs(subtreeSize(t) - 1000) < Math.abs(subtreeSize(best) - 1000) ? t : best,
    );
    const size = subtreeSize(township);
    const neighbour = await createOrg(db, admin, {
      parentId: null,
      kind: 'committee',
      name: '邻县县委',
      termYears: 5,
    });
    const moveTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const target = i % 2 === 0 ? neighbour.id : rows[0]!.id;
      const { ms } = await timed(() => moveOrg(db, admin, township.id, target));
      moveTimes.push(ms);
      const moved = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM orgs WHERE path LIKE (SELECT path FROM orgs WHERE id = $1) || '%'`,
        [target],
      );
      // The whole subtree, plus the target itself and (for the home county) its other townships.
      if ((moved.rows[0]?.n ?? 0) < size + 1) throw new Error(`移动后子树不完整：${moved.rows[0]?.n}`);
    }

    if (options.explain) {
      const biggest = townships.reduce((a, b) => (subtreeSize(a) > subtreeSize(b) ? a : b));
      await explainSlowest(
        database,
        `${biggest.name}的下级组织`,
        () => listChildren(db, admin, biggest.id),
        log,
      );
      await explainSlowest(
        database,
        '全县范围搜索“党支部”',
        () => searchOrgs(db, admin, { q: '党支部', under: rows[0]!.id, limit: 50 }),
        log,
      );
      await explainSlowest(
        database,
        `${biggest.name}范围搜索“第三党小组”`,
        () => searchOrgs(db, admin, { q: '第三党小组', under: biggest.id, limit: 50 }),
        log,
      );
    }

    return {
      kind: database.kind,
      where: scratch.where,
      orgs: rows.length,
      loadMs: load.ms,
      analyzed: options.analyze,
      children: { ...summarize(childTimes), meanRows: childRows / options.runs },
      childrenUpper: { ...summarize(upperTimes), meanRows: upperRows / options.runs },
      search: { ...summarize(searchTimes), meanHits: hits / options.runs },
      searchCounty: summarize(byScope.county),
      searchTownship: summarize(byScope.township),
      searchByQuery: [...byQuery.entries()]
        .map(([key, v]) => {
          const [q = '', scope = ''] = key.split('|');
          return { q, scope, summary: summarize(v.times), meanHits: v.hits / v.times.length };
        })
        .sort((a, b) => a.scope.localeCompare(b.scope) || b.summary.p95 - a.summary.p95),
      move: { ...summarize(moveTimes), subtreeSize: size, townshipName: township.name },
      childCountCheck,
    };
  } finally {
    await scratch.dispose();
  }
}
