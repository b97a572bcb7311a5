import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { runCliFile } from './run-cli.test-support';
import { tableCounts, type TableCount } from './table-counts';

let dataDir: string;
let pgdata: string;

async function withDatabase<T>(dir: string, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir: dir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function insertOrgs(database: Database, names: string[]): Promise<void> {
  // Plain SQL on purpose: the test is about files and counts, not about the org service's rules.
  await database.pool.query(
    `INSERT INTO orgs (parent_id, path, depth, tenant_org_id, kind, name, term_years)
     SELECT NULL, '/', 0, 0, 'committee', name, 5 FROM unnest($1::text[]) AS name`,
    [names],
  );
  await database.pool.query(`UPDATE orgs SET path = '/' || id || '/', tenant_org_id = id WHERE path = '/'`);
}

function countOf(counts: TableCount[], table: string): number | undefined {
  return counts.find((c) => c.table === table)?.rows;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'jiceng-backup-test-'));
  pgdata = path.join(dataDir, 'pgdata');
  await withDatabase(pgdata, async (database) => {
    await migrateDatabase(database);
    await insertOrgs(database, ['城关镇党委', '河西村党支部', '第一党小组']);
  });
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('backup and restore of the embedded database', () => {
  it(
    'round-trips to identical row counts and keeps the replaced data aside',
    { timeout: 50_000 },
    async () => {
      const file = path.join(dataDir, 'backup.tar.gz');
      const env = { DATA_DIR: dataDir };

      const backedUp = await runCliFile('backup.ts', [file], env);
      expect(backedUp.stderr).toBe('');
      expect(backedUp.code).toBe(0);
      expect(backedUp.stdout).toContain('备份完成');
      expect(existsSync(file)).toBe(true);

      const atBackup = await withDatabase(pgdata, async (database) => {
        const counts = await tableCounts(database.pool);
        await insertOrgs(database, ['后来建立的党支部', '又一个党支部']);
        return counts;
      });
      expect(countOf(atBackup, 'orgs')).toBe(3);

      const restored = await runCliFile('restore.ts', [file], env);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain('恢复完成');

      const afterRestore = await withDatabase(pgdata, (database) => tableCounts(database.pool));
      expect(afterRestore).toEqual(atBackup);

      const aside = readdirSync(dataDir).filter((name) => name.startsWith('pgdata.before-restore-'));
      expect(aside).toHaveLength(1);
      const keptCounts = await withDatabase(path.join(dataDir, aside[0]!), (database) =>
        tableCounts(database.pool),
      );
      expect(countOf(keptCounts, 'orgs')).toBe(5);
    },
  );

  it('refuses while the server is running, and when the backup file is missing', async () => {
    const env = { DATA_DIR: dataDir };
    const pidFile = path.join(dataDir, 'server.pid');
    // This test process is alive and is not the CLI itself, so it stands in for a running server.
    writeFileSync(pidFile, String(process.pid));
    try {
      const refused = await runCliFile('backup.ts', [path.join(dataDir, 'other.tar.gz')], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('服务正在运行');
      expect(existsSync(path.join(dataDir, 'other.tar.gz'))).toBe(false);
    } finally {
      rmSync(pidFile, { force: true });
    }

    const missing = await runCliFile('restore.ts', [path.join(dataDir, 'no-such-file.tar.gz')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('备份文件不存在');
  });
});
