import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../packages/server/src/db/connection';
import { migrateDatabase } from '../../packages/server/src/db/migrate';

export interface ScratchDatabase {
  database: Database;
  /** Where the data lives, for the report. */
  where: string;
  /** Closes the database and removes every trace of it. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database: PGlite on disk in a temp dir, or a throwaway database on the server at `databaseUrl`. */
export async function openScratchDatabase(databaseUrl: string | undefined): Promise<ScratchDatabase> {
  return databaseUrl ? openScratchPostgres(databaseUrl) : openScratchPglite();
}

async function openScratchPglite(): Promise<ScratchDatabase> {
  // On disk, not in memory: the server keeps its embedded data in DATA_DIR, and that is what is measured.
  const dir = mkdtempSync(path.join(tmpdir(), 'jiceng-bench-'));
  const database = await openDatabase({ dataDir: path.join(dir, 'pgdata') });
  await migrateDatabase(database);
  return {
    database,
    where: `嵌入式 PGlite（${dir}）`,
    async dispose() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openScratchPostgres(databaseUrl: string): Promise<ScratchDatabase> {
  const adminUrl = new URL(databaseUrl);
  // libpq falls back to the login name; node-postgres reads only $USER, which a container may not set.
  if (!adminUrl.username && !process.env.PGUSER && !process.env.USER)
    process.env.PGUSER = userInfo().username;
  const name = `jiceng_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const scratchUrl = new URL(adminUrl);
  scratchUrl.pathname = `/${name}`;
  let database: Database | null = null;
  const drop = async () => {
    await database?.close();
    const dropper = new pg.Client({ connectionString: adminUrl.toString() });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  };
  try {
    database = await openDatabase({ databaseUrl: scratchUrl.toString(), dataDir: null });
    await migrateDatabase(database);
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return {
    database,
    where: `PostgreSQL（临时数据库 ${name}，位于 ${adminUrl.host}）`,
    dispose: drop,
  };
}
