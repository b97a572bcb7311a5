import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { userInfo } from 'node:os';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import * as schema from './schema';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; every service operation receives one and does all its work through it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  kind: DatabaseKind;
  db: Db;
  pool: pg.Pool;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

// Dates stay strings: a calendar date must not shift through a local-time Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; null keeps it in memory (tests). */
  dataDir: string | null;
  /** A gzipped dump an in-memory embedded database starts from (the tests' migrated template). */
  loadFrom?: string | null;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      // psql falls back to the login name when the URL names no user; node-postgres only reads $USER.
      user:
        new URL(options.databaseUrl).username ||
        process.env.PGUSER ||
        process.env.USER ||
        userInfo().username,
      max: options.poolSize ?? 10,
    });
    return wrap('postgres', pool, null);
  }
  const embedded = await startEmbeddedDatabase(options.dataDir, options.loadFrom ?? null);
  // PGlite is one session: a pool of one connection, queries queue on it (STACK.md).
  const pool = new pg.Pool({
    host: embedded.socketDir,
    port: embedded.port,
    user: 'postgres',
    database: 'postgres',
    max: 1,
  });
  return wrap('pglite', pool, embedded);
}

function wrap(kind: DatabaseKind, pool: pg.Pool, embedded: EmbeddedDatabase | null): Database {
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema });
  return {
    kind,
    db,
    pool,
    embedded,
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}
