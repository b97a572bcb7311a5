import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Correction, Person, PersonEvent } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { createPerson, sampleTree, signedInAs, uniqueIdNumber, type SampleTree } from '../../test/factories';

let t: TestApp;
let tree: SampleTree;
let secretary: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretary = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

type OwnRecord = { person: Person; events: PersonEvent[]; corrections: Correction[] };
const MEMBER_PASSWORD = 'Member2026ab';

async function memberWithAccount(phone: string) {
  const idNumber = uniqueIdNumber('female', '1992-04-05');
  const person = await createPerson(t.admin, tree.branchX.id, { idNumber, phone });
  const account = await secretary.post<{ username: string }>(`/api/persons/${person.id}/account`, {
    password: MEMBER_PASSWORD,
  });
  expect(account.status).toBe(201);
  return { person, idNumber };
}

describe('a member account', () => {
  it('signs in with the ID number or the phone number, not storing either as the username', async () => {
    const { idNumber } = await memberWithAccount('13511112222');
    const byId = t.client();
    await byId.login(idNumber.toLowerCase(), MEMBER_PASSWORD);
    const me = await byId.get<{ username: string }>('/api/auth/me');
    expect(me.body.username).not.toContain(idNumber.slice(6, 14));
    await t.client().login('13511112222', MEMBER_PASSWORD);
  });

  it('is refused when the person already has one', async () => {
    const { person } = await memberWithAccount('13511113333');
    const again = await secretary.post(`/api/persons/${person.id}/account`, { password: MEMBER_PASSWORD });
    expect(again.status).toBe(409);
  });

  it('shows the member the own record unmasked with its history, and nobody else’s', async () => {
    const { idNumber, person } = await memberWithAccount('13511114444');
    const member = t.client();
    await member.login('13511114444', MEMBER_PASSWORD);
    const own = await member.get<OwnRecord>('/api/me/person');
    expect(own.body.person.idNumber).toBe(idNumber);
    expect(own.body.person.phone).toBe('13511114444');
    expect(own.body.events.map((e) => e.type)).toContain('admitted');
    expect((await member.get(`/api/persons/${person.id}`)).status).toBe(403);
    expect((await member.get('/api/persons')).status).toBe(403);
  });

  it('has no own record when the user is not a member', async () => {
    expect((await secretary.get('/api/me/person')).status).toBe(404);
  });
});

describe('correction requests', () => {
  it('go to the branch, which approves and the record changes', async () => {
    const { person } = await memberWithAccount('13511115555');
    const member = t.client();
    await member.login('13511115555', MEMBER_PASSWORD);
    const asked = await member.post<Correction>('/api/me/corrections', {
      field: 'phone',
      value: '13599998888',
      reason: '换了新号码',
    });
    expect(asked.status).toBe(201);
    const pending = await secretary.get<Correction[]>('/api/corrections?status=pending');
    const mine = pending.body.find((c) => c.personId === person.id)!;
    expect(mine.requestedValue).toBe('135****8888');
    const decided = await secretary.post<Correction>(`/api/corrections/${mine.id}/decision`, {
      approve: true,
    });
    expect(decided.body.status).toBe('approved');
    const own = await member.get<OwnRecord>('/api/me/person');
    expect(own.body.person.phone).toBe('13599998888');
  });

  it('refused need a reason, which the member sees', async () => {
    await memberWithAccount('13511116666');
    const member = t.client();
    await member.login('13511116666', MEMBER_PASSWORD);
    const asked = await member.post<Correction>('/api/me/corrections', {
      field: 'name',
      value: '新名字',
      reason: '改名',
    });
    const noReason = await secretary.post(`/api/corrections/${asked.body.id}/decision`, { approve: false });
    expect(noReason.status).toBe(400);
    expect(errorOf(noReason).field).toBe('reason');
    await secretary.post(`/api/corrections/${asked.body.id}/decision`, {
      approve: false,
      reason: '请提供户籍证明',
    });
    const own = await member.get<OwnRecord>('/api/me/person');
    expect(own.body.corrections[0]).toMatchObject({ status: 'refused', decisionReason: '请提供户籍证明' });
    expect(own.body.person.name).not.toBe('新名字');
  });

  it('validate the requested value like the field itself', async () => {
    await memberWithAccount('13511117777');
    const member = t.client();
    await member.login('13511117777', MEMBER_PASSWORD);
    const bad = await member.post('/api/me/corrections', {
      field: 'idNumber',
      value: '360426199101010072',
      reason: '录错了',
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toContain('校验位');
  });

  it('from another branch stay out of reach', async () => {
    const secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
    const list = await secretaryY.get<Correction[]>('/api/corrections');
    expect(list.body).toEqual([]);
    const pending = await secretary.get<Correction[]>('/api/corrections');
    const target = pending.body[0]!;
    expect((await secretaryY.post(`/api/corrections/${target.id}/decision`, { approve: true })).status).toBe(
      404,
    );
  });
});
