import { expect } from 'vitest';
import { createPerson } from '../../test/factories';
import type { Case, ModuleMatrix } from './types';

/**
 * 服务诉求 (modules/service-requests): a request filed by hotline to branch Y and assigned to a member of Y.
 * X's actors must get 404 on it (outside their service reach); the lists are asked of the township, whose
 * subtree holds Y's request, so a list that forgot the reach check would name branch Y.
 */
const cases: Record<string, Case> = {
  'GET /api/public/service-orgs': { kind: 'public' },
  'POST /api/public/service-requests': { kind: 'public' },
  'GET /api/public/service-requests/:code': { kind: 'public' },
  'POST /api/public/service-requests/:code/rating': { kind: 'public' },
  'GET /api/service-requests': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/service-requests?orgId=${f.tree.township.id}` }),
  },
  'GET /api/service-requests/on-time': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/service-requests/on-time?orgId=${f.tree.township.id}&from=2000-01-01&to=2099-12-31`,
    }),
  },
  'POST /api/service-requests': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/service-requests',
      body: {
        orgId: f.tree.branchY.id,
        channel: 'hotline',
        kind: 'help',
        text: '越权登记',
        contactName: '某某',
        contactPhone: '13912345678',
      },
    }),
  },
  'GET /api/service-requests/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/service-requests/${f.extra.serviceRequestY!}` }),
  },
  'POST /api/service-requests/:id/assignment': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/service-requests/${f.extra.serviceRequestY!}/assignment`,
      body: { assigneeKind: 'service_desk' },
    }),
  },
  'POST /api/service-requests/:id/response': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/service-requests/${f.extra.serviceRequestY!}/response`,
      body: {},
    }),
  },
  'POST /api/service-requests/:id/resolution': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/service-requests/${f.extra.serviceRequestY!}/resolution`,
      body: { resolution: '越权办结' },
    }),
  },
  'POST /api/service-requests/:id/rejection': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/service-requests/${f.extra.serviceRequestY!}/rejection`,
      body: { reason: '越权' },
    }),
  },
  'POST /api/service-requests/:id/withdrawal': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/service-requests/${f.extra.serviceRequestY!}/withdrawal`,
      body: { reason: '越权' },
    }),
  },
  'GET /api/orgs/:id/service-deadlines': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/service-deadlines` }),
  },
  'PUT /api/orgs/:id/service-deadlines': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/service-deadlines`,
      body: { settings: [] },
    }),
  },
  'GET /api/me/service-requests': {
    kind: 'self',
    sample: () => ({ method: 'GET', path: '/api/me/service-requests' }),
  },
  'POST /api/me/service-requests/:id/response': {
    kind: 'self',
    sample: () => ({ method: 'POST', path: '/api/me/service-requests/999999/response', body: {} }),
    sibling: (f) => ({
      method: 'POST',
      path: `/api/me/service-requests/${f.extra.serviceRequestY!}/response`,
      body: {},
    }),
  },
  'POST /api/me/service-requests/:id/resolution': {
    kind: 'self',
    sample: () => ({
      method: 'POST',
      path: '/api/me/service-requests/999999/resolution',
      body: { resolution: '办结' },
    }),
    sibling: (f) => ({
      method: 'POST',
      path: `/api/me/service-requests/${f.extra.serviceRequestY!}/resolution`,
      body: { resolution: '越权办结' },
    }),
  },
};

export const serviceRequestsMatrix: ModuleMatrix = {
  async fixture(t, tree) {
    const request = await t.admin.post<{ id: number }>('/api/service-requests', {
      orgId: tree.branchY.id,
      channel: 'hotline',
      kind: 'help',
      text: '西街诉求',
      contactName: '某某',
      contactPhone: '13912345678',
    });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    // Assigned to a member of Y, so the member routes (/api/me/service-requests/…) have someone else's request.
    const assignee = await createPerson(t.admin, tree.branchY.id, { name: '西街承办党员' });
    const assigned = await t.admin.post(`/api/service-requests/${request.body.id}/assignment`, {
      assigneeKind: 'member',
      personId: assignee.id,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    return { serviceRequestY: request.body.id };
  },
  cases,
};
