import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addDays,
  chinaToday,
  type Notification,
  type Org,
  type Person,
  type Transfer,
  type TransferList,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, personInput, signedInAs, unique } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';

let t: TestApp;
const today = chinaToday();
const thisMonth = today.slice(0, 7);

/** A county that approves admissions, two townships that do too, a village committee that does not. */
interface County {
  county: Org;
  townA: Org;
  townB: Org;
  villageA: Org;
  branchA1: Org;
  branchA2: Org;
  branchB1: Org;
  groupB1: Org;
}
let c: County;
let other: { county: Org; town: Org; branch: Org };
let secA1: TestClient;
let secA2: TestClient;
let secB1: TestClient;
let secB1bis: TestClient;
let staffA: TestClient;
let staffB: TestClient;
let villageStaffA: TestClient;
let otherStaff: TestClient;
let otherSecretary: TestClient;

async function committee(parentId: number | null, name: string, mayApproveAdmissions: boolean) {
  const org = await createOrg(t.admin, { parentId, kind: 'committee', name: unique(name) });
  if (mayApproveAdmissions) {
    const patched = await t.admin.patch(`/api/orgs/${org.id}`, { mayApproveAdmissions: true });
    expect(patched.status).toBe(200);
  }
  return org;
}

beforeAll(async () => {
  t = await startTestApp();
  const county = await committee(null, '县委', true);
  const townA = await committee(county.id, '甲镇党委', true);
  const townB = await committee(county.id, '乙镇党委', true);
  const villageA = await committee(townA.id, '甲村党委', false);
  const branchA1 = await createOrg(t.admin, {
    parentId: villageA.id,
    kind: 'branch',
    name: unique('甲村一支部'),
  });
  const branchA2 = await createOrg(t.admin, {
    parentId: villageA.id,
    kind: 'branch',
    name: unique('甲村二支部'),
  });
  const branchB1 = await createOrg(t.admin, {
    parentId: townB.id,
    kind: 'branch',
    name: unique('乙镇机关支部'),
  });
  const groupB1 = await createOrg(t.admin, {
    parentId: branchB1.id,
    kind: 'group',
    name: unique('第一小组'),
  });
  c = { county, townA, townB, villageA, branchA1, branchA2, branchB1, groupB1 };
  const otherCounty = await committee(null, '邻县县委', true);
  const otherTown = await committee(otherCounty.id, '丙镇党委', true);
  const otherBranch = await createOrg(t.admin, {
    parentId: otherTown.id,
    kind: 'branch',
    name: unique('丙镇支部'),
  });
  other = { county: otherCounty, town: otherTown, branch: otherBranch };
  secA1 = await signedInAs(t, 'branch_secretary', branchA1.id);
  secA2 = await signedInAs(t, 'branch_secretary', branchA2.id);
  secB1 = await signedInAs(t, 'branch_secretary', branchB1.id);
  secB1bis = await signedInAs(t, 'branch_secretary', branchB1.id);
  staffA = await signedInAs(t, 'org_staff', townA.id);
  staffB = await signedInAs(t, 'org_staff', townB.id);
  villageStaffA = await signedInAs(t, 'org_staff', villageA.id);
  otherStaff = await signedInAs(t, 'org_staff', otherTown.id);
  otherSecretary = await signedInAs(t, 'branch_secretary', otherBranch.id);
});
afterAll(async () => {
  await t?.close();
});

const start = (client: TestClient, personId: number, toOrgId: number, extra: Record<string, unknown> = {}) =>
  client.post<Transfer>('/api/transfers', { personId, toOrgId, duesPaidUpTo: thisMonth, ...extra });
const approve = (client: TestClient, id: number) => client.post<Transfer>(`/api/transfers/${id}/approve`, {});
const receive = (client: TestClient, id: number, body: Record<string, unknown> = {}) =>
  client.post<Transfer>(`/api/transfers/${id}/receive`, { receivedOn: today, ...body });

