// Runs PGlite in its own thread: a long query here never blocks the HTTP thread (STACK.md, embedded recipe).
// Plain JavaScript so the same file serves the TypeScript sources and every runner without a build step.
import { Blob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath, initOnly, loadFrom } = workerData;

try {
  if (initOnly) {
    // Creating a data directory runs initdb, whose memory (about 500 MB) stays with the thread that ran
    // it; a thread of its own hands it back when it ends, and the server's thread opens the result.
    const db = await PGlite.create({ dataDir });
    await db.close();
    parentPort.postMessage({ type: 'ready' });
    process.exit(0);
  }
  // A dump of an initialized, migrated database (tests) skips initdb, which costs seconds per start.
  const load = loadFrom ? { loadDataDir: new Blob([readFileSync(loadFrom)]) } : {};
  const db = await PGlite.create(dataDir ? { dataDir, ...load } : load);
  // The server's pool holds one connection (PGlite is one session; two clients' transactions would
  // interleave). A few are allowed here because pg's pool discards a connection after a failed query and
  // opens its replacement before the old socket has closed; with a limit of one the replacement was reset.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 4 });
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
