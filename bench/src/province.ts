import { randomBytes } from 'node:crypto';
import { DataCipher } from '../../packages/server/src/http/crypto';
import { loadTree } from './org-tree';
import { branchesOf, generatePeople, loadPeople } from './people';
import { openScratchDatabase } from './scratch-db';
import { summarize, timed, type Summary } from './stats';
import { generateCountyTree, type GeneratedOrg } from './tree';

/** A province: a provincial committee over `counties` generated counties; each county is its own tenant. */
export function generateProvinceTree(counties: number, orgsPerCounty: number): GeneratedOrg[] {
  const province: GeneratedOrg = {
    id: 1,
    parentId: null,
    path: '/1/',
    depth: 0,
    tenantOrgId: 1,
    kind: 'committee',
    name: '示范省委',
    code: '36',
    unitKind: null,
    mayApproveAdmissions: true,
    termStartedOn: '2021-11-20',
    termYears: 5,
  };
  const rows = [province];
  for (let c = 0; c < counties; c += 1) {
    const base = rows.length;
    for (const org of generateCountyTree(orgsPerCounty, 1000 + c)) {
      const id = org.id + base;
      rows.push({
        ...org,
        id,
        parentId: org.parentId === null ? 1 : org.parentId + base,
        path: `/1${org.path.replace(/\d+/g, (n) => String(Number(n) + base))}`,
        depth: org.depth + 1,
        tenantOrgId: org.tenantOrgId + base,
        name: org.parentId === null ? `第${c + 1}县委` : org.name,
        code: org.parentId === null ? `36${String(c + 1).padStart(2, '0')}` : org.code,
      });
    }
  }
  return rows;
}

export interface ProvinceReport {
  kind: string;
  orgs: number;
  people: number;
  loadMs: number;
  province: Summary;
  county: Summary;
  township: Summary;
}

/** Loads a province (COPY on PostgreSQL) and times the subtree aggregate every statistics page needs. */
export async function runProvinceBenchmark(options: {
  databaseUrl: string | undefined;
  people: number;
  orgs: number;
  runs: number;
  log: (line: string) => void;
}): Promise<ProvinceReport> {
  const counties = 10;
  const rows = generateProvinceTree(counties, Math.floor((options.orgs - 1) / counties));
  options.log(`生成全省：${rows.length} 个组织，${options.people} 名人员……`);
  const records = generatePeople(branchesOf(rows), options.people);
  const cipher = new DataCipher(randomBytes(32));
  const scratch = await openScratchDatabase(options.databaseUrl);
  try {
    const { database } = scratch;
    await loadTree(database, rows);
    const load = await timed(() => loadPeople(database, cipher, records));
    await database.pool.query('ANALYZE');
    options.log(
      `装载完成：${(load.ms / 1000).toFixed(1)} s（${database.kind === 'pglite' ? '批量 INSERT' : 'COPY'}）`,
    );
    const aggregate = (path: string) =>
      database.pool.query(
        `SELECT stage, sex, count(*)::int AS n FROM persons WHERE org_path LIKE $1 GROUP BY stage, sex`,
        [`${path}%`],
      );
    const measure = async (path: string) => {
      await aggregate(path);
      const times: number[] = [];
      for (let i = 0; i < options.runs; i += 1) times.push((await timed(() => aggregate(path))).ms);
      return summarize(times);
    };
    const county = rows.find((r) => r.depth === 1)!;
    const township = rows.find((r) => r.depth === 2)!;
    return {
      kind: database.kind,
      orgs: rows.length,
      people: records.length,
      loadMs: load.ms,
      province: await measure('/1/'),
      county: await measure(county.path),
      township: await measure(township.path),
    };
  } finally {
    await scratch.dispose();
  }
}
