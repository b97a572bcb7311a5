import { addDays, chinaToday, type ActivityOccurrence, type ServicePostClaim } from '@jiceng/core';
import type { TestClient } from '../../test/test-client';
import { ok } from '../meetings/test-support';

/**
 * For the route access matrix (src/http/access-matrix.test.ts): records of sibling branch Y in this
 * module, and a case per route. The matrix's fixture calls `servicePostsOfY` and spreads
 * `servicePostsAccessCases((f) => f.servicePostsY)` into its CASES.
 */
export interface ServicePostsOfY {
  branchY: number;
  personY: number;
  postY: number;
  claimY: number;
  hoursY: number;
  taskForceY: number;
  taskY: number;
  seriesY: number;
  occurrenceY: number;
  photoY: number;
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);

/** Y's post claimed by Y's member (with an account) and approved, hours on it, a task force, an activity with a photo. */
export async function servicePostsOfY(
  admin: TestClient,
  memberY: TestClient,
  branchY: number,
  personY: number,
): Promise<ServicePostsOfY> {
  const today = chinaToday();
  const post = ok(
    await admin.post<{ id: number }>('/api/service-posts', {
      orgId: branchY,
      kind: 'public_welfare',
      title: '西街河道巡查',
      capacity: 3,
    }),
    201,
  );
  const claim = ok(await memberY.post<ServicePostClaim>(`/api/me/service-posts/${post.id}/claims`, {}), 201);
  ok(await admin.post(`/api/service-post-claims/${claim.id}/decision`, { approve: true }));
  const hours = ok(
    await memberY.post<{ id: number }>(`/api/me/service-post-claims/${claim.id}/hours`, {
      workedOn: today,
      hours: 1,
    }),
    201,
  );
  const taskForce = ok(
    await admin.post<{ id: number; tasks: { id: number }[] }>('/api/task-forces', {
      orgId: branchY,
      name: '西街攻坚组',
      goal: '西街环境整治',
      leaderPersonId: personY,
      memberIds: [personY],
    }),
    201,
  );
  const withTask = ok(
    await admin.post<{ tasks: { id: number }[] }>(`/api/task-forces/${taskForce.id}/tasks`, {
      title: '西街任务',
    }),
    201,
  );
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const series = ok(
    await admin.post<{ id: number }>('/api/activity-series', {
      orgId: branchY,
      title: '西街红色星期六',
      place: '西街',
      recurrence: { kind: 'weekly', weekday },
      startsOn: today,
      hoursCredited: 2,
    }),
    201,
  );
  const [occurrence] = ok(
    await admin.get<ActivityOccurrence[]>(
      `/api/activity-series/${series.id}/occurrences?from=${today}&to=${today}`,
    ),
  );
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)]), '西街.png');
  const upload = await fetch(`${admin.baseUrl}/api/activity-occurrences/${occurrence!.id}/photos`, {
    method: 'POST',
    headers: { origin: admin.baseUrl, cookie: admin.cookie ?? '' },
    body: form,
  });
  const detail = (await upload.json()) as { photos: { id: number }[] };
  return {
    branchY,
    personY,
    postY: post.id,
    claimY: claim.id,
    hoursY: hours.id,
    taskForceY: taskForce.id,
    taskY: withTask.tasks[0]!.id,
    seriesY: series.id,
    occurrenceY: occurrence!.id,
    photoY: detail.photos[0]!.id,
  };
}

interface Req {
  method: string;
  path: string;
  body?: unknown;
}
type Case<F> =
  | { kind: 'self'; sample: (f: F) => Req; sibling?: (f: F) => Req }
  | { kind: 'target'; sibling: (f: F) => Req }
  | { kind: 'list'; sibling: (f: F) => Req };

