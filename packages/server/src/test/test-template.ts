import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { migrationsFingerprint } from '../db/migrations-fingerprint';

/**
 * Every server test file needs a migrated database. Creating one from scratch costs an initdb (PGlite) and
 * every migration, seconds each time; a migrated template made once per set of migrations is copied instead.
 */
const TEMPLATE_DIR = fileURLToPath(new URL('../../../../.tmp/test-templates', import.meta.url));
const TEMPLATE_LOCK = 4711002;

export function pgliteTemplatePath(): string {
  return path.join(TEMPLATE_DIR, `pglite-${migrationsFingerprint()}.tar.gz`);
}

export function postgresTemplateName(): string {
  return `jiceng_tpl_${migrationsFingerprint()}`;
}

export async function ensurePgliteTemplate(): Promise<void> {
  const file = pgliteTemplatePath();
  if (existsSync(file)) return;
  const database = await openDatabase({ dataDir: null });
  try {
    await migrateDatabase(database);
    const bytes = await database.embedded!.dump();
    mkdirSync(TEMPLATE_DIR, { recursive: true });
    // Written aside and renamed: a test file never reads half a template.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } finally {
    await database.close();
  }
}

export async function postgresTemplateExists(admin: pg.Client, name: string): Promise<boolean> {
  const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rows.length > 0;
}

export async function ensurePostgresTemplate(adminUrl: string): Promise<void> {
  const name = postgresTemplateName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    if (await postgresTemplateExists(admin, name)) return;
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: null, poolSize: 1 });
    try {
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}
