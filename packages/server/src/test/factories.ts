import { composeIdNumber, type Org, type OrgKind, type Person, type Role, type User } from '@jiceng/core';
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

let personSequence = 0;
/** A valid, unique ID number: sequence digits odd for men, even for women (id-number.md I6). */
export function uniqueIdNumber(sex: 'male' | 'female' = 'male', birthDate = '1985-06-15'): string {
  personSequence += 1;
  // Each test file has its own database, so a per-process counter is unique enough.
  const region = `36${String(Math.floor(personSequence / 500)).padStart(4, '0')}`;
  const seq = (personSequence % 500) * 2 + (sex === 'male' ? 1 : 0);
  return composeIdNumber(region, birthDate, seq);
}

export function personInput(orgId: number, overrides: Record<string, unknown> = {}) {
  return {
    name: unique('党员'),
    idNumber: uniqueIdNumber(),
    ethnicity: '01',
    education: 'bachelor',
    personKind: 'employed',
    occupation: 'professional',
    phone: null,
    orgId,
    admissionDate: '2010-07-01',
    conversionDate: '2011-07-01',
    ...overrides,
  };
}

export async function createPerson(
  client: TestClient,
  orgId: number,
  overrides: Record<string, unknown> = {},
): Promise<Person> {
  const response = await client.post<Person>('/api/persons', personInput(orgId, overrides));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
