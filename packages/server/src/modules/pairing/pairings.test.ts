import type { AuditEntry, MyPairings, Pairing, Visit, VisitPage } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import {
  daysAgo,
  household,
  memberOnPhone,
  ok,
  pair,
  pairingWorld,
  today,
  visitInput,
  type PairingWorld,
} from './test-support';

let t: TestApp;
let w: PairingWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await pairingWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('pairing', () => {
  it('pairs a consented household with a member, who is shown as its helper', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id, { name: '结对党员甲' });
    const pairing = await pair(w.secA, h.id, helper.id);
    expect(pairing).toMatchObject({
      helperName: '结对党员甲',
      helperRole: 'member',
      active: true,
      endedOn: null,
    });
    const audit = ok(await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=pairing.paired'));
    expect(audit.items.some((e) => e.entityId === String(pairing.id))).toBe(true);
  });

  it('of a household without consent is refused, naming the consent rule', async () => {
    const h = await household(w.secA, w.villageA.id, { consentDaysAgo: null });
    const helper = await createPerson(t.admin, w.villageA.id);
    const response = await w.secA.post('/api/pairing/pairings', {
      householdId: h.id,
      helperPersonId: helper.id,
      startedOn: today,
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.consent', field: 'householdId' });
    expect(errorOf(response).message).toContain('同意');
  });

  it('from before the consent is refused, allowing it from the consent date', async () => {
    const h = await household(w.secA, w.villageA.id, { consentDaysAgo: 30 });
    const helper = await createPerson(t.admin, w.villageA.id);
    const response = await w.secA.post('/api/pairing/pairings', {
      householdId: h.id,
      helperPersonId: helper.id,
      startedOn: daysAgo(31),
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      rule: 'pairing.consent',
      field: 'startedOn',
      allowedFrom: daysAgo(30),
    });
  });

  it('with an applicant (neither member nor cadre) is refused', async () => {
    const h = await household(w.secA, w.villageA.id);
    const applicant = await createPerson(t.admin, w.villageA.id, {
      applicationDate: '2025-01-01',
      admissionDate: null,
      conversionDate: null,
    });
    const response = await w.secA.post('/api/pairing/pairings', {
      householdId: h.id,
      helperPersonId: applicant.id,
      startedOn: today,
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.helper', field: 'helperPersonId' });
  });

  it('with a cadre holding a post records the cadre role', async () => {
    const h = await household(w.secA, w.villageA.id);
    const cadre = await createPerson(t.admin, w.villageA.id);
    ok(
      await t.admin.post(`/api/orgs/${w.villageA.id}/posts`, {
        post: 'deputy_secretary',
        personId: cadre.id,
      }),
      201,
    );
    expect((await pair(w.secA, h.id, cadre.id)).helperRole).toBe('cadre');
  });

  it('gives a household several helpers, but one helper only once at a time', async () => {
    const h = await household(w.secA, w.villageA.id);
    const first = await createPerson(t.admin, w.villageA.id);
    const second = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, first.id);
    await pair(w.secA, h.id, second.id);
    const again = await w.secA.post('/api/pairing/pairings', {
      householdId: h.id,
      helperPersonId: first.id,
      startedOn: today,
    });
    expect(again.status).toBe(422);
    expect(errorOf(again)).toMatchObject({ rule: 'pairing.overlap' });
    const list = ok(await w.secA.get<Pairing[]>(`/api/pairing/pairings?householdId=${h.id}`));
    expect(list.map((p) => p.helperPersonId).sort()).toEqual([first.id, second.id].sort());
  });

  it('with a household of another village is not found for the secretary', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageB.id);
    const response = await w.secB.post('/api/pairing/pairings', {
      householdId: h.id,
      helperPersonId: helper.id,
      startedOn: today,
    });
    expect(response.status).toBe(404);
  });

  it('ends with a reason, and not before a visit already recorded', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    const pairing = await pair(w.secA, h.id, helper.id, 60);
    ok(
      await w.secA.post('/api/pairing/visits', visitInput(h.id, helper.id, { visitedOn: daysAgo(10) })),
      201,
    );
    const early = await w.secA.post(`/api/pairing/pairings/${pairing.id}/end`, {
      endedOn: daysAgo(20),
      reason: 'reassigned',
    });
    expect(early.status).toBe(422);
    expect(errorOf(early)).toMatchObject({ field: 'endedOn', allowedFrom: daysAgo(10) });
    const ended = ok(
      await w.secA.post<Pairing>(`/api/pairing/pairings/${pairing.id}/end`, {
        endedOn: daysAgo(5),
        reason: 'helper_left',
      }),
    );
    expect(ended).toMatchObject({ active: false, endedOn: daysAgo(5), endReason: 'helper_left' });
    const twice = await w.secA.post(`/api/pairing/pairings/${pairing.id}/end`, {
      endedOn: today,
      reason: 'other',
    });
    expect(twice.status).toBe(409);
  });
});

