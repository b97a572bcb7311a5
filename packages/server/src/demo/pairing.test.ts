import { chinaToday, type Coverage, type FundLedger, type MyPairings } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { loadDemoPairing } from './pairing';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo pairing assistance', () => {
  it('pairs village households with members, visits them and keeps a township fund', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee' });
    const village = await createOrg(t.admin, { parentId: township.id, kind: 'branch', unitKind: 'village' });
    const members = [];
    for (let i = 0; i < 3; i += 1)
      members.push(await createPerson(t.admin, village.id, { phone: `1360000010${i}` }));
    const secretary = members[0]!;
    expect(
      (await t.admin.post(`/api/orgs/${village.id}/posts`, { post: 'secretary', personId: secretary.id }))
        .status,
    ).toBe(201);
    const today = chinaToday();
    const result = await t.database.db.transaction((tx) =>
      loadDemoPairing(tx, { id: county.id, path: `/${county.id}/`, name: county.name }, today),
    );
    expect(result.rows).toBeGreaterThan(0);

    const coverage = (await t.admin.get<Coverage>(`/api/pairing/coverage?orgId=${township.id}`)).body;
    const row = coverage.rows.find((r) => r.orgId === village.id)!;
    expect(row).toMatchObject({ households: 3, pairedHouseholds: 3, helpers: 3 });
    expect(row.visitsThisYear).toBeGreaterThan(0);

    const fund = (await t.admin.get<FundLedger>(`/api/pairing/funds/${township.id}`)).body;
    expect(fund.entries.filter((e) => e.kind === 'grant')).toHaveLength(2);
    expect(fund.balanceFen).toBeGreaterThan(0);

    // A demo helper with a login sees their households on the phone.
    expect(
      (await t.admin.post(`/api/persons/${members[1]!.id}/account`, { password: 'Member2026ab' })).status,
    ).toBe(201);
    const phone = t.client();
    await phone.login('13600000101', 'Member2026ab');
    const mine = (await phone.get<MyPairings>('/api/me/pairings')).body;
    expect(mine.items.length).toBeGreaterThan(0);
  });
});
