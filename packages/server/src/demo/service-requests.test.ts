import { chinaToday, type ServiceRequestPage } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { loadDemoServiceRequests } from './service-requests';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo service requests', () => {
  it('files requests to the villages with the villagers’ phones, readable through the API', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee' });
    const villages = [];
    for (let i = 0; i < 12; i += 1) {
      const village = await createOrg(t.admin, {
        parentId: township.id,
        kind: 'branch',
        unitKind: 'village',
      });
      await createPerson(t.admin, village.id, { phone: `1391234${String(1000 + i)}` });
      villages.push(village);
    }
    const result = await t.database.db.transaction((tx) =>
      loadDemoServiceRequests(tx, { id: county.id, path: `/${county.id}/`, name: county.name }, chinaToday()),
    );
    expect(result.rows).toBeGreaterThan(12);
    const { rows } = await t.database.db.execute<{ n: number; villages: number }>(
      sql`SELECT count(*)::int AS n, count(DISTINCT org_id)::int AS villages FROM service_requests`,
    );
    expect(rows[0]!.villages).toBe(12);
    const page = await t.admin.get<ServiceRequestPage>(
      `/api/service-requests?orgId=${county.id}&pageSize=200`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.total).toBe(rows[0]!.n);
    expect(page.body.items.every((i) => /^1\d{2}\*{4}\d{4}$/.test(i.contactPhone))).toBe(true);
  });
});
