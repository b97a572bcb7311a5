import { chinaToday, type CadreAssignment, type CadreCounts } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { loadDemoResidentCadres } from './resident-cadres';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo resident cadres', () => {
  it('dispatch a first secretary, stationed, liaison and help cadres with presence this month', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const agencies = await createOrg(t.admin, { parentId: county.id, kind: 'working_committee' });
    const department = await createOrg(t.admin, {
      parentId: agencies.id,
      kind: 'branch',
      unitKind: 'agency',
    });
    await createPerson(t.admin, department.id, { name: '县局干部' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee' });
    const office = await createOrg(t.admin, { parentId: township.id, kind: 'branch', unitKind: 'agency' });
    await createPerson(t.admin, office.id, { name: '镇干部' });
    for (let i = 0; i < 5; i += 1) {
      await createOrg(t.admin, { parentId: township.id, kind: 'branch', unitKind: 'village' });
    }
    const today = chinaToday();
    const result = await t.database.db.transaction((tx) =>
      loadDemoResidentCadres(tx, { id: county.id, path: `/${county.id}/`, name: county.name }, today),
    );
    expect(result.rows).toBeGreaterThan(0);
    const list = await t.admin.get<CadreAssignment[]>(`/api/resident-cadres?orgId=${county.id}`);
    expect(list.status).toBe(200);
    expect(list.body.filter((a) => a.firstSecretary).map((a) => a.cadreName)).toEqual(['县局干部']);
    expect(new Set(list.body.map((a) => a.mode))).toEqual(new Set(['stationed', 'liaison', 'help']));
    expect(list.body.filter((a) => a.mode === 'liaison')).toHaveLength(5);
    const counts = await t.admin.get<CadreCounts>(`/api/resident-cadres/counts?orgId=${county.id}`);
    expect(counts.body.townships.map((c) => [c.townshipId, c.firstSecretaries])).toEqual([[township.id, 1]]);
  });
});