function ok<T>(response: { status: number; body: T }, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

/** Starts a transfer A1 → B1 and walks it to the letter being issued by township A. */
async function issuedAcrossTownships(personId: number): Promise<Transfer> {
  const started = ok(await start(secA1, personId, c.branchB1.id), 201);
  ok(await approve(villageStaffA, started.id));
  return ok(await approve(staffA, started.id));
}

describe('the approval path', () => {
  it('runs across townships up to the issuing township, across to the other and down', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const transfer = ok(await start(secA1, member.id, c.branchB1.id), 201);
    expect(transfer.stops.map((s) => [s.orgId, s.role, s.state])).toEqual([
      [c.branchA1.id, 'send', 'done'],
      [c.villageA.id, 'approve', 'pending'],
      [c.townA.id, 'issue', 'waiting'],
      [c.townB.id, 'accept', 'waiting'],
      [c.branchB1.id, 'receive', 'waiting'],
    ]);
    expect(transfer).toMatchObject({ state: 'requested', letterNumber: null, issuerOrgId: c.townA.id });
    await t.database.db.execute(sql`UPDATE transfers SET state = 'cancelled' WHERE id = ${transfer.id}`);
  });

  it('stays inside the village committee between two of its branches', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const transfer = ok(await start(secA1, member.id, c.branchA2.id), 201);
    expect(transfer.stops.map((s) => [s.orgId, s.role])).toEqual([
      [c.branchA1.id, 'send'],
      [c.villageA.id, 'issue'],
      [c.branchA2.id, 'receive'],
    ]);
    ok(await approve(villageStaffA, transfer.id));
    const received = ok(await receive(secA2, transfer.id));
    expect(received.state).toBe('receipt_returned');
  });

  it('goes directly between the two committees across tenants (T6)', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const transfer = ok(await start(secA1, member.id, other.branch.id), 201);
    expect(transfer.stops.map((s) => [s.orgId, s.role])).toEqual([
      [c.branchA1.id, 'send'],
      [c.villageA.id, 'approve'],
      [c.townA.id, 'issue'],
      [other.town.id, 'accept'],
      [other.branch.id, 'receive'],
    ]);
    ok(await approve(villageStaffA, transfer.id));
    ok(await approve(staffA, transfer.id));
    ok(await approve(otherStaff, transfer.id));
    ok(await receive(otherSecretary, transfer.id));
    const moved = ok(await otherSecretary.get<Person>(`/api/persons/${member.id}`));
    expect(moved.orgId).toBe(other.branch.id);
    // The sender no longer reaches the member once they have moved.
    expect((await secA1.get(`/api/persons/${member.id}`)).status).toBe(404);
  });
});

