import type { BranchComplianceList, ComplianceSummary } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * A county's worth of branches (800) and meetings (32 000), written straight into the tables: the views read
 * them in a handful of queries and compute in memory, so they answer in well under the time a query per
 * branch would take.
 */
const BRANCHES = 800;
const MEETINGS_PER_BRANCH = 40;
let t: TestApp;
let countyId = 0;

beforeAll(async () => {
  t = await startTestApp();
  const county = await createOrg(t.admin, { parentId: null, kind: 'committee', name: '规模测试县委' });
  countyId = county.id;
  const db = t.database.db;
  // Two statements: an UPDATE does not see the rows its own WITH clause inserted.
  await db.execute(sql`
    INSERT INTO orgs (parent_id, path, depth, tenant_org_id, kind, name, term_years)
    SELECT c.id, '', c.depth + 1, c.tenant_org_id, 'branch', '规模支部' || g, 5
      FROM orgs c, generate_series(1, ${BRANCHES}) g WHERE c.id = ${county.id}`);
  await db.execute(sql`
    UPDATE orgs SET path = (SELECT c.path FROM orgs c WHERE c.id = ${county.id}) || orgs.id || '/'
     WHERE orgs.parent_id = ${county.id} AND orgs.path = ''`);
  await db.execute(sql`
    INSERT INTO meetings (tenant_org_id, org_id, kind, title, planned_on, state, held_on, minutes, sign_in_token)
    SELECT o.tenant_org_id, o.id,
           (ARRAY['general_meeting', 'lecture', 'theme_day', 'committee_meeting', 'life_meeting'])[1 + n % 5],
           '规模测试', d, 'closed', d, '{}'::jsonb, 'scale-' || o.id || '-' || n
      FROM orgs o, generate_series(1, ${MEETINGS_PER_BRANCH}) n,
           LATERAL (SELECT ('2025-01-01'::date + (n * 9 % 300)) AS d) x
     WHERE o.parent_id = ${county.id}`);
});
afterAll(async () => {
  await t?.close();
});

describe('compliance at county scale', () => {
  it('summarizes 800 branches and 32 000 meetings in a few queries', async () => {
    const started = performance.now();
    const summary = await t.admin.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${countyId}&on=2025-11-20`,
    );
    const took = performance.now() - started;
    expect(summary.status).toBe(200);
    expect(summary.body.totals.branches).toBe(BRANCHES);
    expect(took).toBeLessThan(10_000);
  });

  it('lists every branch’s periods', async () => {
    const started = performance.now();
    const list = await t.admin.get<BranchComplianceList>(
      `/api/compliance/branches?orgId=${countyId}&on=2025-11-20`,
    );
    const took = performance.now() - started;
    expect(list.body.branches).toHaveLength(BRANCHES);
    const meetings = list.body.branches[0]!.compliance.reduce(
      (n, c) => n + c.periods.reduce((m, p) => m + p.count, 0),
      0,
    );
    expect(meetings).toBeGreaterThan(0);
    expect(took).toBeLessThan(10_000);
    console.info(`compliance at scale: branches list in ${Math.round(took)} ms`);
  });
});
