import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@jiceng/core';
import { startTestApp, type TestApp } from '../test/test-app';
import { createOrg, sampleTree, signedInAs, unique } from '../test/factories';
import { verifyAuditChain } from './service';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Page = { items: AuditEntry[]; total: number };

async function auditCount(): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`);
  return Number(result.rows[0]!.n);
}

describe('the audit log', () => {
  it('records a write with who, what, the entity, before and after, and the client address', async () => {
    const org = await createOrg(t.admin, { parentId: null, kind: 'committee', name: unique('审计县委') });
    await t.admin.patch(`/api/orgs/${org.id}`, { name: `${org.name}改` });
    const page = await t.admin.get<Page>(`/api/audit?action=org.updated&orgId=${org.id}`);
    expect(page.body.items).toHaveLength(1);
    const entry = page.body.items[0]!;
    expect(entry.actorName).toBe('admin');
    expect(entry.entityType).toBe('org');
    expect(entry.entityId).toBe(String(org.id));
    expect(entry.summary).toEqual({ before: { name: org.name }, after: { name: `${org.name}改` } });
    expect(entry.clientIp).toBe('127.0.0.1');
  });

  it('writes nothing when the change itself is refused', async () => {
    const before = await auditCount();
    const response = await t.admin.post('/api/orgs', { parentId: null, kind: 'group', name: '不合规' });
    expect(response.status).toBe(422);
    expect(await auditCount()).toBe(before);
  });

  it('records failed sign-ins', async () => {
    await t.client().post('/api/auth/login', { username: 'admin', password: 'wrong-pass-1' });
    const page = await t.admin.get<Page>('/api/audit?action=auth.login_failed');
    expect(page.body.total).toBeGreaterThan(0);
  });

  it('forms an intact hash chain', async () => {
    const report = await verifyAuditChain(t.database.db);
    expect(report.firstBrokenId).toBeNull();
    expect(report.checked).toBe(await auditCount());
  });

  it('shows org staff only the rows of their own subtree', async () => {
    const tree = await sampleTree(t);
    const staff = await signedInAs(t, 'org_staff', tree.branchX.id);
    const page = await staff.get<Page>('/api/audit?pageSize=200');
    expect(page.status).toBe(200);
    const orgIds = new Set(page.body.items.map((e) => e.orgId));
    expect(orgIds.has(tree.branchY.id)).toBe(false);
    expect(orgIds.has(tree.county.id)).toBe(false);
    expect(orgIds.has(tree.groupX.id)).toBe(true);
  });

  it('filters by date in China time', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const todays = await t.admin.get<Page>(`/api/audit?from=${today}&to=${today}`);
    expect(todays.body.total).toBe(await auditCount());
    const none = await t.admin.get<Page>('/api/audit?to=2020-01-01');
    expect(none.body.total).toBe(0);
    const bad = await t.admin.get('/api/audit?from=2020-13-45');
    expect(bad.status).toBe(400);
  });
});

describe('tampering', () => {
  it('is refused by the database for ordinary updates and deletes', async () => {
    const appendOnly = { cause: expect.objectContaining({ message: 'audit_log is append-only' }) };
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toMatchObject(
      appendOnly,
    );
    await expect(t.database.db.execute(sql`DELETE FROM audit_log`)).rejects.toMatchObject(appendOnly);
  });

  it('is found at the first altered row', async () => {
    // A superuser can switch the guard off; the hash chain still tells.
    await t.database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`);
    const rows = await t.database.db.execute<{ id: number }>(
      sql`SELECT id FROM audit_log ORDER BY id LIMIT 3`,
    );
    const victim = Number(rows.rows[1]!.id);
    await t.database.db.execute(
      sql`UPDATE audit_log SET summary = '{"after":{"name":"改过的"}}'::jsonb WHERE id = ${victim}`,
    );
    const report = await verifyAuditChain(t.database.db);
    expect(report.firstBrokenId).toBe(victim);
    expect(report.reason).toContain('篡改');
  });

  it('finds a deleted row by the broken link after it', async () => {
    const rows = await t.database.db.execute<{ id: number }>(
      sql`SELECT id FROM audit_log ORDER BY id DESC LIMIT 3`,
    );
    const victim = Number(rows.rows[1]!.id);
    await t.database.db.execute(sql`DELETE FROM audit_log WHERE id = ${victim}`);
    const report = await verifyAuditChain(t.database.db);
    // The earlier tampered row is still reported first: the report names the first broken link.
    expect(report.firstBrokenId).not.toBeNull();
  });
});
