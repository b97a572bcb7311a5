import { randomBytes } from 'node:crypto';
import type { PersonListQuery } from '@jiceng/core';
import type { RequestContext } from '../../packages/server/src/auth/actor';
import { DataCipher } from '../../packages/server/src/http/crypto';
import { listPersons } from '../../packages/server/src/modules/persons/service';
import { loadTree } from './org-tree';
import { branchesOf, generatePeople, loadPeople } from './people';
import { openScratchDatabase } from './scratch-db';
import { summarize, timed, type Summary } from './stats';
import { generateCountyTree } from './tree';

export interface PersonListReport {
  kind: string;
  people: number;
  orgs: number;
  loadMs: number;
  cases: { label: string; summary: Summary; total: number }[];
}

const admin: RequestContext = {
  clientIp: null,
  actor: {
    userId: 0,
    username: 'bench',
    displayName: 'bench',
    sessionId: '',
    assignments: [{ role: 'admin', orgId: null, orgPath: null }],
  },
};

/** A county of `people` on the chosen database, and the member list as the web asks for it. */
export async function runPersonListBenchmark(options: {
  databaseUrl: string | undefined;
  people: number;
  runs: number;
  log: (line: string) => void;
}): Promise<PersonListReport> {
  const orgRows = generateCountyTree(Math.max(500, Math.round(options.people / 25)));
  const branches = branchesOf(orgRows);
  options.log(`生成 ${options.people} 名人员，${branches.length} 个支部……`);
  const records = generatePeople(branches, options.people);
  const cipher = new DataCipher(randomBytes(32));
  const scratch = await openScratchDatabase(options.databaseUrl);
  const { database } = scratch;
  try {
    await loadTree(database, orgRows);
    const load = await timed(() => loadPeople(database, cipher, records));
    // A running install is vacuumed by autovacuum (PostgreSQL) or the maintenance timer (embedded): measure
    // that steady state, where the counted members' index answers counts without visiting the table.
    await database.pool.query('VACUUM ANALYZE');
    options.log(
      `装载完成：${load.ms.toFixed(0)} ms（${database.kind === 'pglite' ? '批量 INSERT' : 'COPY'}）`,
    );

    const township = orgRows.find((r) => r.depth === 1)!;
    const sample = records[Math.floor(records.length / 2)]!;
    const cases: [string, Partial<PersonListQuery>][] = [
      ['全县第一页（按组织排序）', {}],
      ['乡镇 + 正式党员', { orgId: township.id, stage: ['full'] }],
      ['全县 女 + 35岁以下', { sex: 'female', ageBand: '31_35' }],
      ['全县 学历本科 + 入党十八大以来', { education: 'bachelor', joinBand: 'since_2012_11' }],
      ['姓名包含', { q: sample.name.slice(0, 2) }],
      ['身份证号精确', { q: sample.idNumber }],
      ['第 100 页', { page: 100 }],
      ['按出生日期排序', { sort: 'birthDate', order: 'desc' }],
    ];
    const results: PersonListReport['cases'] = [];
    for (const [label, filter] of cases) {
      const query: PersonListQuery = {
        sort: 'org',
        order: 'asc',
        page: 1,
        pageSize: 20,
        standing: 'active',
        ...filter,
      };
      await listPersons(database.db, cipher, admin, query);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < options.runs; i += 1) {
        const { ms, result } = await timed(() => listPersons(database.db, cipher, admin, query));
        times.push(ms);
        total = result.total;
      }
      results.push({ label, summary: summarize(times), total });
    }
    return {
      kind: database.kind,
      people: records.length,
      orgs: orgRows.length,
      loadMs: load.ms,
      cases: results,
    };
  } finally {
    await scratch.dispose();
  }
}
