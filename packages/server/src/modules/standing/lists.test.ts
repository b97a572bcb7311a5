import {
  addDays,
  addMonths,
  addYears,
  chinaToday,
  removalDueOn,
  suspensionDueOn,
  type LostContactList,
  type RemovalDueList,
  type StandingChangePage,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
const today = chinaToday();

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

async function lostMember(orgId: number, name: string, since: string, searchOn?: string) {
  const person = await createPerson(t.admin, orgId, { name });
  const lost = await t.admin.post(`/api/persons/${person.id}/lost-contact`, { since });
  expect(lost.status, JSON.stringify(lost.body)).toBe(201);
  if (searchOn) {
    const searched = await t.admin.post(`/api/persons/${person.id}/contact-searches`, {
      date: searchOn,
      method: '电话',
      result: '空号',
    });
    expect(searched.status, JSON.stringify(searched.body)).toBe(201);
  }
  return person;
}

async function suspendedMember(orgId: number, name: string, on: string) {
  const person = await createPerson(t.admin, orgId, { name });
  const response = await t.admin.post(`/api/persons/${person.id}/standing-changes`, {
    change: 'suspended_standing',
    date: on,
    decisionRef: '停〔1〕号',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return person;
}

describe('the lost-contact list (T10)', () => {
  it('puts a member on the suspension list from the day six months have passed, not the day before', async () => {
    const dueSince = addMonths(today, -6);
    const notYetSince = addDays(dueSince, 1);
    const due = await lostMember(tree.branchX.id, '东街失联甲', dueSince, addDays(dueSince, 10));
    const notYet = await lostMember(tree.branchX.id, '东街失联乙', notYetSince);
    expect(suspensionDueOn(dueSince) <= today).toBe(true);
    expect(suspensionDueOn(notYetSince) > today).toBe(true);

    const response = await secretaryX.get<LostContactList>(
      `/api/movement/lost-contact?orgId=${tree.branchX.id}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.today).toBe(today);
    const rows = response.body.rows;
    expect(rows.find((r) => r.personId === due.id)).toMatchObject({
      lostSince: dueSince,
      searchCount: 1,
      lastSearchOn: addDays(dueSince, 10),
      suspensionDueOn: suspensionDueOn(dueSince),
      due: true,
      orgName: tree.branchX.name,
    });
    expect(rows.find((r) => r.personId === notYet.id)).toMatchObject({
      searchCount: 0,
      lastSearchOn: null,
      due: false,
    });
  });

  it('drops a member once contact is regained', async () => {
    const person = await lostMember(tree.branchX.id, '东街失联丙', '2025-01-01');
    await t.admin.post(`/api/persons/${person.id}/contact-regained`, { date: '2025-02-01' });
    const rows = (await secretaryX.get<LostContactList>('/api/movement/lost-contact')).body.rows;
    expect(rows.map((r) => r.personId)).not.toContain(person.id);
  });
});

describe('the removal list (T11)', () => {
  it('raises removal from the second anniversary of the suspension, not the day before', async () => {
    const dueOn = addYears(today, -2);
    const notYetOn = addDays(dueOn, 1);
    const due = await suspendedMember(tree.branchX.id, '东街停籍甲', dueOn);
    const notYet = await suspendedMember(tree.branchX.id, '东街停籍乙', notYetOn);
    expect(removalDueOn(notYetOn) > today).toBe(true);

    const response = await secretaryX.get<RemovalDueList>(
      `/api/movement/removal-due?orgId=${tree.township.id}`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const rows = response.body.rows;
    expect(rows.find((r) => r.personId === due.id)).toMatchObject({
      suspendedOn: dueOn,
      removalDueOn: removalDueOn(dueOn),
      due: true,
    });
    expect(rows.find((r) => r.personId === notYet.id)).toMatchObject({
      suspendedOn: notYetOn,
      removalDueOn: removalDueOn(notYetOn),
      restorationDeadline: addDays(removalDueOn(notYetOn), -1),
      due: false,
    });
  });
});

describe('the recent standing changes', () => {
  it('lists changes newest first, paged, filtered by change', async () => {
    const a = await createPerson(t.admin, tree.branchX.id, { name: '东街异动甲' });
    const b = await createPerson(t.admin, tree.branchX.id, { name: '东街异动乙' });
    await t.admin.post(`/api/persons/${a.id}/standing-changes`, { change: 'deceased', date: '2025-04-01' });
    await t.admin.post(`/api/persons/${b.id}/standing-changes`, {
      change: 'withdrawn',
      date: '2025-05-01',
      decisionRef: '东支〔2025〕8号',
    });
    const page = await secretaryX.get<StandingChangePage>(
      `/api/movement/standing-changes?orgId=${tree.branchX.id}&pageSize=1`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    expect(page.body.items).toHaveLength(1);
    const all = await secretaryX.get<StandingChangePage>('/api/movement/standing-changes?pageSize=200');
    const ours = all.body.items.filter((i) => i.personId === a.id || i.personId === b.id);
    expect(ours.map((i) => [i.name, i.change])).toEqual([
      ['东街异动乙', 'withdrawn'],
      ['东街异动甲', 'deceased'],
    ]);
    expect(ours[0]).toMatchObject({ decisionRef: '东支〔2025〕8号', orgName: tree.branchX.name });
    const deaths = await secretaryX.get<StandingChangePage>('/api/movement/standing-changes?change=deceased');
    expect(deaths.body.items.every((i) => i.change === 'deceased')).toBe(true);
  });
});

describe('reach of the lists', () => {
  it('never shows a branch secretary of X the people of branch Y', async () => {
    await lostMember(tree.branchY.id, '西街失联丁', addMonths(today, -8), addMonths(today, -7));
    await suspendedMember(tree.branchY.id, '西街停籍戊', addYears(today, -3));
    const deceased = await createPerson(t.admin, tree.branchY.id, { name: '西街异动己' });
    await t.admin.post(`/api/persons/${deceased.id}/standing-changes`, {
      change: 'deceased',
      date: '2025-04-01',
    });

    const adminText = JSON.stringify([
      (await t.admin.get(`/api/movement/lost-contact?orgId=${tree.township.id}`)).body,
      (await t.admin.get(`/api/movement/removal-due?orgId=${tree.township.id}`)).body,
      (await t.admin.get(`/api/movement/standing-changes?orgId=${tree.township.id}`)).body,
    ]);
    for (const name of ['西街失联丁', '西街停籍戊', '西街异动己']) expect(adminText).toContain(name);

    for (const query of ['', `?orgId=${tree.township.id}`, `?orgId=${tree.branchY.id}`]) {
      for (const path of ['lost-contact', 'removal-due', 'standing-changes']) {
        const response = await secretaryX.get(`/api/movement/${path}${query}`);
        expect(response.status).toBe(200);
        const text = JSON.stringify(response.body);
        for (const name of ['西街失联丁', '西街停籍戊', '西街异动己', tree.branchY.name]) {
          expect(text, `${path}${query}`).not.toContain(name);
        }
      }
    }
  });
});