describe('a transfer across townships', () => {
  it('waits for each org in turn, numbers the letter at the issuer and moves the member on receipt', async () => {
    const member = await createPerson(t.admin, c.branchA1.id, { name: unique('转接人') });
    const started = ok(await start(secA1, member.id, c.branchB1.id, { toGroupId: c.groupB1.id }), 201);
    // Not township B's turn: it is the village committee's (which its township could act for).
    expect((await approve(staffB, started.id)).status).toBe(403);
    ok(await approve(villageStaffA, started.id));
    const issued = ok(await approve(staffA, started.id));
    expect(issued).toMatchObject({ state: 'issued', issuedOn: today, daysLeft: 90 });
    expect(issued.letterNumber).toMatch(new RegExp(`^${today.slice(0, 4)}-\\d{4}$`));
    expect(issued.expiresOn).toBe(addDays(today, 89));

    const pending = ok(await staffB.get<TransferList>('/api/transfers?filter=pending'));
    expect(pending.items.find((i) => i.id === started.id)).toMatchObject({
      currentStop: { orgId: c.townB.id, role: 'accept' },
      daysLeft: 90,
      actions: expect.arrayContaining(['approve', 'refuse']),
    });
    // Receiving before the receiving committee has accepted is refused.
    expect((await receive(secB1, started.id)).status).toBe(409);
    ok(await approve(staffB, started.id));
    const done = ok(await receive(secB1, started.id));
    expect(done).toMatchObject({ state: 'receipt_returned', receivedOn: today, receiptReturnedOn: today });

    const moved = ok(await secB1.get<Person>(`/api/persons/${member.id}`));
    expect(moved).toMatchObject({ orgId: c.branchB1.id, groupId: c.groupB1.id });
    const events = ok(await secB1.get<{ type: string }[]>(`/api/persons/${member.id}/events`));
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['transfer_requested', 'transfer_issued', 'transfer_received']),
    );
    const inboxA1 = ok(await secA1.get<{ items: Notification[] }>('/api/notifications'));
    expect(inboxA1.items.some((n) => n.body.includes(issued.letterNumber!))).toBe(true);
  });

  it('numbers the issuer’s letters in sequence', async () => {
    const first = await issuedAcrossTownships((await createPerson(t.admin, c.branchA1.id)).id);
    const second = await issuedAcrossTownships((await createPerson(t.admin, c.branchA1.id)).id);
    const seq = (n: string | null) => Number(n!.split('-')[1]);
    expect(seq(second.letterNumber)).toBe(seq(first.letterNumber) + 1);
  });

  it('prints the letter with its three parts', async () => {
    const issued = await issuedAcrossTownships((await createPerson(t.admin, c.branchA1.id)).id);
    const response = await secA1.getRaw(`/api/transfers/${issued.id}/letter.pdf`);
    expect(response.status).toBe(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'jiceng-letter-'));
    const file = path.join(dir, 'letter.pdf');
    writeFileSync(file, response.buffer);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    expect(text.split(issued.letterNumber!).length - 1).toBe(3);
    expect(text).toContain(issued.person.name);
  });
});

describe('refusal', () => {
  it('is recorded with its reason, which the sender and the member see', async () => {
    const member = await createPerson(t.admin, c.branchA1.id, { phone: '13700000011' });
    ok(await t.admin.post(`/api/persons/${member.id}/account`, { password: 'Member2026ab' }), 201);
    const issued = await issuedAcrossTownships(member.id);
    expect((await secA1.post(`/api/transfers/${issued.id}/refuse`, { reason: ' ' })).status).toBe(400);
    const refused = ok(
      await staffB.post<Transfer>(`/api/transfers/${issued.id}/refuse`, {
        reason: '接收单位信息有误，请核实',
      }),
    );
    expect(refused).toMatchObject({ state: 'refused', refusedByOrgName: c.townB.name, refusedOn: today });

    const seen = ok(await secA1.get<TransferList>('/api/transfers?filter=refused'));
    expect(seen.items.find((i) => i.id === issued.id)?.refusedReason).toBe('接收单位信息有误，请核实');
    const me = t.client();
    await me.login('13700000011', 'Member2026ab');
    const own = ok(await me.get<Transfer[]>('/api/me/transfers'));
    expect(own[0]).toMatchObject({ state: 'refused', refusedReason: '接收单位信息有误，请核实' });
    const inbox = ok(await me.get<{ items: Notification[] }>('/api/notifications'));
    expect(inbox.items.some((n) => n.body.includes('接收单位信息有误'))).toBe(true);
    // Closed: nothing more happens to it, and a new transfer may start.
    expect((await receive(secB1, issued.id)).status).toBe(409);
    expect((await start(secA1, member.id, c.branchA2.id)).status).toBe(201);
  });
});

