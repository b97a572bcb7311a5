import { chinaToday, type MyServicePosts, type ServicePost, type TaskForce } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { memberWithAccount, ok } from '../modules/meetings/test-support';
import { loadDemoServicePosts } from './service-posts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo volunteer work', () => {
  it('publishes posts in villages with claims and hours, a red Saturday with attendance and task forces', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee' });
    // Enough villages that each kind of post lands in one (a post in every ninth id, by kind).
    const villages = [];
    for (let i = 0; i < 9; i += 1) {
      villages.push(await createOrg(t.admin, { parentId: township.id, kind: 'branch', unitKind: 'village' }));
    }
    for (const village of villages) {
      for (let i = 0; i < 5; i += 1) await createPerson(t.admin, village.id);
    }
    const member = await memberWithAccount(t, villages[0]!.id);
    const today = chinaToday();
    const started = Date.now();
    const result = await t.database.db.transaction((tx) =>
      loadDemoServicePosts(tx, { id: county.id, path: county.path, name: county.name }, today),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.rows).toBeGreaterThan(0);

    const posts = ok(await t.admin.get<ServicePost[]>(`/api/service-posts?orgId=${county.id}`));
    expect(posts.length).toBe(3);
    expect(new Set(posts.map((p) => p.kind)).size).toBe(3);
    expect(posts.every((p) => p.approvedCount + p.pendingCount <= p.capacity)).toBe(true);
    expect(posts.every((p) => p.approvedCount > 0)).toBe(true);
    const forces = ok(await t.admin.get<TaskForce[]>(`/api/task-forces?orgId=${county.id}`));
    expect(forces).toHaveLength(2);
    expect(forces[0]!.tasks).toHaveLength(3);
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM activity_occurrences o JOIN orgs g ON g.id = o.org_id
           WHERE g.id = ${township.id}`,
    );
    expect(rows[0]!.n).toBe(12);
    // The member's own view reads what the demo wrote.
    ok(await member.client.get<MyServicePosts>('/api/me/service-posts'));
  });
});
