import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser, sampleTree, signedInAs, USER_PASSWORD, type SampleTree } from '../../test/factories';
import { deliverOutbox, notify } from './service';
import { HttpSmsGateway, LogSmsSender } from './sms';

let t: TestApp;
let tree: SampleTree;
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
});
afterAll(async () => {
  await t?.close();
});

type Inbox = { items: Notification[]; total: number; unread: number };

describe('the inbox', () => {
  it('receives a notification sent by staff and marks it read', async () => {
    const user = await createUser(t, [{ role: 'member', orgId: tree.branchX.id }]);
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const sent = await staff.post('/api/notifications', {
      userIds: [user.id],
      title: '本月主题党日',
      body: '周六上午九点',
    });
    expect(sent.status).toBe(200);
    const client = t.client();
    await client.login(user.username, USER_PASSWORD);
    const inbox = await client.get<Inbox>('/api/notifications');
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({ title: '本月主题党日', body: '周六上午九点', readAt: null });
    await client.post(`/api/notifications/${inbox.body.items[0]!.id}/read`);
    expect((await client.get<Inbox>('/api/notifications')).body.unread).toBe(0);
  });

  it('refuses recipients outside the sender’s reach', async () => {
    const outsider = await createUser(t, [{ role: 'member', orgId: tree.branchY.id }]);
    const secretary = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    const response = await secretary.post('/api/notifications', { userIds: [outsider.id], title: '越界' });
    expect(response.status).toBe(403);
  });

  it('marks everything read at once', async () => {
    const user = await createUser(t, [{ role: 'member', orgId: tree.branchX.id }]);
    await t.admin.post('/api/notifications', { userIds: [user.id], title: '一' });
    await t.admin.post('/api/notifications', { userIds: [user.id], title: '二' });
    const client = t.client();
    await client.login(user.username, USER_PASSWORD);
    expect((await client.get<Inbox>('/api/notifications')).body.unread).toBe(2);
    await client.post('/api/notifications/read-all');
    expect((await client.get<Inbox>('/api/notifications')).body.unread).toBe(0);
  });
});

describe('the SMS outbox', () => {
  it('keeps the phone number encrypted and delivers through the sender once', async () => {
    await t.database.db.transaction((tx) =>
      notify(tx, t.cipher, {
        userIds: [],
        title: '换届提醒',
        body: '任期将于 90 天内届满',
        smsPhones: ['13800138000'],
      }),
    );
    const stored = await t.database.db.execute<{ recipient_enc: string }>(
      sql`SELECT recipient_enc FROM notification_outbox ORDER BY id DESC LIMIT 1`,
    );
    expect(stored.rows[0]!.recipient_enc).not.toContain('13800138000');
    const sender = new LogSmsSender();
    expect(await deliverOutbox(t.database.db, t.cipher, sender)).toEqual({ sent: 1, failed: 0 });
    expect(sender.sent).toEqual([{ phone: '13800138000', text: '换届提醒：任期将于 90 天内届满' }]);
    expect(await deliverOutbox(t.database.db, t.cipher, sender)).toEqual({ sent: 0, failed: 0 });
  });

  it('posts to an HTTP gateway and retries later when the gateway fails', async () => {
    const received: { auth: string | undefined; body: unknown }[] = [];
    let fail = true;
    const gateway = createServer((req: IncomingMessage, res) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => {
        if (fail) {
          res.statusCode = 503;
          return res.end();
        }
        received.push({ auth: req.headers.authorization, body: JSON.parse(data) });
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
      const sender = new HttpSmsGateway(url, 'secret-token');
      await t.database.db.transaction((tx) =>
        notify(tx, t.cipher, { userIds: [], title: '会议通知', body: '', smsPhones: ['13900139000'] }),
      );
      expect(await deliverOutbox(t.database.db, t.cipher, sender)).toEqual({ sent: 0, failed: 1 });
      fail = false;
      await t.database.db.execute(
        sql`UPDATE notification_outbox SET next_attempt_at = now() WHERE status = 'pending'`,
      );
      expect(await deliverOutbox(t.database.db, t.cipher, sender)).toEqual({ sent: 1, failed: 0 });
      expect(received).toEqual([
        { auth: 'Bearer secret-token', body: { to: '13900139000', text: '会议通知' } },
      ]);
    } finally {
      gateway.close();
    }
  });
});