describe('a visit recorded by staff', () => {
  it('is recorded for the paired helper with the money and goods given, audited', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id, { name: '走访人甲' });
    await pair(w.secA, h.id, helper.id);
    const visit = ok(
      await w.secA.post<Visit>(
        '/api/pairing/visits',
        visitInput(h.id, helper.id, {
          helpKinds: ['money', 'goods'],
          moneyFen: 50000,
          goodsFen: 12050,
          goodsDescription: '大米两袋、食用油一桶',
        }),
      ),
      201,
    );
    expect(visit).toMatchObject({ visitorName: '走访人甲', moneyFen: 50000, goodsFen: 12050, bySelf: false });
    const audit = ok(await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=pairing.visit_recorded'));
    expect(audit.items.some((e) => e.entityId === String(visit.id))).toBe(true);
  });

  it('by a person not paired with the household is refused, naming the rule', async () => {
    const h = await household(w.secA, w.villageA.id);
    const paired = await createPerson(t.admin, w.villageA.id);
    const stranger = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, paired.id);
    const response = await w.secA.post('/api/pairing/visits', visitInput(h.id, stranger.id));
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.visit_paired', field: 'householdId' });
    expect(errorOf(response).message).toContain('没有结对关系');
  });

  it('before the pairing started is refused, naming the period', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id, 20);
    const response = await w.secA.post(
      '/api/pairing/visits',
      visitInput(h.id, helper.id, { visitedOn: daysAgo(21) }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.visit_period', field: 'visitedOn' });
    expect(errorOf(response).message).toContain(`${daysAgo(20)} 至 今`);
  });

  it('dated after today is refused', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id);
    const response = await w.secA.post(
      '/api/pairing/visits',
      visitInput(h.id, helper.id, { visitedOn: daysAgo(-1) }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.visit_period', field: 'visitedOn' });
  });

  it('with money given but no money help kind is refused, naming the field', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id);
    const response = await w.secA.post(
      '/api/pairing/visits',
      visitInput(h.id, helper.id, { moneyFen: 1000 }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.visit_value', field: 'helpKinds' });
  });

  it('is voided with a reason, stays listed and leaves the totals', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id);
    const visit = ok(
      await w.secA.post<Visit>(
        '/api/pairing/visits',
        visitInput(h.id, helper.id, { helpKinds: ['money'], moneyFen: 20000 }),
      ),
      201,
    );
    const voided = ok(
      await w.secA.post<Visit>(`/api/pairing/visits/${visit.id}/void`, { reason: '重复登记' }),
    );
    expect(voided).toMatchObject({ voidReason: '重复登记' });
    const page = ok(await w.secA.get<VisitPage>(`/api/pairing/visits?householdId=${h.id}`));
    expect(page.items.map((v) => v.id)).toEqual([visit.id]);
    expect(page.moneyFen).toBe(0);
    expect((await w.secA.post(`/api/pairing/visits/${visit.id}/void`, { reason: '再次' })).status).toBe(409);
  });

  it('of another village cannot be listed or voided by its secretary', async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, h.id, helper.id);
    const visit = ok(await w.secA.post<Visit>('/api/pairing/visits', visitInput(h.id, helper.id)), 201);
    expect((await w.secB.post(`/api/pairing/visits/${visit.id}/void`, { reason: '越权' })).status).toBe(404);
    const theirs = ok(await w.secB.get<VisitPage>('/api/pairing/visits?pageSize=200'));
    expect(theirs.items.map((v) => v.id)).not.toContain(visit.id);
    expect((await w.secB.get(`/api/pairing/visits?orgId=${w.villageA.id}`)).status).toBe(404);
  });

  it('exports to Excel with the same filter', async () => {
    const response = await w.secA.getRaw(`/api/pairing/visits.xlsx?orgId=${w.villageA.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('走访记录');
    expect(response.buffer.subarray(0, 2).toString()).toBe('PK');
    expect((await w.secB.getRaw(`/api/pairing/visits.xlsx?orgId=${w.villageA.id}`)).status).toBe(404);
  });
});

describe('a member on the phone', () => {
  it('sees their households with a masked phone and the last visit', async () => {
    const { person, client } = await memberOnPhone(t, w.villageA.id, '13655550001');
    const h = await household(w.secA, w.villageA.id, {
      overrides: { headName: '独居李奶奶', phone: '13900001234' },
    });
    await pair(w.secA, h.id, person.id);
    ok(await w.secA.post('/api/pairing/visits', visitInput(h.id, person.id, { visitedOn: daysAgo(3) })), 201);
    const mine = ok(await client.get<MyPairings>('/api/me/pairings'));
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      headName: '独居李奶奶',
      phone: '139****1234',
      lastVisitOn: daysAgo(3),
      visitsThisYear: daysAgo(3).slice(0, 4) === today.slice(0, 4) ? 1 : 0,
      active: true,
    });
  });

  it('logs a visit to their own household', async () => {
    const { person, client } = await memberOnPhone(t, w.villageA.id, '13655550002');
    const h = await household(w.secA, w.villageA.id);
    await pair(w.secA, h.id, person.id);
    const visit = ok(
      await client.post<Visit>('/api/me/pairing-visits', {
        householdId: h.id,
        visitedOn: today,
        notes: '帮助打扫院子，送去米面',
        helpKinds: ['chores', 'goods'],
        goodsFen: 8000,
      }),
      201,
    );
    expect(visit).toMatchObject({ visitorPersonId: person.id, bySelf: true, goodsFen: 8000 });
  });

  it('cannot log a visit to a household not paired with them, and is told the rule', async () => {
    const { client } = await memberOnPhone(t, w.villageA.id, '13655550003');
    const other = await household(w.secA, w.villageA.id);
    const response = await client.post('/api/me/pairing-visits', {
      householdId: other.id,
      visitedOn: today,
      notes: '路过看看',
      helpKinds: ['condolence'],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.visit_paired', field: 'householdId' });
  });

  it('cannot log a visit after their pairing ended', async () => {
    const { person, client } = await memberOnPhone(t, w.villageA.id, '13655550004');
    const h = await household(w.secA, w.villageA.id);
    const pairing = await pair(w.secA, h.id, person.id, 60);
    ok(
      await w.secA.post(`/api/pairing/pairings/${pairing.id}/end`, {
        endedOn: daysAgo(10),
        reason: 'reassigned',
      }),
    );
    const response = await client.post('/api/me/pairing-visits', {
      householdId: h.id,
      visitedOn: daysAgo(2),
      notes: '回访',
      helpKinds: ['condolence'],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'pairing.visit_period' });
    expect(errorOf(response).message).toContain(`${daysAgo(60)} 至 ${daysAgo(10)}`);
  });

  it('cannot reach the staff routes', async () => {
    const { client } = await memberOnPhone(t, w.villageA.id, '13655550005');
    expect((await client.get('/api/pairing/visits')).status).toBe(403);
    expect((await client.post('/api/pairing/visits', {})).status).toBe(403);
  });
});