/** Every route of this module, as the matrix expects it. */
export function servicePostsAccessCases<F>(y: (f: F) => ServicePostsOfY): Record<string, Case<F>> {
  const today = chinaToday();
  const target = (
    method: string,
    path: (s: ServicePostsOfY) => string,
    body?: unknown,
    bodyOf?: (s: ServicePostsOfY) => unknown,
  ): Case<F> => ({
    kind: 'target',
    sibling: (f) => ({ method, path: path(y(f)), body: bodyOf ? bodyOf(y(f)) : body }),
  });
  const list = (path: (s: ServicePostsOfY) => string): Case<F> => ({
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: path(y(f)) }),
  });
  const hours = { workedOn: today, hours: 1 };
  return {
    'GET /api/service-posts': list((s) => `/api/service-posts?orgId=${s.branchY}`),
    'POST /api/service-posts': target(
      'POST',
      () => '/api/service-posts',
      undefined,
      (s) => ({
        orgId: s.branchY,
        kind: 'public_welfare',
        title: '越权岗位',
        capacity: 1,
      }),
    ),
    'GET /api/service-posts/:id': target('GET', (s) => `/api/service-posts/${s.postY}`),
    'PATCH /api/service-posts/:id': target('PATCH', (s) => `/api/service-posts/${s.postY}`, {
      title: '越权',
    }),
    'GET /api/service-post-claims': list((s) => `/api/service-post-claims?orgId=${s.branchY}`),
    'POST /api/service-post-claims/:id/decision': target(
      'POST',
      (s) => `/api/service-post-claims/${s.claimY}/decision`,
      { approve: false, reason: '越权' },
    ),
    'POST /api/service-post-claims/:id/end': target(
      'POST',
      (s) => `/api/service-post-claims/${s.claimY}/end`,
      {},
    ),
    'POST /api/service-post-claims/:id/hours': target(
      'POST',
      (s) => `/api/service-post-claims/${s.claimY}/hours`,
      hours,
    ),
    'GET /api/service-hours': list((s) => `/api/service-hours?orgId=${s.branchY}`),
    'GET /api/service-hours.xlsx': list((s) => `/api/service-hours.xlsx?orgId=${s.branchY}`),
    'POST /api/service-hours/:id/decision': target('POST', (s) => `/api/service-hours/${s.hoursY}/decision`, {
      confirm: true,
    }),
    'GET /api/task-forces': list((s) => `/api/task-forces?orgId=${s.branchY}`),
    'POST /api/task-forces': target(
      'POST',
      () => '/api/task-forces',
      undefined,
      (s) => ({
        orgId: s.branchY,
        name: '越权攻坚组',
        goal: '越权',
        leaderPersonId: s.personY,
        memberIds: [s.personY],
      }),
    ),
    'PATCH /api/task-forces/:id': target('PATCH', (s) => `/api/task-forces/${s.taskForceY}`, {
      name: '越权',
    }),
    'POST /api/task-forces/:id/tasks': target('POST', (s) => `/api/task-forces/${s.taskForceY}/tasks`, {
      title: '越权',
    }),
    'PATCH /api/task-force-tasks/:id': target('PATCH', (s) => `/api/task-force-tasks/${s.taskY}`, {
      progress: 50,
    }),
    'GET /api/activity-series': list((s) => `/api/activity-series?orgId=${s.branchY}`),
    'POST /api/activity-series': target(
      'POST',
      () => '/api/activity-series',
      undefined,
      (s) => ({
        orgId: s.branchY,
        title: '越权活动',
        place: '西街',
        recurrence: { kind: 'weekly', weekday: 6 },
        startsOn: today,
        hoursCredited: 1,
      }),
    ),
    'PATCH /api/activity-series/:id': target('PATCH', (s) => `/api/activity-series/${s.seriesY}`, {
      title: '越权',
    }),
    'GET /api/activity-series/:id/occurrences': target(
      'GET',
      (s) => `/api/activity-series/${s.seriesY}/occurrences`,
    ),
    'POST /api/activity-series/:id/occurrences': target(
      'POST',
      (s) => `/api/activity-series/${s.seriesY}/occurrences`,
      { from: today, to: addDays(today, 30) },
    ),
    'GET /api/activity-occurrences/:id': target('GET', (s) => `/api/activity-occurrences/${s.occurrenceY}`),
    'POST /api/activity-occurrences/:id/cancellation': target(
      'POST',
      (s) => `/api/activity-occurrences/${s.occurrenceY}/cancellation`,
      { reason: '越权' },
    ),
    'POST /api/activity-occurrences/:id/attendance': target(
      'POST',
      (s) => `/api/activity-occurrences/${s.occurrenceY}/attendance`,
      { marks: [{ personId: 1, mark: 'present' }] },
    ),
    'POST /api/activity-occurrences/:id/photos': target(
      'POST',
      (s) => `/api/activity-occurrences/${s.occurrenceY}/photos`,
    ),
    'GET /api/activity-photos/:id': target('GET', (s) => `/api/activity-photos/${s.photoY}`),
    'DELETE /api/activity-photos/:id': target('DELETE', (s) => `/api/activity-photos/${s.photoY}`),
    'GET /api/me/service-posts': {
      kind: 'self',
      sample: () => ({ method: 'GET', path: '/api/me/service-posts' }),
    },
    'POST /api/me/service-posts/:id/claims': {
      kind: 'self',
      sample: (f) => ({ method: 'POST', path: `/api/me/service-posts/${y(f).postY}/claims`, body: {} }),
      sibling: (f) => ({ method: 'POST', path: `/api/me/service-posts/${y(f).postY}/claims`, body: {} }),
    },
    'POST /api/me/service-post-claims/:id/withdrawal': {
      kind: 'self',
      sample: (f) => ({ method: 'POST', path: `/api/me/service-post-claims/${y(f).claimY}/withdrawal` }),
      sibling: (f) => ({ method: 'POST', path: `/api/me/service-post-claims/${y(f).claimY}/withdrawal` }),
    },
    'POST /api/me/service-post-claims/:id/hours': {
      kind: 'self',
      sample: (f) => ({
        method: 'POST',
        path: `/api/me/service-post-claims/${y(f).claimY}/hours`,
        body: hours,
      }),
      sibling: (f) => ({
        method: 'POST',
        path: `/api/me/service-post-claims/${y(f).claimY}/hours`,
        body: hours,
      }),
    },
    'POST /api/me/activity-occurrences/:id/signup': {
      kind: 'self',
      sample: (f) => ({ method: 'POST', path: `/api/me/activity-occurrences/${y(f).occurrenceY}/signup` }),
      sibling: (f) => ({ method: 'POST', path: `/api/me/activity-occurrences/${y(f).occurrenceY}/signup` }),
    },
    'DELETE /api/me/activity-occurrences/:id/signup': {
      kind: 'self',
      sample: (f) => ({ method: 'DELETE', path: `/api/me/activity-occurrences/${y(f).occurrenceY}/signup` }),
      sibling: (f) => ({ method: 'DELETE', path: `/api/me/activity-occurrences/${y(f).occurrenceY}/signup` }),
    },
  };
}