describe('expiry', () => {
  it('flags an expired letter, refuses its receipt without a statement, and lets the issuer re-issue it', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const issued = await issuedAcrossTownships(member.id);
    ok(await approve(staffB, issued.id));
    const issuedOn = addDays(today, -100);
    await t.database.db.execute(
      sql`UPDATE transfers SET issued_on = ${issuedOn}, expires_on = ${addDays(issuedOn, 89)} WHERE id = ${issued.id}`,
    );
    const expired = ok(await staffA.get<TransferList>('/api/transfers?filter=expired'));
    expect(expired.items.find((i) => i.id === issued.id)).toMatchObject({
      expired: true,
      daysLeft: 0,
      actions: expect.arrayContaining(['reissue']),
    });
    const late = await receive(secB1, issued.id);
    expect(late.status).toBe(422);
    expect(errorOf(late)).toMatchObject({ rule: 'transfers.md T4' });
    // The receiving side cannot re-issue; the issuer can, under a new number.
    expect((await staffB.post(`/api/transfers/${issued.id}/reissue`, {})).status).toBe(403);
    const again = ok(
      await staffA.post<Transfer>(`/api/transfers/${issued.id}/reissue`, { validityDays: 30 }),
    );
    expect(again).toMatchObject({ expired: false, issuedOn: today, validityDays: 30, daysLeft: 30 });
    expect(again.previousNumbers).toEqual([issued.letterNumber]);
    expect(again.letterNumber).not.toBe(issued.letterNumber);
    ok(await receive(secB1, issued.id));
  });

  it('accepts a late report with the sending branch’s statement (T4)', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const issued = await issuedAcrossTownships(member.id);
    ok(await approve(staffB, issued.id));
    const issuedOn = addDays(today, -10);
    await t.database.db.execute(
      sql`UPDATE transfers SET issued_on = ${issuedOn}, validity_days = 5, expires_on = ${addDays(issuedOn, 4)} WHERE id = ${issued.id}`,
    );
    const late = ok(await receive(secB1, issued.id, { lateStatement: '因病延误报到，情况属实。甲村一支部' }));
    expect(late).toMatchObject({ state: 'receipt_returned', receivedOn: today });
  });
});

describe('two receipts at once', () => {
  it('let exactly one through; the other gets 409', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const issued = await issuedAcrossTownships(member.id);
    ok(await approve(staffB, issued.id));
    const [first, second] = await Promise.all([receive(secB1, issued.id), receive(secB1bis, issued.id)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const received = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM person_events WHERE person_id = ${member.id} AND type = 'transfer_received'`,
    );
    expect(Number(received.rows[0]!.n)).toBe(1);
  });
});

describe('bad input', () => {
  async function refusedWith(response: { status: number; body: unknown }, status: number, rule?: string) {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    if (rule) expect(errorOf(response as never).rule).toBe(rule);
  }

  it('refuses someone who is not a member', async () => {
    const applicant = await createPerson(t.admin, c.branchA1.id, {
      admissionDate: null,
      conversionDate: null,
      applicationDate: '2024-01-02',
    });
    await refusedWith(await start(secA1, applicant.id, c.branchB1.id), 422, 'transfers.md T1');
  });

  it('refuses the member’s own branch and an org that is not a branch', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    await refusedWith(await start(secA1, member.id, c.branchA1.id), 422, 'transfers.md T1');
    await refusedWith(await start(secA1, member.id, c.townB.id), 422, 'transfers.md T7');
    await refusedWith(await start(secA1, member.id, c.branchB1.id, { duesPaidUpTo: '2026-13' }), 400);
  });

  it('refuses a second transfer while one is open, and writes nothing', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    ok(await start(secA1, member.id, c.branchB1.id), 201);
    await refusedWith(await start(secA1, member.id, c.branchA2.id), 422, 'transfers.md T7');
    const count = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM transfers WHERE person_id = ${member.id}`,
    );
    expect(Number(count.rows[0]!.n)).toBe(1);
  });

  it('lets two requests for one member race: exactly one transfer starts', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const [a, b] = await Promise.all([
      start(secA1, member.id, c.branchB1.id),
      start(secA1, member.id, c.branchA2.id),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 422]);
  });

  it('keeps other branches out: a secretary elsewhere cannot start, see or act on it', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    expect((await start(secA2, member.id, c.branchB1.id)).status).toBe(404);
    const started = ok(await start(secA1, member.id, c.branchB1.id), 201);
    expect((await otherSecretary.get(`/api/transfers/${started.id}`)).status).toBe(404);
    expect(
      (await otherSecretary.post(`/api/transfers/${started.id}/refuse`, { reason: '越权' })).status,
    ).toBe(404);
    const list = ok(await otherSecretary.get<TransferList>('/api/transfers?filter=all'));
    expect(list.items.some((i) => i.id === started.id)).toBe(false);
  });
});

