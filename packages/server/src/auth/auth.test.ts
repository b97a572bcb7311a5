import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '@jiceng/core';
import { buildApp } from '../app';
import { startTestApp, ADMIN_PASSWORD, type TestApp } from '../test/test-app';
import { errorOf, TestClient } from '../test/test-client';
import { createUser, USER_PASSWORD } from '../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('signing in', () => {
  it('answers 401 on /api/auth/me without a session', async () => {
    const response = await t.client().get('/api/auth/me');
    expect(response.status).toBe(401);
    expect(errorOf(response).message).toBe('请先登录');
  });

  it('sets an HttpOnly SameSite session cookie and shows the user with its roles', async () => {
    const client = t.client();
    const response = await client.post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get<Me>('/api/auth/me');
    expect(me.body.username).toBe('admin');
    expect(me.body.assignments).toEqual([expect.objectContaining({ role: 'admin', orgId: null })]);
    expect(me.body.permissions).toContain('user.manage');
  });

  it('stores an argon2id hash, never the password', async () => {
    const result = await t.database.db.execute<{ password_hash: string }>(
      sql`SELECT password_hash FROM users WHERE username = 'admin'`,
    );
    expect(result.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password with 401 and a Chinese message', async () => {
    const response = await t
      .client()
      .post('/api/auth/login', { username: 'admin', password: 'wrong-password1' });
    expect(response.status).toBe(401);
    expect(errorOf(response).message).toBe('用户名或密码错误');
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const response = await t.client().post('/api/auth/login', { username: 'nobody', password: 'x' });
    expect(response.status).toBe(401);
    expect(errorOf(response).message).toBe('用户名或密码错误');
  });

  it('ends the session on logout', async () => {
    const client = t.client();
    await client.login('admin', ADMIN_PASSWORD);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const stale = new TestClient(t.baseUrl);
    stale.cookie = cookie;
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });
});

describe('lockout', () => {
  it('locks a username for 15 minutes after five wrong passwords, even against the right one', async () => {
    const user = await createUser(t, [{ role: 'admin', orgId: null }]);
    const client = t.client();
    for (let i = 0; i < 4; i += 1) {
      expect(
        (await client.post('/api/auth/login', { username: user.username, password: 'bad1bad1bad1' })).status,
      ).toBe(401);
    }
    const fifth = await client.post('/api/auth/login', { username: user.username, password: 'bad1bad1bad1' });
    expect(fifth.status).toBe(429);
    const right = await client.post('/api/auth/login', { username: user.username, password: USER_PASSWORD });
    expect(right.status).toBe(429);
    expect(errorOf(right).message).toContain('已锁定 15 分钟');
    const until = new Date(errorOf(right).allowedFrom!).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('lets the user in again once the lock has passed', async () => {
    const user = await createUser(t, [{ role: 'admin', orgId: null }]);
    const client = t.client();
    for (let i = 0; i < 5; i += 1) {
      await client.post('/api/auth/login', { username: user.username, password: 'bad1bad1bad1' });
    }
    await t.database.db.execute(
      sql`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = ${user.id}`,
    );
    expect(
      (await client.post('/api/auth/login', { username: user.username, password: USER_PASSWORD })).status,
    ).toBe(200);
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const user = await createUser(t, [{ role: 'admin', orgId: null }]);
    const client = t.client();
    for (let i = 0; i < 4; i += 1) {
      await client.post('/api/auth/login', { username: user.username, password: 'bad1bad1bad1' });
    }
    await client.login(user.username, USER_PASSWORD);
    for (let i = 0; i < 4; i += 1) {
      expect(
        (await client.post('/api/auth/login', { username: user.username, password: 'bad1bad1bad1' })).status,
      ).toBe(401);
    }
  });

  it('is lifted by an admin password reset', async () => {
    const user = await createUser(t, [{ role: 'admin', orgId: null }]);
    const client = t.client();
    for (let i = 0; i < 5; i += 1) {
      await client.post('/api/auth/login', { username: user.username, password: 'bad1bad1bad1' });
    }
    const reset = await t.admin.post(`/api/users/${user.id}/password`, { password: 'NewPassw0rd99' });
    expect(reset.status).toBe(200);
    expect(
      (await client.post('/api/auth/login', { username: user.username, password: 'NewPassw0rd99' })).status,
    ).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session idle for longer than the idle limit', async () => {
    const client = t.client();
    await client.login('admin', ADMIN_PASSWORD);
    await t.database.db.execute(
      sql`UPDATE sessions SET last_seen_at = now() - interval '121 minutes' WHERE id IN (SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1)`,
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session past its absolute end even when it was active', async () => {
    const client = t.client();
    await client.login('admin', ADMIN_PASSWORD);
    await t.database.db.execute(
      sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id IN (SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1)`,
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('is shared by two server processes on one database', async () => {
    const second = await buildApp({ database: t.database, config: t.config, cipher: t.cipher, sms: t.sms });
    await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = second.server.address();
      const other = new TestClient(
        `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      );
      other.cookie = t.admin.cookie;
      expect((await other.get('/api/auth/me')).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('own password', () => {
  it('changes the password after checking the current one, and signs out the other sessions', async () => {
    const user = await createUser(t, [{ role: 'admin', orgId: null }]);
    const phone = t.client();
    await phone.login(user.username, USER_PASSWORD);
    const desk = t.client();
    await desk.login(user.username, USER_PASSWORD);
    const wrong = await desk.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'Another2026x',
    });
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong).field).toBe('currentPassword');
    const weak = await desk.post('/api/auth/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(errorOf(weak).field).toBe('newPassword');
    const ok = await desk.post('/api/auth/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'Another2026x',
    });
    expect(ok.status).toBe(200);
    expect((await desk.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect(
      (await t.client().post('/api/auth/login', { username: user.username, password: 'Another2026x' }))
        .status,
    ).toBe(200);
  });
});

describe('request protection', () => {
  it('refuses a cookie-authenticated write from another origin', async () => {
    const response = await t.admin.request(
      'POST',
      '/api/orgs',
      { parentId: null, kind: 'committee', name: '跨站' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(response.status).toBe(403);
    expect(errorOf(response).code).toBe('csrf_rejected');
  });

  it('refuses a cross-site fetch announced by Sec-Fetch-Site', async () => {
    const response = await t.admin.request('DELETE', '/api/orgs/1', undefined, {
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(403);
  });

  it('refuses a text/plain body, which a cross-site form could send', async () => {
    const response = await t.admin.request('POST', '/api/orgs', 'x', { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('sets security headers', async () => {
    const response = await t.client().get('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toBeTruthy();
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const limited = await startTestApp({ database: t.database, config: { loginRatePerMinute: 3 } });
    try {
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        statuses.push((await client.post('/api/auth/login', { username: 'nobody', password: 'x' })).status);
      }
      expect(statuses).toEqual([401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
