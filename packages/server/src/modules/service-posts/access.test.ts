import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { memberWithAccount } from '../meetings/test-support';
import { servicePostsAccessCases, servicePostsOfY, type ServicePostsOfY } from './access-cases';

/** This module's share of the route access matrix, run on its own so the cases are known to hold. */
let t: TestApp;
let tree: SampleTree;
let y: ServicePostsOfY;
let actorsOfX: { label: string; client: TestClient }[];
let noPermission: TestClient;
const cases = servicePostsAccessCases<ServicePostsOfY>((f) => f);
const MODULE_ROUTES =
  /^\/api\/(service-posts|service-post-claims|service-hours|task-forces|task-force-tasks|activity-|me\/service-post|me\/activity-)/;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  const personY = await createPerson(t.admin, tree.branchY.id, { name: '西街党员乙', phone: '13600006666' });
  await t.admin.post(`/api/persons/${personY.id}/account`, { password: 'Member2026ab' });
  const memberY = t.client();
  await memberY.login('13600006666', 'Member2026ab');
  y = await servicePostsOfY(t.admin, memberY, tree.branchY.id, personY.id);
  actorsOfX = [
    { label: 'org_staff of X', client: await signedInAs(t, 'org_staff', tree.branchX.id) },
    { label: 'secretary of X', client: await signedInAs(t, 'branch_secretary', tree.branchX.id) },
    { label: 'officer of X', client: await signedInAs(t, 'branch_officer', tree.branchX.id) },
    { label: 'member of X', client: (await memberWithAccount(t, tree.branchX.id)).client },
  ];
  noPermission = await signedInAs(t, 'member', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

const send = (client: TestClient, req: { method: string; path: string; body?: unknown }) =>
  client.request(req.method, req.path, req.body);
const sample = (c: (typeof cases)[string]) => (c.kind === 'self' ? c.sample(y) : c.sibling(y));

describe('the access cases of this module', () => {
  it('cover every route of the module', () => {
    const routes = t.app.routeTable
      .filter((r) => MODULE_ROUTES.test(r.url))
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((key) => !(key in cases))).toEqual([]);
    expect(Object.keys(cases).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it('answer anonymous callers 401', async () => {
    const failures: string[] = [];
    for (const [key, c] of Object.entries(cases)) {
      const response = await send(t.client(), sample(c));
      if (response.status !== 401) failures.push(`${key} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answer a role without the permission 403 on every staff route', async () => {
    const failures: string[] = [];
    for (const [key, c] of Object.entries(cases)) {
      if (c.kind === 'self') continue;
      const response = await send(noPermission, sample(c));
      if (response.status !== 403) failures.push(`${key} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('give actors of X 403 or 404 on everything of Y', async () => {
    const failures: string[] = [];
    for (const { label, client } of actorsOfX) {
      for (const [key, c] of Object.entries(cases)) {
        const req = c.kind === 'target' ? c.sibling(y) : c.kind === 'self' ? c.sibling?.(y) : undefined;
        if (!req) continue;
        const response = await send(client, req);
        if (response.status !== 403 && response.status !== 404)
          failures.push(`${label}: ${key} → ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('never show Y in what actors of X list', async () => {
    const failures: string[] = [];
    for (const { label, client } of actorsOfX) {
      for (const [key, c] of Object.entries(cases)) {
        if (c.kind !== 'list') continue;
        const response = await send(client, c.sibling(y));
        const text = JSON.stringify(response.body);
        if (response.status === 200 && /西街/.test(text)) failures.push(`${label}: ${key}`);
      }
      const mine = await client.get('/api/me/service-posts');
      if (/西街/.test(JSON.stringify(mine.body))) failures.push(`${label}: GET /api/me/service-posts`);
    }
    expect(failures).toEqual([]);
  });
});
