// `npm test`: core unit tests, the server suite on the embedded database and on PostgreSQL, then the
// browser tests. Prints one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}.tmp/test-results`;
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const pgUrl = process.env.JICENG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const requirePostgres = process.env.CI === 'true' || process.env.JICENG_REQUIRE_POSTGRES === '1';

async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(label, project, env = {}) {
  console.log(`\n=== ${label} ===`);
  const outputFile = `${outDir}/${label.replace(/\W+/g, '-')}.json`;
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) ok = false;
  }
  if (result.status !== 0) ok = false;
}

run('core', 'core');
run('server on embedded PGlite', 'server', { JICENG_TEST_DB: 'pglite' });
if (await postgresReachable()) {
  run('server on PostgreSQL', 'server', { JICENG_TEST_DB: 'postgres' });
} else if (requirePostgres) {
  console.error(`\nPostgreSQL 不可用（${pgUrl}），CI 要求在 PostgreSQL 上运行服务端测试。`);
  ok = false;
} else {
  console.warn(`\n注意：PostgreSQL 不可用（${pgUrl}），跳过 PostgreSQL 上的服务端测试。`);
}
if (!existsSync(`${root}packages/web/dist/index.html`)) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@jiceng/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) ok = false;
}
run('browser (e2e)', 'e2e');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
