import type { Org, OrgKind, Role, User } from '@jiceng/core';
import { expect } from 'vitest';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

export const USER_PASSWORD = 'Passw0rd2026';

let sequence = 0;
/** A name unique within the test run, so tests sharing a database never collide. */
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}${process.pid % 1000}${sequence}`;
}

export async function createOrg(
  client: TestClient,
  input: { parentId: number | null; kind: OrgKind; name?: string; code?: string; unitKind?: string },
): Promise<Org> {
  const response = await client.post<Org>('/api/orgs', { name: unique('组织'), ...input });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

export async function createUser(
  t: TestApp,
  assignments: { role: Role; orgId: number | null }[],
  username = unique('user').toLowerCase(),
): Promise<User> {
  const response = await t.admin.post<User>('/api/users', {
    username,
    displayName: `测试${username}`,
    password: USER_PASSWORD,
    assignments,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** A new user holding one role at one org, and a client signed in as that user. */
export async function signedInAs(t: TestApp, role: Role, orgId: number | null): Promise<TestClient> {
  const user = await createUser(t, [{ role, orgId }]);
  const client = t.client();
  await client.login(user.username, USER_PASSWORD);
  return client;
}

export interface SampleTree {
  county: Org;
  township: Org;
  branchX: Org;
  branchY: Org;
  groupX: Org;
  groupY: Org;
}

/** County committee → township committee → sibling branches X and Y, each with a group. */
export async function sampleTree(t: TestApp): Promise<SampleTree> {
  const county = await createOrg(t.admin, { parentId: null, kind: 'committee', name: unique('示范县委') });
  const township = await createOrg(t.admin, {
    parentId: county.id,
    kind: 'committee',
    name: unique('城关镇党委'),
  });
  const branchX = await createOrg(t.admin, {
    parentId: township.id,
    kind: 'branch',
    name: unique('东街支部'),
  });
  const branchY = await createOrg(t.admin, {
    parentId: township.id,
    kind: 'branch',
    name: unique('西街支部'),
  });
  const groupX = await createOrg(t.admin, { parentId: branchX.id, kind: 'group', name: unique('东街一组') });
  const groupY = await createOrg(t.admin, { parentId: branchY.id, kind: 'group', name: unique('西街一组') });
  return { county, township, branchX, branchY, groupX, groupY };
}
