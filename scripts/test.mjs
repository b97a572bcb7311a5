// `npm test`: core unit tests, the server suite on the embedded database, then the browser tests with the
// server suite on PostgreSQL beside them (its output printed after). Prints one closing line with the totals.
import { spawn, spawnSync } from 'node:child_process';
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

const vitestArgs = (project, outputFile) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${outputFile}`,
];
const reportFile = (label) => `${outDir}/${label.replace(/\W+/g, '-')}.json`;

function count(outputFile) {
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) ok = false;
  } else {
    ok = false;
  }
}

/** Not spawnSync: a suite run aside keeps writing its output, which this process must go on reading. */
async function run(label, project, env = {}) {
  console.log(`\n=== ${label} ===`);
  const outputFile = reportFile(label);
  const child = spawn('npx', vitestArgs(project, outputFile), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const status = await new Promise((resolve) => child.on('close', resolve));
  count(outputFile);
  if (status !== 0) ok = false;
}

/**
 * Runs a suite beside the next one, its output kept until `finish`: the browser tests mostly wait on the
 * browser and the server, which leaves a core free for the PostgreSQL suite.
 */
function runAside(label, project, env = {}) {
  const outputFile = reportFile(label);
  let output = '';
  const child = spawn('npx', vitestArgs(project, outputFile), {
    cwd: root,
    env: { ...process.env, ...env, FORCE_COLOR: '1' },
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('close', resolve));
  return {
    async finish() {
      const status = await exited;
      console.log(`\n=== ${label} (run beside the browser tests) ===`);
      process.stdout.write(output);
      count(outputFile);
      if (status !== 0) ok = false;
    },
  };
}

await run('core', 'core');
await run('server on embedded PGlite', 'server', { JICENG_TEST_DB: 'pglite' });
if (!existsSync(`${root}packages/web/dist/index.html`)) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@jiceng/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) ok = false;
}
let postgresSuite = null;
if (await postgresReachable()) {
  postgresSuite = runAside('server on PostgreSQL', 'server', { JICENG_TEST_DB: 'postgres' });
} else if (requirePostgres) {
  console.error(`\nPostgreSQL 不可用（${pgUrl}），CI 要求在 PostgreSQL 上运行服务端测试。`);
  ok = false;
} else {
  console.warn(`\n注意：PostgreSQL 不可用（${pgUrl}），跳过 PostgreSQL 上的服务端测试。`);
}
await run('browser (e2e)', 'e2e');
await postgresSuite?.finish();

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
