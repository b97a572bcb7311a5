import type { ComplianceReminderResult, Notification } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { sendComplianceReminders } from './reminders';
import { complianceFixture, type Fixture } from './test-fixture';

/**
 * Reminders before a period ends, on the fixture of compliance.test.ts. B4 has held nothing: in late May its
 * theme day of May is the only running period that ends within a week (the quarter ends June 30).
 */
let t: TestApp;
let f: Fixture;
let secretaryB4: TestClient;

function remind(orgId: number, today: string) {
  return t.database.db.transaction(async (tx) => {
    const root = await tx.execute<{ path: string }>(sql`SELECT path FROM orgs WHERE id = ${orgId}`);
    return sendComplianceReminders(tx, t.cipher, 'all', { path: root.rows[0]!.path }, today);
  });
}

async function inbox(client: TestClient) {
  const response = await client.get<{ items: Notification[] }>('/api/notifications');
  return response.body.items;
}

beforeAll(async () => {
  t = await startTestApp();
  f = await complianceFixture(t);
  secretaryB4 = await signedInAs(t, 'branch_secretary', f.branches.B4.id);
  const holder = await createPerson(t.admin, f.branches.B4.id, { phone: '13800001111' });
  const post = await t.admin.post(`/api/orgs/${f.branches.B4.id}/posts`, {
    post: 'secretary',
    personId: holder.id,
  });
  expect(post.status, JSON.stringify(post.body)).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

describe('compliance reminders', () => {
  it('are not sent 8 days before the period ends', async () => {
    expect(await remind(f.branches.B4.id, '2025-05-23')).toEqual({ items: 0, branches: 0, inbox: 0, sms: 0 });
    expect(await inbox(secretaryB4)).toEqual([]);
  });

  it('are sent 7 days before: to the branch’s accounts and a text to its secretary', async () => {
    expect(await remind(f.branches.B4.id, '2025-05-24')).toEqual({ items: 1, branches: 1, inbox: 1, sms: 1 });
    const [message] = await inbox(secretaryB4);
    expect(message!.title).toBe(`组织生活提醒：${f.branches.B4.name}本期还有 1 项未完成`);
    expect(message!.body).toContain('主题党日：2025年5月应至少开展 1 次，已开展 0 次，2025-05-31 截止');
    const texts = await t.database.db.execute(
      sql`SELECT title FROM notification_outbox WHERE channel = 'sms'`,
    );
    expect(texts.rows).toHaveLength(1);
  });

  it('are sent once per branch, kind and period, however often they run', async () => {
    expect((await remind(f.branches.B4.id, '2025-05-24')).items).toBe(0);
    expect((await remind(f.branches.B4.id, '2025-05-31')).items).toBe(0);
    expect(await inbox(secretaryB4)).toHaveLength(1);
  });

  it('leave out what is met, and remind each branch of its own due periods', async () => {
    // B1 on May 24: its committee meeting of May 25 has not happened yet; theme day and g1 met May.
    // B2 met its theme day of May; B3's group g3b and theme day are due.
    const result = await remind(f.township.id, '2025-05-24');
    expect(result).toMatchObject({ items: 3, branches: 2 });
    const bodies = await t.database.db.execute<{ title: string; body: string }>(
      sql`SELECT DISTINCT title, body FROM notifications WHERE title LIKE '组织生活提醒%' ORDER BY title`,
    );
    const b3 = bodies.rows.find((r) => r.title.includes(f.branches.B3.name))!;
    expect(b3.body).toContain(`党小组会（${f.groups.g3b.name}）`);
    expect(b3.body).toContain('主题党日');
  });

  it('are sent now through the API within the actor’s reach, and audited', async () => {
    const staff = await signedInAs(t, 'org_staff', f.township.id);
    const response = await staff.post<ComplianceReminderResult>('/api/compliance/reminders', {
      orgId: f.general.id,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({
      items: expect.any(Number),
      branches: expect.any(Number),
      inbox: expect.any(Number),
      sms: expect.any(Number),
    });
    const audit = await t.database.db.execute(
      sql`SELECT 1 FROM audit_log WHERE action = 'compliance.reminded'`,
    );
    expect(audit.rows).toHaveLength(1);
    const outside = await secretaryB4.post('/api/compliance/reminders', { orgId: f.branches.B1.id });
    expect(outside.status).toBe(404);
  });
});
