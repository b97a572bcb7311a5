import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedDatabase {
  /** Directory holding the Unix socket; `pg` connects with `host` set to it. */
  socketDir: string;
  port: number;
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
}

const WORKER_URL = new URL('../../worker/pglite-worker.mjs', import.meta.url);
const SOCKET_PORT = 5432;

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'stopped' }
  | { type: 'dump'; bytes: Uint8Array }
  | { type: 'error'; message: string };

function nextMessage(worker: Worker, expected: WorkerMessage['type']): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type !== expected && message.type !== 'error') return;
      cleanup();
      if (message.type === 'error') reject(new Error(`嵌入式数据库出错：${message.message}`));
      else resolve(message);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`嵌入式数据库线程意外退出（${code}）`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/**
 * Starts PGlite (persisted in `dataDir`, or in memory when null) behind a Unix socket in a worker thread.
 * `loadFrom` names a gzipped dump (`dump()`) an in-memory database starts from.
 */
export async function startEmbeddedDatabase(
  dataDir: string | null,
  loadFrom: string | null = null,
): Promise<EmbeddedDatabase> {
  if (dataDir !== null && !existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const init = new Worker(WORKER_URL, { workerData: { dataDir, initOnly: true } });
    const exited = new Promise((resolve) => init.once('exit', resolve));
    await nextMessage(init, 'ready');
    await exited;
  }
  const socketDir = mkdtempSync(path.join(tmpdir(), 'jiceng-pg-'));
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const worker = new Worker(WORKER_URL, { workerData: { dataDir, socketPath, loadFrom } });
  await nextMessage(worker, 'ready');
  let stopped = false;
  return {
    socketDir,
    port: SOCKET_PORT,
    async dump() {
      const done = nextMessage(worker, 'dump');
      worker.postMessage({ type: 'dump' });
      const message = await done;
      if (message.type !== 'dump') throw new Error('unexpected worker answer');
      return message.bytes;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const done = nextMessage(worker, 'stopped');
      worker.postMessage({ type: 'stop' });
      await done.catch(() => undefined);
      await worker.terminate();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
