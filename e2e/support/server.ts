import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsFingerprint } from '../../packages/server/src/db/migrations-fingerprint';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ADMIN_PASSWORD = 'Admin12345678';

const WEB_INDEX = path.join(REPO_ROOT, 'packages/web/dist/index.html');
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export interface TestServer {
  url: string;
  /** Everything the server printed so far, for explaining a failure. */
  output(): string;
  stop(): Promise<void>;
}

/** The server serves the built web app; building takes a while, so an existing build is reused. */
export function ensureWebBuilt(): void {
  if (existsSync(WEB_INDEX)) return;
  execFileSync('npm', ['run', 'build', '-w', '@jiceng/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (!existsSync(WEB_INDEX)) throw new Error(`web build finished without ${WEB_INDEX}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const TEMPLATES = path.join(REPO_ROOT, '.tmp/e2e-templates');

/**
 * The data directory of a server started once and stopped: initialized, migrated, its admin created with
 * ADMIN_PASSWORD and not yet signed in. Each file's server starts on a copy, skipping the seconds an initdb
 * and the migrations take; it is made again whenever the migrations change.
 */
async function templateDataDir(): Promise<string> {
  const dir = path.join(TEMPLATES, migrationsFingerprint());
  if (existsSync(path.join(dir, 'PG_VERSION'))) return dir;
  mkdirSync(TEMPLATES, { recursive: true });
  const scratch = mkdtempSync(path.join(TEMPLATES, 'building-'));
  const server = await launch(scratch);
  await server.stop({ keepData: true });
  try {
    renameSync(scratch, dir);
  } catch {
    // Another run made it meanwhile.
    rmSync(scratch, { recursive: true, force: true });
  }
  return dir;
}

/** Starts the real server on a copy of the template database and waits until /api/health answers. */
export async function startServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jiceng-e2e-'));
  cpSync(await templateDataDir(), dataDir, { recursive: true });
  return launch(dataDir);
}

interface LaunchedServer extends TestServer {
  stop(options?: { keepData?: boolean }): Promise<void>;
}

async function launch(dataDir: string): Promise<LaunchedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      JICENG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async (options: { keepData?: boolean } = {}) => {
    if (running) {
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!running) {
      await stop();
      throw new Error(`server exited before answering /api/health:\n${log}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { url, output: () => log, stop };
    await sleep(300);
  }
  await stop();
  throw new Error(`server did not answer /api/health within ${START_TIMEOUT_MS / 1000}s:\n${log}`);
}
