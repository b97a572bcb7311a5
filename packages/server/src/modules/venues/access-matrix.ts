import { expect } from 'vitest';
import type { ModuleMatrix } from '../../http/access-matrix/types';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** 活动场所 in the access matrix: Y's venue with a use, a photo and a model site; X's actors reach none. */
export const venuesMatrix: ModuleMatrix = {
  async fixture(t, tree) {
    const venue = await t.admin.post<{ id: number }>('/api/venues', {
      orgId: tree.branchY.id,
      name: '西街党员活动室',
      kind: 'activity_room',
      address: '西街 1 号',
      areaSqm: 80,
      openingHours: '全天',
      contactPhone: '13900004444',
    });
    expect(venue.status, JSON.stringify(venue.body)).toBe(201);
    await t.admin.post(`/api/venues/${venue.body.id}/uses`, {
      date: '2024-01-02',
      purpose: '主题党日',
      usingOrgId: tree.branchY.id,
      participants: 12,
    });
    const site = await t.admin.post<{ id: number }>('/api/model-sites', {
      venueId: venue.body.id,
      title: '西街示范点',
      level: 'township',
      year: 2024,
      practices: '积分超市',
    });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), 'y.png');
    const photo = await fetch(`${t.baseUrl}/api/venues/${venue.body.id}/photos`, {
      method: 'POST',
      headers: { origin: t.baseUrl, cookie: t.admin.cookie ?? '' },
      body: form,
    });
    const photoId = ((await photo.json()) as { id: number }).id;
    return { venueY: venue.body.id, modelSiteY: site.body.id, venuePhotoY: photoId };
  },
  cases: {
    'POST /api/venues': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: '/api/venues',
        body: {
          orgId: f.tree.branchY.id,
          name: '越权场所',
          kind: 'activity_room',
          address: '西街',
          areaSqm: 50,
          openingHours: '全天',
        },
      }),
    },
    'GET /api/venues': {
      kind: 'list',
      sibling: (f) => ({ method: 'GET', path: `/api/venues?orgId=${f.tree.township.id}` }),
    },
    'GET /api/venues.xlsx': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/venues.xlsx?orgId=${f.tree.branchY.id}` }),
    },
    'GET /api/venues/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/venues/${f.extra.venueY}` }),
    },
    'PATCH /api/venues/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'PATCH', path: `/api/venues/${f.extra.venueY}`, body: { name: '越权' } }),
    },
    'POST /api/venues/:id/uses': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: `/api/venues/${f.extra.venueY}/uses`,
        body: { date: '2024-01-03', purpose: '越权', usingOrgId: f.tree.branchX.id, participants: 1 },
      }),
    },
    'POST /api/venues/:id/photos': {
      kind: 'target',
      sibling: (f) => ({ method: 'POST', path: `/api/venues/${f.extra.venueY}/photos` }),
    },
    'POST /api/model-sites': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: '/api/model-sites',
        body: {
          venueId: f.extra.venueY,
          title: '越权示范点',
          level: 'county',
          year: 2024,
          practices: '越权',
        },
      }),
    },
    'GET /api/model-sites': {
      kind: 'list',
      sibling: (f) => ({ method: 'GET', path: `/api/model-sites?orgId=${f.tree.township.id}` }),
    },
    'GET /api/model-sites/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/model-sites/${f.extra.modelSiteY}` }),
    },
    'PATCH /api/model-sites/:id': {
      kind: 'target',
      sibling: (f) => ({
        method: 'PATCH',
        path: `/api/model-sites/${f.extra.modelSiteY}`,
        body: { withdrawnReason: '越权' },
      }),
    },
    'POST /api/model-sites/:id/photos': {
      kind: 'target',
      sibling: (f) => ({ method: 'POST', path: `/api/model-sites/${f.extra.modelSiteY}/photos` }),
    },
    'GET /api/venue-photos/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/venue-photos/${f.extra.venuePhotoY}` }),
    },
    'DELETE /api/venue-photos/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'DELETE', path: `/api/venue-photos/${f.extra.venuePhotoY}` }),
    },
  },
};
