import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateIdNumber, type OrgSummary } from '@jiceng/core';
import { startTestApp, type TestApp } from '../test/test-app';
import { verifyAuditChain } from '../audit/service';
import { DEMO_PASSWORD, loadDemoCounty, type DemoResult } from './demo-county';

let t: TestApp;
let result: DemoResult;
beforeAll(async () => {
  t = await startTestApp();
  result = await loadDemoCounty(t.database.db, t.cipher);
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('the demo county', () => {
  it('builds a county of about 200 villages and over 5,000 people with posts and terms', async () => {
    expect(result.loaded).toBe(true);
    expect(result.orgs).toBeGreaterThan(600);
    expect(result.people).toBeGreaterThan(5000);
    const villages = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(DISTINCT coalesce(parent_id, id))::int AS n FROM orgs WHERE unit_kind = 'village' AND kind <> 'group'`,
    );
    expect(Number(villages.rows[0]!.n)).toBeGreaterThan(10);
    const stages = await t.database.db.execute<{ stage: string }>(sql`SELECT DISTINCT stage FROM persons`);
    expect(stages.rows.map((r) => r.stage).sort()).toEqual([
      'activist',
      'applicant',
      'candidate',
      'full',
      'probationary',
    ]);
    const posts = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM org_posts`);
    expect(Number(posts.rows[0]!.n)).toBeGreaterThan(200);
    const statuses = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(DISTINCT term_started_on)::int AS n FROM orgs WHERE term_started_on IS NOT NULL`,
    );
    expect(Number(statuses.rows[0]!.n)).toBeGreaterThan(10);
  });

  it('has movement waiting for the demo accounts: transfers at each stage, mobile members, lost contact', async () => {
    const states = await t.database.db.execute<{ state: string; n: number }>(
      sql`SELECT state, count(*)::int AS n FROM transfers GROUP BY state ORDER BY state`,
    );
    expect(states.rows.map((r) => r.state)).toEqual(['issued', 'refused', 'requested']);
    const outflows = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM outflows`);
    expect(Number(outflows.rows[0]!.n)).toBe(2);
    const standing = await t.database.db.execute<{ standing: string; n: number }>(
      sql`SELECT standing, count(*)::int AS n FROM persons WHERE standing <> 'active' GROUP BY standing ORDER BY standing`,
    );
    expect(standing.rows.map((r) => r.standing)).toEqual(['deceased', 'suspended']);
  });

  it('is loaded only once', async () => {
    expect((await loadDemoCounty(t.database.db, t.cipher)).loaded).toBe(false);
  });

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(t.database.db)).firstBrokenId).toBeNull();
  });

  it('gives a demo member a working sign-in by phone', async () => {
    const member = result.accounts.find((a) => a.role === 'member')!;
    const client = t.client();
    await client.login(member.login, DEMO_PASSWORD);
    expect((await client.get('/api/me/person')).status).toBe(200);
  });

  it('puts valid ID numbers on every record', async () => {
    const page = await t.admin.get<{ items: { id: number }[] }>('/api/persons?pageSize=50');
    for (const { id } of page.body.items.slice(0, 10)) {
      const person = await t.admin.get<{ idNumber: string; birthDate: string }>(
        `/api/persons/${id}?unmasked=true`,
      );
      expect(validateIdNumber(person.body.idNumber)).toMatchObject({
        valid: true,
        birthDate: person.body.birthDate,
      });
    }
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
