// Runs PGlite in its own thread: a long query here never blocks the HTTP thread (STACK.md, embedded recipe).
// Plain JavaScript so the same file serves the TypeScript sources and every runner without a build step.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath } = workerData;

try {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  // One connection: PGlite is a single session, and transactions from two clients would interleave.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  parentPort.postMessage({ type: 'ready' });

  parentPort.on('message', async (message) => {
    if (message?.type === 'dump') {
      try {
        const file = await db.dumpDataDir('gzip');
        const bytes = new Uint8Array(await file.arrayBuffer());
        parentPort.postMessage({ type: 'dump', bytes }, [bytes.buffer]);
      } catch (error) {
        parentPort.postMessage({ type: 'error', message: String(error?.message ?? error) });
      }
    }
    if (message?.type === 'stop') {
      await server.stop();
      await db.close();
      parentPort.postMessage({ type: 'stopped' });
    }
  });
} catch (error) {
  parentPort.postMessage({ type: 'error', message: String(error?.stack ?? error) });
}
