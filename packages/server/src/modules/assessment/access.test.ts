import type { AssessmentBoard, AssessmentYear } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { assessmentFixture, MONTH, type Fixture } from './test-fixture';

/** B's secretary sees B's row (and its rank among all), never A; and may score nothing. */
let t: TestApp;
let f: Fixture;
let secretaryB: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  f = await assessmentFixture(t);
  await t.admin.post('/api/assessment/compute', { orgId: f.township.id, month: MONTH });
  secretaryB = await signedInAs(t, 'branch_secretary', f.branches.B.id);
});
afterAll(async () => {
  await t?.close();
});

describe('assessment access', () => {
  it('shows a branch secretary only their own row of the township’s board, with its rank among all', async () => {
    const response = await secretaryB.get<AssessmentBoard>(
      `/api/assessment/board?orgId=${f.township.id}&month=${MONTH}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.rows.map((r) => r.branch.id)).toEqual([f.branches.B.id]);
    // A 65; C and D 40 each (no members: full marks on posts, nothing due on requests and visits); B 35.
    expect(response.body.rows[0]!.rank).toBe(4);
    expect(response.body.rankedAmong).toBe(4);
    expect(JSON.stringify(response.body)).not.toContain(f.branches.A.name);
  });

  it('keeps a sibling’s board, items and year from a branch secretary', async () => {
    const { A } = f.branches;
    const statuses = await Promise.all([
      secretaryB.get(`/api/assessment/board?orgId=${A.id}&month=${MONTH}`),
      secretaryB.get(`/api/orgs/${A.id}/assessment-items`),
      secretaryB.get(`/api/assessment/year?orgId=${A.id}&year=2025`),
    ]);
    expect(statuses.map((r) => r.status)).toEqual([404, 404, 404]);
    const year = await secretaryB.get<AssessmentYear>(
      `/api/assessment/year?orgId=${f.township.id}&year=2025`,
    );
    expect(year.body.rows.map((r) => r.branch.id)).toEqual([f.branches.B.id]);
  });

  it('refuses a branch secretary any scoring, of their own branch or another', async () => {
    const body = { score: 5, evidence: '自评' };
    const statuses = await Promise.all([
      secretaryB.request('PUT', `/api/assessment/scores/${f.branches.B.id}/${MONTH}/study`, body),
      secretaryB.request('PUT', `/api/assessment/scores/${f.branches.A.id}/${MONTH}/study`, body),
      secretaryB.post('/api/assessment/compute', { orgId: f.branches.B.id, month: MONTH }),
      secretaryB.post('/api/assessment/publish', { orgId: f.township.id, month: MONTH }),
    ]);
    expect(statuses.map((r) => r.status)).toEqual([403, 403, 403, 403]);
  });

  it('keeps a township’s staff from scoring a branch of another township', async () => {
    const otherStaff = await signedInAs(t, 'org_staff', f.general.id);
    const response = await otherStaff.request(
      'PUT',
      `/api/assessment/scores/${f.branches.A.id}/${MONTH}/study`,
      {
        score: 5,
        evidence: '越权',
      },
    );
    expect(response.status).toBe(404);
  });
});
