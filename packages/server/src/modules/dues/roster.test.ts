import {
  chinaToday,
  monthOf,
  shiftMonth,
  type DuesRoster,
  type DuesRosterItem,
  type DuesSummary,
  type Org,
  type Person,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
const today = chinaToday();
const current = monthOf(today);
const monthsAgo = (n: number) => shiftMonth(current, -n);

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

const branch = () => createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
const member = (orgId: number, overrides: Record<string, unknown> = {}) =>
  createPerson(t.admin, orgId, overrides);

/** A base from eight months back, so every month the tests look at has one. */
async function declareBase(personId: number, monthlyIncomeFen: number) {
  const from = monthsAgo(8);
  const response = await t.admin.post(`/api/persons/${personId}/dues-bases`, {
    personId,
    year: Number(from.slice(0, 4)),
    effectiveFromMonth: from,
    monthlyIncomeFen,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

async function generate(orgId: number, month: string) {
  const response = await t.admin.post('/api/dues/ledger/generate', { orgId, month });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

async function payBulk(orgId: number, personIds: number[], month = current) {
  const response = await t.admin.post('/api/dues/payments/bulk', {
    orgId,
    month,
    personIds,
    method: 'bank_transfer',
    paidOn: today,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

async function roster(orgId: number, month = current, client: TestClient = t.admin) {
  const response = await client.get<DuesRoster>(`/api/dues/roster?orgId=${orgId}&month=${month}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const itemOf = (list: DuesRoster, person: Person): DuesRosterItem => {
  const item = list.items.find((i) => i.personId === person.id);
  expect(item, `${person.name} in the roster`).toBeDefined();
  return item!;
};

/** The month's figures of the dues summary for the org: what the roster's totals must equal. */
async function summaryMonth(orgId: number, month = current) {
  const response = await t.admin.get<DuesSummary>(
    `/api/dues/summary?orgId=${orgId}&year=${month.slice(0, 4)}`,
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.months.find((m) => m.month === month)!;
}

async function expectReconciled(org: Org) {
  const { totals } = await roster(org.id);
  const summary = await summaryMonth(org.id);
  expect(totals).toMatchObject({
    members: summary.members,
    dueFen: summary.dueFen,
    paidMembers: summary.paidMembers,
    collectedFen: summary.collectedFen,
  });
  return totals;
}

describe('the roster of a month', () => {
  let org: Org;
  let zhao: Person;
  let qian: Person;
  let sun: Person;
  let noBase: Person;

  beforeAll(async () => {
    org = await branch();
    zhao = await member(org.id, { name: '赵一' });
    qian = await member(org.id, { name: '钱二' });
    sun = await member(org.id, { name: '孙三' });
    noBase = await member(org.id, { name: '李四' });
    await member(org.id, { name: '周五申请人', admissionDate: null, conversionDate: null });
    await declareBase(zhao.id, 300000);
    await declareBase(qian.id, 400000);
    await declareBase(sun.id, 500000);
    await generate(org.id, current);
    await payBulk(org.id, [zhao.id, sun.id]);
  });

  it('lists the members ledger generation bills, and nobody who is not a member', async () => {
    const list = await roster(org.id);
    expect(list.org).toEqual({ id: org.id, name: org.name });
    expect(list.generated).toBe(true);
    expect(list.items.map((i) => i.personId).sort()).toEqual([zhao.id, qian.id, sun.id, noBase.id].sort());
  });

  it("gives each member the ledger's amount for the month, and none to a member without a base", async () => {
    const list = await roster(org.id);
    expect(itemOf(list, zhao)).toMatchObject({ dueFen: 1500, hardship: false });
    expect(itemOf(list, qian)).toMatchObject({ dueFen: 4000, payment: null });
    expect(itemOf(list, sun).dueFen).toBe(5000);
    expect(itemOf(list, noBase)).toMatchObject({ dueFen: null, payment: null });
  });

  it('shows how and when a paid member paid', async () => {
    const list = await roster(org.id);
    expect(itemOf(list, sun).payment).toMatchObject({
      month: current,
      amountFen: 5000,
      kind: 'regular',
      method: 'bank_transfer',
      paidOn: today,
      active: true,
    });
  });

  it('puts the members who still owe first, then those without a ledger row, then the paid, each by name', async () => {
    const list = await roster(org.id);
    expect(list.items.map((i) => i.name)).toEqual(['钱二', '李四', '孙三', '赵一']);
  });
});

describe('the totals', () => {
  it('equal the month in the dues summary, before and after a bulk payment', async () => {
    const org = await branch();
    const people = [await member(org.id), await member(org.id), await member(org.id)];
    await declareBase(people[0]!.id, 300000);
    await declareBase(people[1]!.id, 400000);
    await declareBase(people[2]!.id, 500000);
    await generate(org.id, current);
    const before = await expectReconciled(org);
    expect(before).toEqual({
      members: 3,
      dueFen: 10500,
      paidMembers: 0,
      collectedFen: 0,
      unpaidMembers: 3,
      outstandingFen: 10500,
    });
    await payBulk(org.id, [people[0]!.id, people[2]!.id]);
    const after = await expectReconciled(org);
    expect(after).toEqual({
      members: 3,
      dueFen: 10500,
      paidMembers: 2,
      collectedFen: 6500,
      unpaidMembers: 1,
      outstandingFen: 4000,
    });
  });
});

describe('a month not generated yet', () => {
  it('says so and lists the members without amounts, with totals of zero', async () => {
    const org = await branch();
    const person = await member(org.id);
    await declareBase(person.id, 300000);
    const list = await roster(org.id);
    expect(list.generated).toBe(false);
    expect(list.items).toEqual([
      expect.objectContaining({ personId: person.id, dueFen: null, payment: null }),
    ]);
    expect(list.totals).toEqual({
      members: 0,
      dueFen: 0,
      paidMembers: 0,
      collectedFen: 0,
      unpaidMembers: 0,
      outstandingFen: 0,
    });
  });
});

describe('hardship', () => {
  it('marks an exempt member, who is billed nothing and does not count as unpaid', async () => {
    const org = await branch();
    const exempt = await member(org.id);
    const payer = await member(org.id);
    await declareBase(exempt.id, 300000);
    await declareBase(payer.id, 300000);
    const decided = await t.admin.post(`/api/persons/${exempt.id}/dues-hardships`, {
      personId: exempt.id,
      fromMonth: current,
      toMonth: current,
      reducedAmountFen: 0,
      reason: '因病生活困难',
      decidedOn: `${monthsAgo(1)}-10`,
      approvedByOrgName: '城关镇党委',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    await generate(org.id, current);
    const list = await roster(org.id);
    expect(itemOf(list, exempt)).toMatchObject({ dueFen: 0, hardship: true });
    expect(itemOf(list, payer)).toMatchObject({ dueFen: 1500, hardship: false });
    expect(list.totals).toMatchObject({ members: 2, dueFen: 1500, unpaidMembers: 1, outstandingFen: 1500 });
  });
});

describe('arrears', () => {
  it('counts the consecutive unpaid months up to last month', async () => {
    const org = await branch();
    const late = await member(org.id);
    const prompt = await member(org.id);
    await declareBase(late.id, 300000);
    await declareBase(prompt.id, 300000);
    for (let n = 3; n >= 0; n -= 1) await generate(org.id, monthsAgo(n));
    for (let n = 3; n >= 1; n -= 1) await payBulk(org.id, [prompt.id], monthsAgo(n));
    const list = await roster(org.id);
    expect(itemOf(list, late).consecutiveUnpaid).toBe(3);
    expect(itemOf(list, prompt).consecutiveUnpaid).toBe(0);
  });
});

describe('a member who left after the month was generated', () => {
  it('stays on the month’s list, so the totals still equal the ledger', async () => {
    const org = await branch();
    const stays = await member(org.id);
    const leaves = await member(org.id);
    await declareBase(stays.id, 300000);
    await declareBase(leaves.id, 300000);
    await generate(org.id, current);
    const left = await t.admin.post(`/api/persons/${leaves.id}/standing-changes`, {
      change: 'deceased',
      date: today,
    });
    expect(left.status, JSON.stringify(left.body)).toBe(201);
    const list = await roster(org.id);
    expect(itemOf(list, leaves).dueFen).toBe(1500);
    expect((await expectReconciled(org)).members).toBe(2);
  });
});

describe('access', () => {
  it("answers 404 to a secretary asking for another branch's roster", async () => {
    const person = await member(tree.branchX.id);
    await declareBase(person.id, 300000);
    await generate(tree.branchX.id, current);
    const refused = await secretaryY.get(`/api/dues/roster?orgId=${tree.branchX.id}&month=${current}`);
    expect(refused.status).toBe(404);
    const own = await roster(tree.branchX.id, current, secretaryX);
    expect(own.items.map((i) => i.personId)).toContain(person.id);
  });

  it('refuses a month that is not YYYY-MM, naming the field', async () => {
    const response = await t.admin.get<{ error: { message: string } }>(
      `/api/dues/roster?orgId=${tree.branchX.id}&month=2026-13`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('月份');
  });
});
