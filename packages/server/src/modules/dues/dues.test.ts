import { chinaToday, monthOf, shiftMonth, type Org, type Person } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import type { DuesArrearsList as ArrearsList } from '@jiceng/core';
import type { MemberDuesView } from '@jiceng/core';

interface Failures {
  error: { code: string; rule?: string; failures?: { personId: number; violations: { rule: string }[] }[] };
}
interface Paid {
  payments: { id: number; month: string; amountFen: number; kind: string }[];
  totalFen: number;
}

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

/** A base from eight months back, so every month the tests generate has one. */
async function declareBase(client: TestClient, personId: number, body: Record<string, unknown> = {}) {
  const from = (body.effectiveFromMonth as string | undefined) ?? monthsAgo(8);
  return client.post<{ amountFen: number | null } & Failures>(`/api/persons/${personId}/dues-bases`, {
    personId,
    year: Number(from.slice(0, 4)),
    effectiveFromMonth: from,
    ...body,
  });
}

const pay = (client: TestClient, personId: number, months: string[], extra: Record<string, unknown> = {}) =>
  client.post<Paid & Failures>('/api/dues/payments', {
    personId,
    months,
    method: 'cash',
    paidOn: today,
    ...extra,
  });

const generate = (orgId: number, month: string) =>
  t.admin.post<{ generated: number; missingBase: number; missingBasePersons: { id: number }[] }>(
    '/api/dues/ledger/generate',
    { orgId, month },
  );

const duesOf = async (personId: number) =>
  (await t.admin.get<MemberDuesView>(`/api/persons/${personId}/dues`)).body;

describe('the amount through a base (F1–F6, F16)', () => {
  const cases: [string, Record<string, unknown>, number][] = [
    ['employed at the top of 0.5%', { personKind: 'employed', monthlyIncomeFen: 300000 }, 1500],
    ['employed one fen above', { personKind: 'employed', monthlyIncomeFen: 300001 }, 3000],
    ['employed at 5000', { personKind: 'employed', monthlyIncomeFen: 500000 }, 5000],
    ['employed at 5000.01', { personKind: 'employed', monthlyIncomeFen: 500001 }, 7500],
    ['employed at 10000', { personKind: 'employed', monthlyIncomeFen: 1000000 }, 15000],
    ['employed at 10000.01', { personKind: 'employed', monthlyIncomeFen: 1000001 }, 20000],
    ['employed half-up', { personKind: 'employed', monthlyIncomeFen: 444450 }, 4445],
    ['retired at 5000', { personKind: 'retired', monthlyIncomeFen: 500000 }, 2500],
    ['retired at 5000.01', { personKind: 'retired', monthlyIncomeFen: 500001 }, 5000],
    ['other (F4 brackets)', { personKind: 'other', monthlyIncomeFen: 300001 }, 3000],
    ['student, fixed', { personKind: 'student' }, 20],
    ['unemployed, fixed', { personKind: 'unemployed' }, 20],
    ['farmer at an own amount', { personKind: 'farmer', fixedAmountFen: 80 }, 80],
  ];
  it.each(cases)('%s', async (_label, body, amountFen) => {
    const person = await member(tree.branchX.id);
    const response = await declareBase(secretaryX, person.id, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.amountFen).toBe(amountFen);
  });

  it('gives a farmer the branch setting, within 20–100 fen', async () => {
    const org = await branch();
    expect(
      (await t.admin.request('PUT', `/api/orgs/${org.id}/dues-settings`, { farmerAmountFen: 101 })).status,
    ).toBe(400);
    expect(
      (await t.admin.request('PUT', `/api/orgs/${tree.township.id}/dues-settings`, { farmerAmountFen: 50 }))
        .status,
    ).toBe(422);
    expect(
      (await t.admin.request('PUT', `/api/orgs/${org.id}/dues-settings`, { farmerAmountFen: 50 })).status,
    ).toBe(200);
    const farmer = await member(org.id, { personKind: 'farmer' });
    expect((await declareBase(t.admin, farmer.id, { personKind: 'farmer' })).body.amountFen).toBe(50);
  });

  it('refuses negative or fractional income and a base outside its year', async () => {
    const person = await member(tree.branchX.id);
    expect((await declareBase(secretaryX, person.id, { monthlyIncomeFen: -1 })).status).toBe(400);
    expect((await declareBase(secretaryX, person.id, { monthlyIncomeFen: 1.5 })).status).toBe(400);
    const wrongYear = await declareBase(secretaryX, person.id, { year: 2020, monthlyIncomeFen: 100 });
    expect(wrongYear.status).toBe(400);
    expect((await duesOf(person.id)).bases).toEqual([]);
  });
});

