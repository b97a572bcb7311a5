import { chinaToday, monthOf, type DuesDeclarationView, type MemberDuesView } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
const current = monthOf(chinaToday());
const year = Number(current.slice(0, 4));

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

let phones = 0;
/** A member of branch X signed in on the phone. */
async function memberOnPhone(overrides: Record<string, unknown> = {}) {
  phones += 1;
  const phone = `1370000${String(5100 + phones)}`;
  const person = await createPerson(t.admin, tree.branchX.id, { phone, ...overrides });
  await t.admin.post(`/api/persons/${person.id}/account`, { password: 'Member2026ab' });
  const client = t.client();
  await client.login(phone, 'Member2026ab');
  return { person, client };
}

const declare = (client: TestClient, monthlyIncomeFen = 400000) =>
  client.post<DuesDeclarationView & { error?: { message: string } }>('/api/me/dues-declarations', {
    year,
    monthlyIncomeFen,
    effectiveFromMonth: current,
  });

describe('a member declaring the year’s income (F10)', () => {
  it('is verified by the branch into a base, and the amount follows from it', async () => {
    const { client } = await memberOnPhone();
    const declared = await declare(client, 400000);
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    expect(declared.body).toMatchObject({ status: 'pending', amountFen: 4000 });

    const decided = await secretaryX.post<DuesDeclarationView>(
      `/api/dues/declarations/${declared.body.id}/decision`,
      { approve: true },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.status).toBe('verified');
    const own = (await client.get<MemberDuesView>('/api/me/dues')).body;
    expect(own.bases.at(-1)).toMatchObject({ monthlyIncomeFen: 400000, effectiveFromMonth: current });
    expect(own.dueNow).toMatchObject({ dueFen: 4000 });
    expect(own.declarations[0]).toMatchObject({ status: 'verified' });
    const again = await secretaryX.post(`/api/dues/declarations/${declared.body.id}/decision`, {
      approve: true,
    });
    expect(again.status).toBe(409);
  });

  it('is returned only with a reason, which the member then reads', async () => {
    const { person, client } = await memberOnPhone();
    const declared = await declare(client);
    const bare = await secretaryX.post(`/api/dues/declarations/${declared.body.id}/decision`, {
      approve: false,
    });
    expect(bare.status).toBe(400);
    const returned = await secretaryX.post(`/api/dues/declarations/${declared.body.id}/decision`, {
      approve: false,
      reason: '请按税后工资申报',
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    const own = (await client.get<MemberDuesView>('/api/me/dues')).body;
    expect(own.declarations[0]).toMatchObject({ status: 'returned', decisionReason: '请按税后工资申报' });
    expect(own.bases).toEqual([]);
    expect(
      (await t.admin.get<MemberDuesView>(`/api/persons/${person.id}/dues`)).body.declarations,
    ).toHaveLength(1);
  });

  it('is refused for a member who pays a fixed amount', async () => {
    const { client } = await memberOnPhone({ personKind: 'farmer' });
    const declared = await declare(client);
    expect(declared.status).toBe(422);
    expect(JSON.stringify(declared.body)).toContain('无需申报收入');
  });

  it('cannot be decided by the secretary of another branch', async () => {
    const { client } = await memberOnPhone();
    const declared = await declare(client);
    const foreign = await secretaryY.post(`/api/dues/declarations/${declared.body.id}/decision`, {
      approve: true,
    });
    expect([403, 404]).toContain(foreign.status);
  });
});
