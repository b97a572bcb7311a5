import { chinaToday, type ModelSite, type Venue, type VenueDetail } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { loadDemoVenues } from './venues';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo venues', () => {
  it('give each township a service centre, some villages a venue with a use log, and model sites', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee', name: '演示镇党委' });
    for (let i = 0; i < 9; i += 1) {
      await createOrg(t.admin, { parentId: township.id, kind: 'branch', unitKind: 'village' });
    }
    const result = await t.database.db.transaction((tx) =>
      loadDemoVenues(tx, { id: county.id, path: `/${county.id}/`, name: county.name }, chinaToday()),
    );
    expect(result.rows).toBeGreaterThan(0);
    const venues = await t.admin.get<Venue[]>(`/api/venues?orgId=${county.id}`);
    expect(venues.body.map((v) => v.kind).sort()).toEqual([
      'activity_room',
      'civilization_station',
      'civilization_station',
      'service_center',
    ]);
    expect(venues.body.find((v) => v.kind === 'service_center')?.name).toBe('演示镇党群服务中心');
    const detail = await t.admin.get<VenueDetail>(`/api/venues/${venues.body[0]!.id}`);
    expect(detail.body.uses).toHaveLength(8);
    const sites = await t.admin.get<ModelSite[]>(`/api/model-sites?orgId=${county.id}`);
    expect(sites.body).toHaveLength(3);
  });
});
