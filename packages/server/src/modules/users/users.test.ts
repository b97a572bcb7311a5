import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import {
  createUser,
  sampleTree,
  signedInAs,
  unique,
  USER_PASSWORD,
  type SampleTree,
} from '../../test/factories';

let t: TestApp;
let tree: SampleTree;
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
});
afterAll(async () => {
  await t?.close();
});

describe('creating users', () => {
  it('creates a branch secretary who must change the password and reaches only the branch', async () => {
    const user = await createUser(t, [{ role: 'branch_secretary', orgId: tree.branchX.id }]);
    expect(user.mustChangePassword).toBe(true);
    expect(user.assignments).toEqual([
      expect.objectContaining({
        role: 'branch_secretary',
        orgId: tree.branchX.id,
        orgName: tree.branchX.name,
      }),
    ]);
  });

  it('refuses a username already taken', async () => {
    const user = await createUser(t, [{ role: 'member', orgId: tree.branchX.id }]);
    const again = await t.admin.post('/api/users', {
      username: user.username,
      displayName: '重名',
      password: USER_PASSWORD,
      assignments: [{ role: 'member', orgId: tree.branchX.id }],
    });
    expect(again.status).toBe(409);
    expect(errorOf(again).field).toBe('username');
  });

  it('refuses a weak password naming the field', async () => {
    const response = await t.admin.post('/api/users', {
      username: unique('weak'),
      displayName: '弱密码',
      password: 'abc',
      assignments: [{ role: 'member', orgId: tree.branchX.id }],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('密码');
  });

  it('refuses a non-admin role without an org', async () => {
    const response = await t.admin.post('/api/users', {
      username: unique('noorg'),
      displayName: '无组织',
      password: USER_PASSWORD,
      assignments: [{ role: 'org_staff', orgId: null }],
    });
    expect(response.status).toBe(403);
  });
});

describe('org staff', () => {
  it('create users inside their subtree but cannot grant admin', async () => {
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const ok = await staff.post<User>('/api/users', {
      username: unique('sec'),
      displayName: '书记',
      password: USER_PASSWORD,
      assignments: [{ role: 'branch_secretary', orgId: tree.branchY.id }],
    });
    expect(ok.status).toBe(201);
    const admin = await staff.post('/api/users', {
      username: unique('adm'),
      displayName: '管理员',
      password: USER_PASSWORD,
      assignments: [{ role: 'admin', orgId: null }],
    });
    expect(admin.status).toBe(403);
  });

  it('cannot grant a role above their own subtree', async () => {
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const response = await staff.post('/api/users', {
      username: unique('up'),
      displayName: '越级',
      password: USER_PASSWORD,
      assignments: [{ role: 'org_staff', orgId: tree.county.id }],
    });
    expect(response.status).toBe(403);
  });

  it('cannot reset the password of someone who also holds a role above them', async () => {
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const countyOfficer = await createUser(t, [
      { role: 'org_staff', orgId: tree.county.id },
      { role: 'member', orgId: tree.branchX.id },
    ]);
    const response = await staff.post(`/api/users/${countyOfficer.id}/password`, {
      password: 'Hijack2026xx',
    });
    expect(response.status).toBe(403);
  });
});

describe('disabling', () => {
  it('signs the user out and keeps them out', async () => {
    const user = await createUser(t, [{ role: 'branch_officer', orgId: tree.branchX.id }]);
    const client = t.client();
    await client.login(user.username, USER_PASSWORD);
    expect((await t.admin.patch(`/api/users/${user.id}`, { disabled: true })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const again = await t
      .client()
      .post('/api/auth/login', { username: user.username, password: USER_PASSWORD });
    expect(again.status).toBe(401);
    expect(errorOf(again).message).toContain('停用');
  });
});

describe('assignments', () => {
  it('adds and removes roles but never the last one', async () => {
    const user = await createUser(t, [{ role: 'member', orgId: tree.branchX.id }]);
    const added = await t.admin.post<User>(`/api/users/${user.id}/assignments`, {
      role: 'branch_officer',
      orgId: tree.branchX.id,
    });
    expect(added.body.assignments).toHaveLength(2);
    const first = added.body.assignments[0]!;
    const removed = await t.admin.delete<User>(`/api/users/${user.id}/assignments/${first.id}`);
    expect(removed.body.assignments).toHaveLength(1);
    const last = removed.body.assignments[0]!;
    const refused = await t.admin.delete(`/api/users/${user.id}/assignments/${last.id}`);
    expect(refused.status).toBe(409);
  });

  it('keep an org from being dissolved while they reach it', async () => {
    const lonely = await t.admin.post<{ id: number }>('/api/orgs', {
      parentId: tree.township.id,
      kind: 'branch',
      name: unique('空支部'),
    });
    await createUser(t, [{ role: 'branch_secretary', orgId: lonely.body.id }]);
    const response = await t.admin.delete(`/api/orgs/${lonely.body.id}`);
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toContain('1 个用户角色');
  });
});
