import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { pgliteTemplatePath, postgresTemplateExists, postgresTemplateName } from './test-template';

/** Where PostgreSQL test databases are created; trust auth on the development and CI machines. */
export const TEST_PG_ADMIN_URL =
  process.env.JICENG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.JICENG_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the local
 * PostgreSQL server (dropped on close) when JICENG_TEST_DB=postgres. Both start from the migrated template
 * the global set-up made (test-template.ts) when it matches the migrations; migrating after is then a no-op.
 */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') {
    const template = pgliteTemplatePath();
    const database = await openDatabase({ dataDir: null, loadFrom: existsSync(template) ? template : null });
    await migrateDatabase(database);
    return database;
  }
  const name = `jiceng_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await admin.connect();
  const template = postgresTemplateName();
  const fromTemplate = await postgresTemplateExists(admin, template);
  await admin.query(`CREATE DATABASE ${name}${fromTemplate ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: null, poolSize: 5 });
  await migrateDatabase(database);
  const close = database.close;
  database.close = async () => {
    await close();
    const cleanup = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
  return database;
}
