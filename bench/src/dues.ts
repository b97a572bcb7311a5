import { randomBytes } from 'node:crypto';
import { FIXED_PERSON_KINDS, shiftMonth } from '@jiceng/core';
import type { RequestContext } from '../../packages/server/src/auth/actor';
import type { Database } from '../../packages/server/src/db/connection';
import { DataCipher } from '../../packages/server/src/http/crypto';
import { generateLedger } from '../../packages/server/src/modules/dues/generate';
import { getDuesSummary } from '../../packages/server/src/modules/dues/reports';
import type { NewPersonRecord } from '../../packages/server/src/modules/persons/bulk';
import { copyInto } from './copy';
import { loadTree } from './org-tree';
import { branchesOf, generatePeople, loadPeople } from './people';
import { generateProvinceTree } from './province';
import { openScratchDatabase } from './scratch-db';
import { summarize, timed, type Summary } from './stats';
import { generateCountyTree, type GeneratedOrg } from './tree';

const YEAR = 2026;
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

export interface DuesReport {
  kind: string;
  people: number;
  orgs: number;
  months: number;
  dueRows: number;
  paymentRows: number;
  loadMs: number;
  duesLoadMs: number;
  province: Summary;
  county: Summary;
  township: Summary;
  ledger: { people: number; generated: number; ms: number; how: string };
}

/** A deterministic amount between 0.20 and 300.00 元, the spread of real dues. */
const amountOf = (i: number) => 20 + ((i * 7919) % 30_000);

/**
 * The ledger and ~90 % of its payments for `months` months, with COPY on PostgreSQL. Person ids are
 * 1..n in `records` order (a fresh database; loadPeople numbers them so).
 */
async function loadDues(
  database: Database,
  orgs: readonly GeneratedOrg[],
  records: readonly NewPersonRecord[],
  months: number,
): Promise<{ due: number; paid: number }> {
  const pathOf = new Map(orgs.map((o) => [o.id, o.path]));
  const monthKeys = Array.from({ length: months }, (_, m) => shiftMonth(`${YEAR}-01`, m));
  let due = 0;
  let paid = 0;
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    // Generated rows are consistent by construction: skip the per-row foreign-key triggers (superuser only).
    await client.query('SET LOCAL session_replication_role = replica');
    await copyInto(
      client,
      'dues_due',
      ['person_id', 'month', 'tenant_org_id', 'org_id', 'org_path', 'amount_fen'],
      (function* () {
        for (const month of monthKeys)
          for (const [i, r] of records.entries()) {
            due += 1;
            yield [i + 1, month, r.tenantOrgId, r.orgId, pathOf.get(r.orgId)!, amountOf(i)] as const;
          }
      })(),
    );
    await copyInto(
      client,
      'dues_payments',
      [
        'tenant_org_id',
        'org_id',
        'org_path',
        'person_id',
        'month',
        'amount_fen',
        'kind',
        'method',
        'paid_on',
      ],
      (function* () {
        for (const month of monthKeys)
          for (const [i, r] of records.entries()) {
            if (i % 10 === 9) continue; // one member in ten has not paid
            paid += 1;
            const path = pathOf.get(r.orgId)!;
            yield [
              r.tenantOrgId,
              r.orgId,
              path,
              i + 1,
              month,
              amountOf(i),
              'regular',
              'cash',
              `${month}-15`,
            ] as const;
          }
      })(),
    );
    // COPY under the replica role skips the triggers that keep the report totals; recount them once.
    await client.query('SELECT dues_month_totals_rebuild()');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { due, paid };
}

