// npm run bench [-- --orgs=20000 --runs=200 --explain --no-analyze --people=50000 --only=tree|persons|province|dues];
// DATABASE_URL=... measures PostgreSQL instead.
import { runOrgTreeBenchmark, type OrgTreeReport } from './org-tree';
import { runPersonListBenchmark, type PersonListReport } from './persons-list';
import { runDuesBenchmark } from './dues';
import { runProvinceBenchmark } from './province';
import type { Summary } from './stats';

const TARGET_MS = 20;

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

function numberOption(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function ms(value: number): string {
  return value.toFixed(value < 10 ? 2 : 1).padStart(8);
}

/** Pads by display width: a CJK character takes two terminal columns. */
function padLabel(label: string, width: number): string {
  const columns = [...label].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  return label + ' '.repeat(Math.max(0, width - columns));
}

function line(label: string, s: Summary, extra = ''): string {
  return `${padLabel(label, 40)}${String(s.runs).padStart(6)}${ms(s.p50)}${ms(s.p95)}${ms(s.max)}  ${extra}`;
}

function print(report: OrgTreeReport): void {
  const kind = report.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL';
  console.log('');
  console.log(`组织树基准：${report.orgs} 个组织，数据库：${kind}${report.analyzed ? '' : '（未 ANALYZE）'}`);
  console.log(`装载（一条 INSERT … SELECT unnest）：${report.loadMs.toFixed(0)} ms`);
  console.log('');
  console.log(
    `${padLabel('项目（毫秒）', 40)}${'次数'.padStart(4)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}`,
  );
  console.log(
    line(
      '下级组织 listChildren（随机组织）',
      report.children,
      `平均 ${report.children.meanRows.toFixed(1)} 个下级`,
    ),
  );
  console.log(
    line(
      '  县委、乡镇党委的下级',
      report.childrenUpper,
      `平均 ${report.childrenUpper.meanRows.toFixed(1)} 个下级`,
    ),
  );
  console.log(
    line(
      '子树名称搜索 searchOrgs（全部）',
      report.search,
      `平均 ${report.search.meanHits.toFixed(1)} 条结果`,
    ),
  );
  console.log(line('  其中 全县范围', report.searchCounty));
  console.log(line('  其中 乡镇范围', report.searchTownship));
  for (const q of report.searchByQuery) {
    const scope = q.scope === 'county' ? '全县' : '乡镇';
    console.log(line(`    ${scope}·${q.q}`, q.summary, `平均 ${q.meanHits.toFixed(1)} 条结果`));
  }
  console.log(
    line(`移动乡镇子树 moveOrg（${report.move.subtreeSize} 个组织）`, report.move, report.move.townshipName),
  );
  console.log('');
  const check = report.childCountCheck;
  console.log(
    check.wrong === 0
      ? `结果校验：县委的 ${check.checked} 个下级的 childCount 均正确`
      : `结果校验：县委的 ${check.checked} 个下级中 ${check.wrong} 个 childCount 不正确（例：${check.example}）`,
  );
  const verdict = (label: string, s: Summary) =>
    `${label} p95 ${s.p95.toFixed(1)} ms ${s.p95 < TARGET_MS ? '达标' : '未达标'}`;
  console.log(`目标（p95 < ${TARGET_MS} ms）：`);
  console.log(
    `  ${verdict('下级组织', report.children)}；${verdict('县委、乡镇党委的下级', report.childrenUpper)}`,
  );
  console.log(`  ${verdict('子树搜索', report.search)}；${verdict('其中全县范围', report.searchCounty)}`);
}

const PERSON_LIST_TARGET_MS = 50;

function printPersons(report: PersonListReport): void {
  const kind = report.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL';
  console.log('');
  console.log(`党员列表基准：${report.people} 名人员，${report.orgs} 个组织，数据库：${kind}`);
  console.log(`装载：${report.loadMs.toFixed(0)} ms`);
  console.log(
    `${padLabel('项目（毫秒，每页 20 条）', 40)}${'次数'.padStart(4)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}`,
  );
  for (const c of report.cases) console.log(line(c.label, c.summary, `共 ${c.total} 人`));
  const worst = Math.max(...report.cases.map((c) => c.summary.p95));
  console.log(
    `目标（p95 < ${PERSON_LIST_TARGET_MS} ms）：最慢一项 p95 ${worst.toFixed(1)} ms ${worst < PERSON_LIST_TARGET_MS ? '达标' : '未达标'}`,
  );
}

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const databaseUrl = process.env.DATABASE_URL || undefined;
if (!only || only === 'tree') {
  print(
    await runOrgTreeBenchmark({
      databaseUrl,
      orgs: numberOption('orgs', 20_000),
      runs: numberOption('runs', 200),
      analyze: !flag('no-analyze'),
      explain: flag('explain'),
      log: (text) => console.log(text),
    }),
  );
}
if (!only || only === 'persons') {
  printPersons(
    await runPersonListBenchmark({
      databaseUrl,
      people: numberOption('people', 50_000),
      runs: numberOption('runs', 100),
      log: (text) => console.log(text),
    }),
  );
}

// The province (1M people, 20k orgs) is large: only when asked for, and meant for PostgreSQL.
if (only === 'province') {
  const report = await runProvinceBenchmark({
    databaseUrl,
    people: numberOption('people', 1_000_000),
    orgs: numberOption('orgs', 20_000),
    runs: numberOption('runs', 20),
    log: (text) => console.log(text),
  });
  const kind = report.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL';
  console.log('');
  console.log(
    `全省基准：${report.people} 名人员，${report.orgs} 个组织，数据库：${kind}，装载 ${(report.loadMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `${padLabel('子树统计（按阶段、性别计数，毫秒）', 40)}${'次数'.padStart(4)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}`,
  );
  console.log(line('全省', report.province));
  console.log(line('一个县', report.county));
  console.log(line('一个乡镇', report.township));
}

// Dues (issue 8): the subtree summary over a province's ledger, and a county's month generated; PostgreSQL.
if (only === 'dues') {
  const report = await runDuesBenchmark({
    databaseUrl,
    people: numberOption('people', 1_000_000),
    orgs: numberOption('orgs', 20_000),
    months: numberOption('months', 1),
    countyPeople: numberOption('county-people', 50_000),
    runs: numberOption('runs', 20),
    log: (text) => console.log(text),
  });
  const kind = report.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL';
  console.log('');
  console.log(
    `党费基准：${report.people} 名人员，${report.orgs} 个组织，${report.months} 个月，数据库：${kind}`,
  );
  console.log(
    `应交 ${report.dueRows} 行、交纳 ${report.paymentRows} 行，COPY ${(report.duesLoadMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `${padLabel('党费收缴汇总 getDuesSummary（毫秒）', 40)}${'次数'.padStart(4)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}`,
  );
  console.log(line('全省', report.province));
  console.log(line('一个县（全省的十分之一）', report.county));
  console.log(line('一个乡镇', report.township));
  const worst = report.province.p95;
  console.log(`目标（全省 p95 < 500 ms）：${worst.toFixed(1)} ms ${worst < 500 ? '达标' : '未达标'}`);
  const { ledger } = report;
  console.log(
    `生成一个县一个月的党费台账（${ledger.how}）：${ledger.people} 名人员，生成 ${ledger.generated} 行，` +
      `${(ledger.ms / 1000).toFixed(2)} s ${ledger.ms < 10_000 ? '达标' : '未达标'}（目标 < 10 s）`,
  );
}
