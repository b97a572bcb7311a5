import type { AuditEntry, Household, HouseholdPage } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signedInAs, uniqueIdNumber } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import {
  daysAgo,
  household,
  householdInput,
  ok,
  pair,
  pairingWorld,
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

describe('a household', () => {
  it('keeps the phone and ID number encrypted in the table and masked in the list', async () => {
    const idNumber = uniqueIdNumber('female', '1950-03-02');
    const created = ok(
      await w.secA.post<Household>(
        '/api/pairing/households',
        householdInput(w.villageA.id, { headName: '张秀英', phone: '13912345678', idNumber }),
      ),
      201,
    );
    const { rows } = await t.database.db.execute<{ phone_enc: string; id_number_enc: string }>(
      sql`SELECT phone_enc, id_number_enc FROM pairing_households WHERE id = ${created.id}`,
    );
    expect(rows[0]!.phone_enc).not.toContain('13912345678');
    expect(rows[0]!.id_number_enc).not.toContain(idNumber);
    expect(t.cipher.decrypt(rows[0]!.phone_enc)).toBe('13912345678');
    const list = ok(
      await w.secA.get<HouseholdPage>(`/api/pairing/households?orgId=${w.villageA.id}&q=张秀英`),
    );
    expect(list.items[0]).toMatchObject({
      phone: '139****5678',
      idNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
    });
  });

  it('is found by its exact phone or ID number, though both are stored encrypted', async () => {
    const idNumber = uniqueIdNumber('male', '1948-08-08');
    const created = await household(w.secA, w.villageA.id, { overrides: { phone: '13711112222', idNumber } });
    const byPhone = ok(await w.secA.get<HouseholdPage>('/api/pairing/households?q=13711112222'));
    expect(byPhone.items.map((h) => h.id)).toEqual([created.id]);
    const byId = ok(await w.secA.get<HouseholdPage>(`/api/pairing/households?q=${idNumber}`));
    expect(byId.items.map((h) => h.id)).toEqual([created.id]);
    expect(ok(await w.secB.get<HouseholdPage>('/api/pairing/households?q=13711112222')).items).toEqual([]);
  });

  it('shows the full phone only to whoever may unmask, and audits that view', async () => {
    const created = await household(w.secA, w.villageA.id, { overrides: { phone: '13812340000' } });
    const full = ok(await w.secA.get<Household>(`/api/pairing/households/${created.id}?unmasked=true`));
    expect(full.phone).toBe('13812340000');
    const audit = ok(
      await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=pairing.household_unmasked_viewed'),
    );
    expect(audit.items.some((e) => e.entityId === String(created.id))).toBe(true);
    const officer = await signedInAs(t, 'branch_officer', w.villageA.id);
    expect((await officer.get(`/api/pairing/households/${created.id}?unmasked=true`)).status).toBe(403);
    expect(ok(await officer.get<Household>(`/api/pairing/households/${created.id}`)).phone).toBe(
      '138****0000',
    );
  });

  it('is registered only under a village or community org, naming the field', async () => {
    const response = await t.admin.post('/api/pairing/households', householdInput(w.tree.branchX.id));
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'orgId' });
    expect(errorOf(response).message).toContain('村（社区）');
  });

  it('is refused without a situation, naming the field in Chinese', async () => {
    const response = await w.secA.post(
      '/api/pairing/households',
      householdInput(w.villageA.id, { situations: [] }),
    );
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('困难类型');
  });

  it('cannot be registered twice with the same head ID number', async () => {
    const idNumber = uniqueIdNumber();
    ok(await w.secA.post('/api/pairing/households', householdInput(w.villageA.id, { idNumber })), 201);
    const again = await w.secA.post('/api/pairing/households', householdInput(w.villageA.id, { idNumber }));
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ field: 'idNumber' });
  });

  it('of another village is not found for a secretary there, and not in their list', async () => {
    const created = await household(w.secA, w.villageA.id);
    expect((await w.secB.get(`/api/pairing/households/${created.id}`)).status).toBe(404);
    expect((await w.secB.patch(`/api/pairing/households/${created.id}`, { peopleCount: 9 })).status).toBe(
      404,
    );
    expect((await w.secB.post('/api/pairing/households', householdInput(w.villageA.id))).status).toBe(404);
    const list = ok(await w.secB.get<HouseholdPage>('/api/pairing/households'));
    expect(list.items.map((h) => h.id)).not.toContain(created.id);
    const townList = ok(
      await w.townStaff.get<HouseholdPage>(
        `/api/pairing/households?orgId=${w.tree.township.id}&pageSize=200`,
      ),
    );
    expect(townList.items.map((h) => h.id)).toContain(created.id);
  });

  it('is not visible to a member without service permissions', async () => {
    const member = await signedInAs(t, 'member', w.villageA.id);
    expect((await member.get('/api/pairing/households')).status).toBe(403);
  });

  it('records the consent with its date, way and recorder, audited', async () => {
    const created = await household(w.secA, w.villageA.id, { consentDaysAgo: null });
    expect(created.consent).toBeNull();
    const consented = ok(
      await w.secA.request<Household>('PUT', `/api/pairing/households/${created.id}/consent`, {
        consentedOn: daysAgo(5),
        way: 'oral',
        recordedByName: '王委员',
      }),
    );
    expect(consented.consent).toMatchObject({
      consentedOn: daysAgo(5),
      way: 'oral',
      recordedByName: '王委员',
    });
    const audit = ok(
      await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=pairing.consent_recorded'),
    );
    expect(audit.items.some((e) => e.entityId === String(created.id))).toBe(true);
  });

  it('refuses a consent dated after today', async () => {
    const created = await household(w.secA, w.villageA.id, { consentDaysAgo: null });
    const response = await w.secA.request('PUT', `/api/pairing/households/${created.id}/consent`, {
      consentedOn: daysAgo(-1),
      way: 'written',
      recordedByName: '李书记',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'consentedOn' });
  });

  it('updates its details and audits which fields changed, not their values', async () => {
    const created = await household(w.secA, w.villageA.id);
    const updated = ok(
      await w.secA.patch<Household>(`/api/pairing/households/${created.id}`, {
        peopleCount: 5,
        phone: '13700001111',
      }),
    );
    expect(updated).toMatchObject({ peopleCount: 5, phone: '137****1111' });
    const audit = ok(
      await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=pairing.household_updated'),
    );
    const entry = audit.items.find((e) => e.entityId === String(created.id));
    expect(entry?.summary).toEqual({ changed: ['peopleCount', 'phone'] });
  });

  it('entered by mistake is deleted, but one with a pairing is not', async () => {
    const mistaken = await household(w.secA, w.villageA.id);
    expect((await w.secA.delete(`/api/pairing/households/${mistaken.id}`)).status).toBe(204);
    expect((await w.secA.get(`/api/pairing/households/${mistaken.id}`)).status).toBe(404);
    const paired = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, paired.id, helper.id);
    const refused = await w.secA.delete(`/api/pairing/households/${paired.id}`);
    expect(refused.status).toBe(409);
    expect(errorOf(refused).message).toContain('退出');
  });

  it('leaving the programme ends its pairings the same day and keeps it on record', async () => {
    const created = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    await pair(w.secA, created.id, helper.id);
    const closed = ok(
      await w.secA.post<Household>(`/api/pairing/households/${created.id}/closure`, {
        closedOn: daysAgo(1),
        reason: '家庭收入稳定，已脱困',
      }),
    );
    expect(closed).toMatchObject({ closedOn: daysAgo(1), helpers: [] });
    const again = await w.secA.post(`/api/pairing/households/${created.id}/closure`, {
      closedOn: daysAgo(1),
      reason: '再次',
    });
    expect(again.status).toBe(409);
    const open = ok(
      await w.secA.get<HouseholdPage>(`/api/pairing/households?orgId=${w.villageA.id}&pageSize=200`),
    );
    expect(open.items.map((h) => h.id)).not.toContain(created.id);
    const closedList = ok(
      await w.secA.get<HouseholdPage>(`/api/pairing/households?orgId=${w.villageA.id}&status=closed`),
    );
    expect(closedList.items.map((h) => h.id)).toContain(created.id);
  });
});