/** Declared bases for the members whose amount is not fixed, so the generator has something to quote. */
async function loadBases(database: Database, records: readonly NewPersonRecord[]): Promise<void> {
  const fixed = FIXED_PERSON_KINDS as readonly string[];
  const rows = records.flatMap((r, i) =>
    fixed.includes(r.personKind)
      ? []
      : [
          [
            r.tenantOrgId,
            i + 1,
            YEAR,
            r.personKind,
            200_000 + ((i * 7919) % 1_500_000),
            `${YEAR}-01`,
          ] as const,
        ],
  );
  const columns = [
    'tenant_org_id',
    'person_id',
    'year',
    'person_kind',
    'monthly_income_fen',
    'effective_from_month',
  ];
  if (database.kind === 'postgres') {
    const client = await database.pool.connect();
    try {
      await copyInto(client, 'dues_bases', columns, rows);
    } finally {
      client.release();
    }
    return;
  }
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await database.pool.query(
      `INSERT INTO dues_bases (${columns.join(', ')})
       SELECT * FROM json_to_recordset($1::json) AS x(a int, b int, c int, d text, e int, f text)`,
      [JSON.stringify(chunk.map(([a, b, c, d, e, f]) => ({ a, b, c, d, e, f })))],
    );
  }
}

async function measure(runs: number, work: () => Promise<unknown>): Promise<Summary> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(work)).ms);
  return summarize(times);
}

/** (a) the subtree dues summary over a province; (b) generating a month's ledger for a county. */
export async function runDuesBenchmark(options: {
  databaseUrl: string | undefined;
  people: number;
  orgs: number;
  months: number;
  countyPeople: number;
  runs: number;
  log: (line: string) => void;
}): Promise<DuesReport> {
  const cipher = new DataCipher(randomBytes(32));
  const counties = 10;
  const rows = generateProvinceTree(counties, Math.floor((options.orgs - 1) / counties));
  options.log(`生成全省：${rows.length} 个组织，${options.people} 名人员，${options.months} 个月党费……`);
  const records = generatePeople(branchesOf(rows), options.people);
  const scratch = await openScratchDatabase(options.databaseUrl);
  let partA: Omit<DuesReport, 'ledger'>;
  try {
    const { database } = scratch;
    if (database.kind !== 'postgres') options.log('（全省党费基准为 PostgreSQL 设计；嵌入式数据库会很慢）');
    await loadTree(database, rows);
    const load = await timed(() => loadPeople(database, cipher, records));
    const dues = await timed(() => loadDues(database, rows, records, options.months));
    await database.pool.query('ANALYZE');
    options.log(`装载完成：人员 ${(load.ms / 1000).toFixed(1)} s，党费 ${(dues.ms / 1000).toFixed(1)} s`);
    const summary = (org: GeneratedOrg) => () =>
      getDuesSummary(database.db, admin, { orgId: org.id, year: YEAR });
    // The generated province has no city level: depth 1 are its ten counties (a tenth each), 2 townships.
    const county = rows.find((r) => r.depth === 1)!;
    const township = rows.find((r) => r.depth === 2 && r.kind === 'committee')!;
    partA = {
      kind: database.kind,
      people: records.length,
      orgs: rows.length,
      months: options.months,
      dueRows: dues.result.due,
      paymentRows: dues.result.paid,
      loadMs: load.ms,
      duesLoadMs: dues.ms,
      province: await measure(options.runs, summary(rows[0]!)),
      county: await measure(options.runs, summary(county)),
      township: await measure(options.runs, summary(township)),
    };
  } finally {
    await scratch.dispose();
  }
  return { ...partA, ledger: await runLedgerBenchmark(options, cipher) };
}

/** A county of `countyPeople` with a declared base each, and the server's generator for one month. */
async function runLedgerBenchmark(
  options: { databaseUrl: string | undefined; countyPeople: number; log: (line: string) => void },
  cipher: DataCipher,
): Promise<DuesReport['ledger']> {
  const rows = generateCountyTree(Math.max(500, Math.round(options.countyPeople / 25)));
  const records = generatePeople(branchesOf(rows), options.countyPeople);
  const scratch = await openScratchDatabase(options.databaseUrl);
  try {
    const { database } = scratch;
    await loadTree(database, rows);
    await loadPeople(database, cipher, records);
    await loadBases(database, records);
    await database.pool.query('ANALYZE');
    options.log(`生成一个县的党费台账：${records.length} 名人员……`);
    const run = await timed(() => generateLedger(database.db, admin, { month: `${YEAR}-03` }));
    return { people: records.length, generated: run.result.generated, ms: run.ms, how: 'generateLedger' };
  } finally {
    await scratch.dispose();
  }
}