describe('transfers across the install’s edge', () => {
  it('issues a letter to an org outside, and the member leaves the counts when the receipt comes back', async () => {
    const member = await createPerson(t.admin, c.branchA1.id);
    const started = ok(
      await secA1.post<Transfer>('/api/transfers/outbound', {
        personId: member.id,
        toOrgName: '某省某市某区某街道党工委',
        duesPaidUpTo: thisMonth,
      }),
      201,
    );
    expect(started.stops.map((s) => s.role)).toEqual(['send', 'approve', 'issue']);
    ok(await approve(villageStaffA, started.id));
    const issued = ok(await approve(staffA, started.id));
    expect(issued).toMatchObject({
      state: 'issued',
      actions: expect.arrayContaining(['record_receipt', 'print']),
    });
    expect((await staffA.getRaw(`/api/transfers/${started.id}/letter.pdf`)).status).toBe(200);
    const back = ok(
      await staffA.post<Transfer>(`/api/transfers/${started.id}/receipt`, { returnedOn: today }),
    );
    expect(back.state).toBe('receipt_returned');
    const person = ok(await secA1.get<Person>(`/api/persons/${member.id}`));
    expect(person.transferredOutOn).toBe(today);
    const list = ok(await secA1.get<{ items: Person[] }>(`/api/persons?orgId=${c.branchA1.id}&pageSize=200`));
    expect(list.items.some((p) => p.id === member.id)).toBe(false);
    const left = ok(
      await secA1.get<{ items: Person[] }>(`/api/persons?orgId=${c.branchA1.id}&standing=left`),
    );
    expect(left.items.some((p) => p.id === member.id)).toBe(true);
  });

  it('registers a member arriving with a paper letter from outside', async () => {
    const input = personInput(c.branchB1.id, { name: unique('转入党员') });
    const registered = ok(
      await secB1.post<Transfer>('/api/transfers/inbound', {
        letter: {
          letterNumber: '（2026）第 88 号',
          fromOrgName: '外省某县某镇党委',
          issuedOn: addDays(today, -5),
          validityDays: 30,
          duesPaidUpTo: thisMonth,
          receivedOn: today,
          toOrgId: c.branchB1.id,
        },
        person: input,
      }),
      201,
    );
    expect(registered).toMatchObject({
      kind: 'inbound',
      state: 'received',
      letterNumber: '（2026）第 88 号',
    });
    const found = ok(
      await secB1.get<{ items: Person[] }>(`/api/persons?q=${encodeURIComponent(input.name)}`),
    );
    expect(found.items).toHaveLength(1);
    const receipt = ok(
      await secB1.post<Transfer>(`/api/transfers/${registered.id}/receipt`, { returnedOn: today }),
    );
    expect(receipt.state).toBe('receipt_returned');
  });

  it('refuses an expired paper letter without a statement, and writes nothing', async () => {
    const input = personInput(c.branchB1.id, { name: unique('逾期转入') });
    const response = await secB1.post('/api/transfers/inbound', {
      letter: {
        letterNumber: 'X-1',
        fromOrgName: '外省某党委',
        issuedOn: addDays(today, -40),
        validityDays: 30,
        duesPaidUpTo: thisMonth,
        receivedOn: today,
        toOrgId: c.branchB1.id,
      },
      person: input,
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'transfers.md T4', field: 'lateStatement' });
    const found = ok(
      await secB1.get<{ items: Person[] }>(`/api/persons?q=${encodeURIComponent(input.name)}&standing=all`),
    );
    expect(found.items).toHaveLength(0);
  });
});
