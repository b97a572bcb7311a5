import type { BranchComplianceList, ComplianceSummary } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { complianceFixture, ON, type Fixture } from './test-fixture';

/** Who sees what: a secretary of B2 sees nothing of sibling B1, nor of the general branch's B3 and B4. */
let t: TestApp;
let f: Fixture;
let secretaryB2: TestClient;
let staffG: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  f = await complianceFixture(t);
  secretaryB2 = await signedInAs(t, 'branch_secretary', f.branches.B2.id);
  staffG = await signedInAs(t, 'org_staff', f.general.id);
});
afterAll(async () => {
  await t?.close();
});

describe('compliance access', () => {
  it('answers 404 for a sibling branch, its rules and its reminders', async () => {
    const { B1 } = f.branches;
    const requests = [
      secretaryB2.get(`/api/compliance/branches?orgId=${B1.id}&on=${ON}`),
      secretaryB2.get(`/api/compliance/summary?orgId=${B1.id}&on=${ON}`),
      secretaryB2.get(`/api/orgs/${B1.id}/meeting-rules`),
      secretaryB2.post(`/api/orgs/${B1.id}/meeting-rules`, { kind: 'lecture', per: 'month', minCount: 1 }),
      secretaryB2.post('/api/compliance/reminders', { orgId: B1.id }),
      staffG.get(`/api/compliance/branches?orgId=${B1.id}`),
    ];
    expect((await Promise.all(requests)).map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
  });

  it('shows the township’s view with only the branches within reach', async () => {
    const others = [f.branches.B1, f.branches.B3, f.branches.B4, f.general, f.groups.g1, f.groups.g3a].map(
      (o) => o.name,
    );
    const summary = await secretaryB2.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${f.township.id}&on=${ON}`,
    );
    expect(summary.status).toBe(200);
    expect(summary.body.rows.map((r) => [r.org.id, r.branches])).toEqual([[f.township.id, 1]]);
    expect(summary.body.totals.branches).toBe(1);
    const list = await secretaryB2.get<BranchComplianceList>(
      `/api/compliance/branches?orgId=${f.township.id}&on=${ON}`,
    );
    expect(list.body.branches.map((b) => b.org.id)).toEqual([f.branches.B2.id]);
    const everything = await secretaryB2.get<BranchComplianceList>(`/api/compliance/branches?on=${ON}`);
    expect(everything.body.branches.map((b) => b.org.id)).toEqual([f.branches.B2.id]);
    for (const text of [summary, list, everything].map((r) => JSON.stringify(r.body))) {
      for (const name of others) expect(text).not.toContain(name);
    }
  });

  it('gives a general branch’s staff its own two branches', async () => {
    const summary = await staffG.get<ComplianceSummary>(
      `/api/compliance/summary?orgId=${f.township.id}&on=${ON}`,
    );
    expect(summary.body.rows.map((r) => [r.org.id, r.branches])).toEqual([[f.general.id, 2]]);
    expect(JSON.stringify(summary.body)).not.toContain(f.branches.B1.name);
  });

  it('refuses a member without meeting.read', async () => {
    const member = await signedInAs(t, 'member', f.branches.B2.id);
    expect((await member.get(`/api/compliance/summary?orgId=${f.branches.B2.id}`)).status).toBe(403);
  });
});
