import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgSummary } from '@jiceng/core';
import { startTestApp, type TestApp } from '../test/test-app';
import { verifyAuditChain } from '../audit/service';
import { DEMO_PASSWORD, loadDemoCounty, type DemoResult } from './demo-county';

let t: TestApp;
let result: DemoResult;
beforeAll(async () => {
  t = await startTestApp();
  result = await loadDemoCounty(t.database.db);
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('the demo county', () => {
  it('builds a county of several hundred orgs with posts and terms', async () => {
    expect(result.loaded).toBe(true);
    expect(result.orgs).toBeGreaterThan(300);
    const posts = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM org_posts`);
    expect(Number(posts.rows[0]!.n)).toBeGreaterThan(200);
    const statuses = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(DISTINCT term_started_on)::int AS n FROM orgs WHERE term_started_on IS NOT NULL`,
    );
    expect(Number(statuses.rows[0]!.n)).toBeGreaterThan(10);
  });

  it('is loaded only once', async () => {
    expect((await loadDemoCounty(t.database.db)).loaded).toBe(false);
  });

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(t.database.db)).firstBrokenId).toBeNull();
  });

  it('gives the demo branch secretary exactly the branch', async () => {
    const client = t.client();
    await client.login('dongjie', DEMO_PASSWORD);
    const roots = await client.get<OrgSummary[]>('/api/orgs/roots');
    expect(roots.body.map((r) => r.name)).toEqual(['东街社区党支部']);
    const search = await client.get<OrgSummary[]>(`/api/orgs/search?q=${encodeURIComponent('西街')}`);
    expect(search.body).toEqual([]);
  });
});
