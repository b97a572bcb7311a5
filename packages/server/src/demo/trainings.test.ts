import { chinaToday, type PersonTrainings } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { loadDemoTrainings } from './trainings';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo trainings', () => {
  it("trains the township's candidates: most meet D9, one in seven misses the last day", async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee' });
    const village = await createOrg(t.admin, { parentId: township.id, kind: 'branch', unitKind: 'village' });
    const candidates = [];
    for (let i = 0; i < 8; i++) {
      candidates.push(
        await createPerson(t.admin, village.id, {
          admissionDate: null,
          conversionDate: null,
          applicationDate: '2022-01-10',
          activistDate: '2022-03-01',
          candidateDate: '2023-04-01',
        }),
      );
    }
    const secretary = await createPerson(t.admin, village.id, { name: '演示村书记' });
    await t.admin.post(`/api/orgs/${village.id}/posts`, { post: 'secretary', personId: secretary.id });

    const today = chinaToday();
    const result = await t.database.db.transaction((tx) =>
      loadDemoTrainings(tx, { id: county.id, path: `/${county.id}/`, name: county.name }, today),
    );
    expect(result.rows).toBeGreaterThan(0);

    const statuses = await Promise.all(
      candidates.map(async (c) => {
        const view = await t.admin.get<PersonTrainings>(`/api/persons/${c.id}/trainings`);
        return { id: c.id, met: view.body.admission.met };
      }),
    );
    for (const s of statuses) expect(s.met, `person ${s.id}`).toBe(s.id % 7 !== 0 && s.id % 11 !== 0);
    // Eight consecutive ids hold at least one multiple of seven: someone falls short.
    expect(statuses.filter((s) => !s.met).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s.met).length).toBeGreaterThan(4);
    const cadre = await t.admin.get<PersonTrainings>(`/api/persons/${secretary.id}/trainings`);
    expect(cadre.body.courses.map((c) => c.audience)).toEqual(['village_cadres']);
  });
});
