import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/service';
import { openDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { runCliFile } from './run-cli.test-support';

const admin: RequestContext = {
  actor: {
    userId: 1,
    username: 'admin',
    displayName: '管理员',
    sessionId: '',
    assignments: [{ role: 'admin', orgId: null, orgPath: null }],
  },
  clientIp: '127.0.0.1',
};

let dataDir: string;
let pgdata: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'jiceng-audit-test-'));
  pgdata = path.join(dataDir, 'pgdata');
  const database = await openDatabase({ dataDir: pgdata });
  try {
    await migrateDatabase(database);
    for (const name of ['城关镇党委', '河西村党支部', '第一党小组']) {
      await database.db.transaction((tx) =>
        recordAudit(tx, admin, { action: 'org.created', entityType: 'org', summary: { after: { name } } }),
      );
    }
  } finally {
    await database.close();
  }
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('audit:verify', () => {
  it('passes an intact chain and names the first tampered row', { timeout: 40_000 }, async () => {
    const env = { DATA_DIR: dataDir };
    const intact = await runCliFile('audit-verify.ts', [], env);
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('审计链完整：已校验 3 条记录');

    const database = await openDatabase({ dataDir: pgdata });
    let tamperedId: number;
    const client = await database.pool.connect();
    try {
      // The append-only trigger stops the application; a superuser can switch it off, and that is what is tested.
      await client.query('BEGIN');
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
      const { rows } = await client.query<{ id: number }>(
        `UPDATE audit_log SET summary = '{"after":{"name":"改过的名字"}}'
          WHERE id = (SELECT id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1) RETURNING id`,
      );
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
      await client.query('COMMIT');
      tamperedId = Number(rows[0]!.id);
    } finally {
      client.release();
      await database.close();
    }

    const broken = await runCliFile('audit-verify.ts', [], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`id=${tamperedId}`);
    expect(broken.stdout).toContain('被篡改');
  });
});
