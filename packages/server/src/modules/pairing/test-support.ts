import { addDays, chinaToday, type Household, type Org, type Pairing, type Person } from '@jiceng/core';
import { expect } from 'vitest';
import {
  createOrg,
  createPerson,
  sampleTree,
  signedInAs,
  unique,
  type SampleTree,
} from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import type { TestClient, TestResponse } from '../../test/test-client';

export const today = chinaToday();
export const daysAgo = (n: number) => addDays(today, -n);
export const MEMBER_PASSWORD = 'Member2026ab';

export function ok<T>(response: TestResponse<T>, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** A township with two villages (A and B), each with a secretary account, under the sample tree. */
export interface PairingWorld {
  tree: SampleTree;
  villageA: Org;
  villageB: Org;
  secA: TestClient;
  secB: TestClient;
  townStaff: TestClient;
}

export async function pairingWorld(t: TestApp): Promise<PairingWorld> {
  const tree = await sampleTree(t);
  const villageA = await createOrg(t.admin, {
    parentId: tree.township.id,
    kind: 'branch',
    unitKind: 'village',
    name: unique('东村支部'),
  });
  const villageB = await createOrg(t.admin, {
    parentId: tree.township.id,
    kind: 'branch',
    unitKind: 'village',
    name: unique('西村支部'),
  });
  return {
    tree,
    villageA,
    villageB,
    secA: await signedInAs(t, 'branch_secretary', villageA.id),
    secB: await signedInAs(t, 'branch_secretary', villageB.id),
    townStaff: await signedInAs(t, 'org_staff', tree.township.id),
  };
}

export function householdInput(orgId: number, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    headName: unique('户主'),
    address: '三组 8 号',
    peopleCount: 3,
    situations: ['subsistence'],
    ...overrides,
  };
}

/** A household that consented `consentDaysAgo` days ago (none when null). */
export async function household(
  client: TestClient,
  orgId: number,
  options: { consentDaysAgo?: number | null; overrides?: Record<string, unknown> } = {},
): Promise<Household> {
  const created = ok(
    await client.post<Household>('/api/pairing/households', householdInput(orgId, options.overrides)),
    201,
  );
  const consent = options.consentDaysAgo === undefined ? 120 : options.consentDaysAgo;
  if (consent === null) return created;
  return ok(
    await client.request<Household>('PUT', `/api/pairing/households/${created.id}/consent`, {
      consentedOn: daysAgo(consent),
      way: 'written',
      recordedByName: '李书记',
    }),
  );
}

export async function pair(
  client: TestClient,
  householdId: number,
  helperPersonId: number,
  startedDaysAgo = 90,
): Promise<Pairing> {
  return ok(
    await client.post<Pairing>('/api/pairing/pairings', {
      householdId,
      helperPersonId,
      startedOn: daysAgo(startedDaysAgo),
    }),
    201,
  );
}

export function visitInput(
  householdId: number,
  visitorPersonId: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    householdId,
    visitorPersonId,
    visitedOn: daysAgo(10),
    notes: '了解家庭近况，帮助联系医保报销',
    helpKinds: ['condolence'],
    ...overrides,
  };
}

/** A member with a login (by phone), and a client signed in as them. */
export async function memberOnPhone(
  t: TestApp,
  orgId: number,
  phone: string,
): Promise<{ person: Person; client: TestClient }> {
  const person = await createPerson(t.admin, orgId, { phone });
  ok(await t.admin.post(`/api/persons/${person.id}/account`, { password: MEMBER_PASSWORD }), 201);
  const client = t.client();
  await client.login(phone, MEMBER_PASSWORD);
  return { person, client };
}
