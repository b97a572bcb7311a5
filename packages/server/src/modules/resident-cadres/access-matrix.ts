import { expect } from 'vitest';
import type { ModuleMatrix } from '../../http/access-matrix/types';

/**
 * 驻村干部 in the access matrix: a cadre stationed in Y (a village in the fixture) with a day of presence
 * and a task; X's actors reach none of them.
 */
export const residentCadresMatrix: ModuleMatrix = {
  async fixture(t, tree) {
    const assignment = await t.admin.post<{ id: number }>('/api/resident-cadres', {
      name: '西街驻村干部',
      workUnit: '县财政局',
      phone: '13900003333',
      villageOrgId: tree.branchY.id,
      mode: 'stationed',
      firstSecretary: true,
      dispatchedByOrgId: tree.county.id,
      from: '2024-01-01',
    });
    expect(assignment.status, JSON.stringify(assignment.body)).toBe(201);
    const id = assignment.body.id;
    const presence = await t.admin.post<{ id: number }>(`/api/resident-cadres/${id}/presence`, {
      date: '2024-01-02',
      span: 'full',
    });
    const task = await t.admin.post<{ id: number }>(`/api/resident-cadres/${id}/tasks`, {
      title: '西街任务',
    });
    return { cadreAssignmentY: id, cadrePresenceY: presence.body.id, cadreTaskY: task.body.id };
  },
  cases: {
    'POST /api/resident-cadres': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: '/api/resident-cadres',
        body: {
          name: '越权干部',
          workUnit: '县财政局',
          villageOrgId: f.tree.branchY.id,
          mode: 'liaison',
          dispatchedByOrgId: f.tree.county.id,
          from: '2024-01-01',
        },
      }),
    },
    'GET /api/resident-cadres': {
      kind: 'list',
      sibling: (f) => ({ method: 'GET', path: `/api/resident-cadres?orgId=${f.tree.township.id}` }),
    },
    'GET /api/resident-cadres.xlsx': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/resident-cadres.xlsx?orgId=${f.tree.branchY.id}` }),
    },
    'GET /api/resident-cadres/counts': {
      kind: 'list',
      sibling: (f) => ({ method: 'GET', path: `/api/resident-cadres/counts?orgId=${f.tree.township.id}` }),
    },
    'GET /api/resident-cadres/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/resident-cadres/${f.extra.cadreAssignmentY}` }),
    },
    'PATCH /api/resident-cadres/:id': {
      kind: 'target',
      sibling: (f) => ({
        method: 'PATCH',
        path: `/api/resident-cadres/${f.extra.cadreAssignmentY}`,
        body: { note: '越权' },
      }),
    },
    'POST /api/resident-cadres/:id/end': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: `/api/resident-cadres/${f.extra.cadreAssignmentY}/end`,
        body: { endedOn: '2024-02-01', reason: '越权' },
      }),
    },
    'POST /api/resident-cadres/:id/presence': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: `/api/resident-cadres/${f.extra.cadreAssignmentY}/presence`,
        body: { date: '2024-01-03', span: 'half' },
      }),
    },
    'DELETE /api/resident-cadre-presence/:id': {
      kind: 'target',
      sibling: (f) => ({ method: 'DELETE', path: `/api/resident-cadre-presence/${f.extra.cadrePresenceY}` }),
    },
    'POST /api/resident-cadres/:id/tasks': {
      kind: 'target',
      sibling: (f) => ({
        method: 'POST',
        path: `/api/resident-cadres/${f.extra.cadreAssignmentY}/tasks`,
        body: { title: '越权' },
      }),
    },
    'PATCH /api/resident-cadre-tasks/:id': {
      kind: 'target',
      sibling: (f) => ({
        method: 'PATCH',
        path: `/api/resident-cadre-tasks/${f.extra.cadreTaskY}`,
        body: { state: 'dropped' },
      }),
    },
    'GET /api/orgs/:id/resident-cadre-settings': {
      kind: 'target',
      sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/resident-cadre-settings` }),
    },
    'PUT /api/orgs/:id/resident-cadre-settings': {
      kind: 'target',
      sibling: (f) => ({
        method: 'PUT',
        path: `/api/orgs/${f.tree.branchY.id}/resident-cadre-settings`,
        body: { minPresenceDays: 5 },
      }),
    },
  },
};
