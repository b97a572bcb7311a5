import {
  addDays,
  addMonths,
  chinaToday,
  type DevelopmentReminderResult,
  type Notification,
  type Org,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createPerson,
  createUser,
  sampleTree,
  signedInAs,
  USER_PASSWORD,
  type SampleTree,
} from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { newcomer, recordAll } from './test-journey';

let t: TestApp;
let tree: SampleTree;
let branch: Org;
let secretary: TestClient;
const today = chinaToday();

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  // A branch of its own, so no other test's people are on its board.
  branch = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
  const user = await createUser(t, [{ role: 'branch_secretary', orgId: branch.id }]);
  secretary = t.client();
  await secretary.login(user.username, USER_PASSWORD);
  const holder = await createPerson(t.admin, branch.id, { phone: '13912345678' });
  const post = await t.admin.post(`/api/orgs/${branch.id}/posts`, { post: 'secretary', personId: holder.id });
  expect(post.status, JSON.stringify(post.body)).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

async function outboxTo(phone: string): Promise<{ title: string; body: string }[]> {
  const rows = await t.database.db.execute<{ recipient_enc: string; title: string; body: string }>(
    sql`SELECT recipient_enc, title, body FROM notification_outbox WHERE channel = 'sms' ORDER BY id`,
  );
  return rows.rows.filter((r) => t.cipher.decrypt(r.recipient_enc) === phone);
}

describe('development reminders', () => {
  it('send an overdue first talk to the branch inbox and text its secretary', async () => {
    const applicant = await newcomer(t.admin, branch.id);
    const applied = addMonths(today, -2);
    await recordAll(t.admin, applicant.id, [{ step: 'application_submitted', date: applied }]);

    const sent = await secretary.post<DevelopmentReminderResult>('/api/development/reminders', {
      orgId: branch.id,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toEqual({ duties: 1, orgs: 1, inbox: 1, sms: 1 });

    const inbox = await secretary.get<{ items: Notification[] }>('/api/notifications');
    const message = inbox.body.items.find((n) => n.title.startsWith('发展党员待办提醒'));
    expect(message?.body).toContain(`${applicant.name}：`);
    expect(message?.body).toContain(`已逾期（应于 ${addMonths(applied, 1)}）`);
    expect(message?.body).toContain('development.md D2');
    expect((await outboxTo('13912345678')).at(-1)?.body).toContain(applicant.name);
  });

  it('remind the same duty at most once a week, however often they run', async () => {
    const again = await secretary.post<DevelopmentReminderResult>('/api/development/reminders', {
      orgId: branch.id,
    });
    expect(again.body.duties).toBe(0);
    await t.database.db.execute(
      sql`UPDATE reminder_log SET last_sent_on = ${addDays(today, -7)} WHERE key LIKE 'development:%'`,
    );
    const weekLater = await secretary.post<DevelopmentReminderResult>('/api/development/reminders', {
      orgId: branch.id,
    });
    expect(weekLater.body.duties).toBe(1);
  });

  it('leave out duties due later than a week from now', async () => {
    const applicant = await newcomer(t.admin, branch.id);
    // Applied yesterday: the talk is due in a month, on the board but not yet reminded.
    await recordAll(t.admin, applicant.id, [{ step: 'application_submitted', date: addDays(today, -1) }]);
    const sent = await secretary.post<DevelopmentReminderResult>('/api/development/reminders', {
      orgId: branch.id,
    });
    expect(sent.body.duties).toBe(0);
  });

  it('go to the committee staff when a branch has no account of its own', async () => {
    const lonely = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const applicant = await newcomer(t.admin, lonely.id);
    await recordAll(t.admin, applicant.id, [{ step: 'application_submitted', date: addMonths(today, -2) }]);
    const sent = await staff.post<DevelopmentReminderResult>('/api/development/reminders', {
      orgId: lonely.id,
    });
    expect(sent.body).toMatchObject({ duties: 1, orgs: 1, sms: 0 });
    const inbox = await staff.get<{ items: Notification[] }>('/api/notifications');
    expect(inbox.body.items.some((n) => n.title.includes(lonely.name))).toBe(true);
  });

  it('cannot be sent for an org outside the secretary’s reach', async () => {
    const response = await secretary.post('/api/development/reminders', { orgId: tree.branchY.id });
    // An org out of reach is not even confirmed to exist.
    expect(response.status).toBe(404);
  });
});