describe('generating a month', () => {
  let org: Org;
  let employed: Person;
  let student: Person;
  let noBase: Person;

  beforeAll(async () => {
    org = await branch();
    employed = await member(org.id);
    student = await member(org.id, { personKind: 'student' });
    noBase = await member(org.id);
    await member(org.id, { admissionDate: null, conversionDate: null, applicationDate: '2024-01-02' });
    await declareBase(t.admin, employed.id, { monthlyIncomeFen: 400000 });
  });

  it('writes one due row per counted member and names those without a base', async () => {
    const result = await generate(org.id, current);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({ generated: 2, missingBase: 1 });
    expect(result.body.missingBasePersons.map((p) => p.id)).toEqual([noBase.id]);
    const { rows } = await t.database.db.execute<{ person_id: number; amount_fen: number }>(
      sql`SELECT person_id, amount_fen FROM dues_due WHERE org_id = ${org.id} ORDER BY person_id`,
    );
    expect(rows).toEqual([
      { person_id: employed.id, amount_fen: 4000 },
      { person_id: student.id, amount_fen: 20 },
    ]);
    // Regenerating is idempotent.
    expect((await generate(org.id, current)).body.generated).toBe(2);
  });

  it('marks a month paid for many members at once, all or nothing', async () => {
    const round = (personIds: number[]) =>
      t.admin.post<{ count: number; totalFen: number } & Failures>('/api/dues/payments/bulk', {
        orgId: org.id,
        month: current,
        personIds,
        method: 'cash',
        paidOn: today,
      });
    const refused = await round([employed.id, student.id, noBase.id]);
    expect(refused.status).toBe(422);
    expect(refused.body.error.failures!.map((f) => f.personId)).toEqual([noBase.id]);
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM dues_payments WHERE org_id = ${org.id}`,
    );
    expect(rows[0]!.n).toBe(0);

    const done = await round([employed.id, student.id]);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body).toMatchObject({ count: 2, totalFen: 4020 });
    const again = await round([student.id]);
    expect(again.status).toBe(422);
    expect(again.body.error.failures![0]!.violations[0]!.rule).toBe('dues.md F11');
  });
});

describe('paying', () => {
  it('defaults to the amount due, refuses a second payment (409) and a month before joining', async () => {
    const person = await member(tree.branchX.id, {
      admissionDate: `${monthsAgo(3)}-15`,
      conversionDate: null,
    });
    await declareBase(secretaryX, person.id, { monthlyIncomeFen: 300000, effectiveFromMonth: monthsAgo(3) });
    const first = await pay(secretaryX, person.id, [monthsAgo(3)]);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.totalFen).toBe(1500);
    expect((await pay(secretaryX, person.id, [monthsAgo(3)])).status).toBe(409);
    const early = await pay(secretaryX, person.id, [monthsAgo(4)]);
    expect(early.status).toBe(422);
    expect(early.body.error.rule).toBe('dues.md F9');
    const less = await pay(secretaryX, person.id, [monthsAgo(2)], { amountFen: 100 });
    expect(less.status).toBe(422);
  });

  it('lets exactly one of two concurrent payments of a month through', async () => {
    const person = await member(tree.branchX.id);
    await declareBase(secretaryX, person.id, { monthlyIncomeFen: 300000 });
    const responses = await Promise.all([
      pay(secretaryX, person.id, [current]),
      pay(t.admin, person.id, [current]),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('keeps a secretary of Y away from the members of X', async () => {
    const person = await member(tree.branchX.id);
    await declareBase(secretaryX, person.id, { monthlyIncomeFen: 300000 });
    expect((await pay(secretaryY, person.id, [current])).status).toBe(404);
    const paid = await pay(secretaryX, person.id, [current]);
    const id = paid.body.payments[0]!.id;
    const reversal = await secretaryY.post(`/api/dues/payments/${id}/reversal`, {
      paymentId: id,
      reason: '越权',
    });
    expect(reversal.status).toBe(404);
  });

  it('corrects by reversal, after which the month may be paid again; totals reconcile', async () => {
    const person = await member(tree.branchX.id);
    await declareBase(secretaryX, person.id, { monthlyIncomeFen: 500000 });
    const paid = await pay(secretaryX, person.id, [monthsAgo(1), current], { amountFen: 6000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    // 50.00 due, 10.00 more is voluntary (F8), kept apart.
    expect(paid.body.payments.map((p) => [p.kind, p.amountFen])).toEqual([
      ['regular', 5000],
      ['voluntary', 1000],
      ['regular', 5000],
      ['voluntary', 1000],
    ]);
    const id = paid.body.payments[0]!.id;
    const reverse = (paymentId: number) =>
      secretaryX.post<{ reversal: { id: number } }>(`/api/dues/payments/${paymentId}/reversal`, {
        paymentId,
        reason: '收据编号登记错误',
      });
    const reversed = await reverse(id);
    expect(reversed.status, JSON.stringify(reversed.body)).toBe(201);
    expect((await reverse(id)).status).toBe(422);
    expect((await reverse(reversed.body.reversal.id)).status).toBe(422);
    let view = await duesOf(person.id);
    expect(view.ledger.find((r) => r.month === monthsAgo(1))?.status).toBe('unpaid');
    expect((await pay(secretaryX, person.id, [monthsAgo(1)])).status).toBe(201);

    view = await duesOf(person.id);
    const { rows } = await t.database.db.execute<{
      total: number;
    }>(sql`SELECT coalesce(sum(amount_fen), 0)::int
      AS total FROM dues_payments WHERE person_id = ${person.id} AND kind = 'regular' AND active`);
    expect(view.totals.paidFen).toBe(rows[0]!.total);
    expect(view.totals).toMatchObject({ dueFen: 10000, paidFen: 10000, owedFen: 0 });
    expect(view.paidUpTo).toBe(current);
    const { rows: audits } = await t.database.db.execute<{ action: string }>(sql`SELECT action FROM audit_log
      WHERE entity_type = 'person' AND entity_id = ${String(person.id)} AND action LIKE 'dues.%' ORDER BY id`);
    expect(audits.map((a) => a.action)).toEqual([
      'dues.base_recorded',
      'dues.paid',
      'dues.reversed',
      'dues.paid',
    ]);
  });
});

describe('corrections that follow the receipt', () => {
  it('reverses the voluntary part recorded with a payment together with it, and lets a gift be reversed alone', async () => {
    const person = await member(tree.branchX.id);
    await declareBase(secretaryX, person.id, { monthlyIncomeFen: 500000 });
    const paid = await pay(secretaryX, person.id, [monthsAgo(2), monthsAgo(1)], { amountFen: 6000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const [first, firstGift, , secondGift] = paid.body.payments;
    const reversed = await secretaryX.post(`/api/dues/payments/${first!.id}/reversal`, {
      paymentId: first!.id,
      reason: '金额登记错误',
    });
    expect(reversed.status, JSON.stringify(reversed.body)).toBe(201);
    let view = await duesOf(person.id);
    const active = (id: number) => view.payments.find((p) => p.id === id)!.active;
    expect([active(first!.id), active(firstGift!.id), active(secondGift!.id)]).toEqual([false, false, true]);

    const gift = await secretaryX.post(`/api/dues/payments/${secondGift!.id}/reversal`, {
      paymentId: secondGift!.id,
      reason: '自愿多交部分退还本人',
    });
    expect(gift.status, JSON.stringify(gift.body)).toBe(201);
    view = await duesOf(person.id);
    expect(active(secondGift!.id)).toBe(false);
    expect(view.ledger.find((r) => r.month === monthsAgo(1))?.status).toBe('paid');
  });

  it('recomputes months already generated when a hardship decision covers them', async () => {
    const person = await member(tree.branchX.id);
    await declareBase(secretaryX, person.id, { monthlyIncomeFen: 300000 });
    expect((await generate(tree.branchX.id, monthsAgo(1))).status).toBe(200);
    expect((await duesOf(person.id)).ledger.find((r) => r.month === monthsAgo(1))?.dueFen).toBe(1500);
    const decided = await secretaryX.post(`/api/persons/${person.id}/dues-hardships`, {
      personId: person.id,
      fromMonth: monthsAgo(1),
      toMonth: current,
      reducedAmountFen: 0,
      reason: '因病住院，收入中断',
      decidedOn: today,
      approvedOn: today,
      approvedByOrgName: '城关镇党委',
      decisionRef: '城组〔2026〕8号',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const view = await duesOf(person.id);
    expect(view.ledger.find((r) => r.month === monthsAgo(1))).toMatchObject({ dueFen: 0, status: 'exempt' });
    expect(view.hardships[0]).toMatchObject({ approvedOn: today, decisionRef: '城组〔2026〕8号' });
  });
});

describe('arrears', () => {
  it('reminds at 3 unpaid months and flags F12 at 6 without a recorded reason', async () => {
    const org = await branch();
    const three = await member(org.id);
    const six = await member(org.id);
    const excused = await member(org.id);
    for (const p of [three, six, excused]) await declareBase(t.admin, p.id, { monthlyIncomeFen: 300000 });
    await t.admin.post(`/api/persons/${excused.id}/dues-hardships`, {
      personId: excused.id,
      fromMonth: monthsAgo(4),
      toMonth: monthsAgo(3),
      reducedAmountFen: 500,
      reason: '因病生活困难',
      decidedOn: `${monthsAgo(5)}-10`,
      approvedByOrgName: '城关镇党委',
    });
    for (let n = 6; n >= 1; n -= 1) expect((await generate(org.id, monthsAgo(n))).status).toBe(200);
    expect((await pay(t.admin, three.id, [monthsAgo(6), monthsAgo(5), monthsAgo(4)])).status).toBe(201);

    const list = await t.admin.get<ArrearsList>(`/api/dues/arrears?orgId=${org.id}`);
    expect(list.status).toBe(200);
    const item = (id: number) => list.body.items.find((i) => i.personId === id)!;
    expect(item(three.id)).toMatchObject({ consecutiveUnpaid: 3, reminderDue: true, isRemovalCase: false });
    expect(item(six.id)).toMatchObject({ consecutiveUnpaid: 6, isRemovalCase: true, owedFen: 9000 });
    expect(item(six.id).standingPath).toBe(`/persons/${six.id}/standing`);
    expect(item(excused.id)).toMatchObject({ consecutiveUnpaid: 6, isRemovalCase: false });
    expect((await secretaryY.get<ArrearsList>(`/api/dues/arrears?orgId=${org.id}`)).body.items).toEqual([]);
  });
});

describe('a member on the phone', () => {
  it('sees their own ledger and what is due now', async () => {
    const person = await member(tree.branchX.id, { phone: '13700007777' });
    await declareBase(t.admin, person.id, { monthlyIncomeFen: 300000 });
    await t.admin.post(`/api/persons/${person.id}/account`, { password: 'Member2026ab' });
    const phone = t.client();
    await phone.login('13700007777', 'Member2026ab');
    const own = await phone.get<MemberDuesView>('/api/me/dues');
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.dueNow).toMatchObject({ month: current, dueFen: 1500, status: 'unpaid' });
    expect((await phone.get(`/api/persons/${person.id}/dues`)).status).toBe(403);
  });

  it('has no ledger for an applicant with a login', async () => {
    const applicant = await member(tree.branchX.id, {
      applicationDate: '2024-01-01',
      admissionDate: null,
      conversionDate: null,
      phone: '13700006666',
    });
    const opened = await t.admin.post(`/api/persons/${applicant.id}/account`, { password: 'Member2026ab' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const phone = t.client();
    await phone.login('13700006666', 'Member2026ab');
    const own = await phone.get<{ error: { message: string } }>('/api/me/dues');
    expect(own.status).toBe(404);
    expect(own.body.error.message).toContain('党员（含预备党员）才交纳党费');
  });
});
