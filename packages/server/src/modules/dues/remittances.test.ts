import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { periodKey } from './remittances';
import type { RemittanceList, RemittanceView } from '@jiceng/core';
import { duesFixture, type DuesFixture } from './reports-fixture';

let t: TestApp;
let f: DuesFixture;
let secretaryX: TestClient;
let secretaryY: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  f = await duesFixture(t);
  secretaryX = await signedInAs(t, 'branch_secretary', f.tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', f.tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

const remittance = (fromOrgId: number, toOrgId: number, extra: Record<string, unknown> = {}) => ({
  fromOrgId,
  toOrgId,
  month: '2026-01',
  amountFen: 3000,
  remittedOn: '2026-02-05',
  reference: '转账凭证 001',
  ...extra,
});

async function auditCount(action: string): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
  );
  return Number(rows.rows[0]!.n);
}

describe('periodKey', () => {
  it('keeps a month, and writes a period as its bounds', () => {
    expect(periodKey({ month: '2026-01' })).toBe('2026-01');
    expect(periodKey({ period: { fromMonth: '2026-01', toMonth: '2026-03' } })).toBe('2026-01..2026-03');
    expect(periodKey({ period: { fromMonth: '2026-04', toMonth: '2026-04' } })).toBe('2026-04');
  });
});

describe('POST /api/dues/remittances', () => {
  it('records a branch remitting to its committee, audited, beside what it collected', async () => {
    const before = await auditCount('dues.remitted');
    const response = await secretaryX.post<RemittanceView>(
      '/api/dues/remittances',
      remittance(f.tree.branchX.id, f.tree.township.id, { amountFen: 2900 }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    // a2's January payment was reversed: only a1's 30.00 counts as collected.
    expect(response.body).toMatchObject({
      period: '2026-01',
      amountFen: 2900,
      collectedFen: 3000,
      differenceFen: -100,
      toOrg: { id: f.tree.township.id, name: f.tree.township.name },
    });
    expect(await auditCount('dues.remitted')).toBe(before + 1);
  });

  it('sums a period of months, and accepts a committee further up', async () => {
    const response = await secretaryX.post<RemittanceView>(
      '/api/dues/remittances',
      remittance(f.tree.branchX.id, f.tree.county.id, {
        month: undefined,
        period: { fromMonth: '2026-01', toMonth: '2026-02' },
        amountFen: 6000,
      }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ period: '2026-01..2026-02', collectedFen: 6000, differenceFen: 0 });
  });

  it('refuses an org that is not above the sender, and writes nothing', async () => {
    const before = await auditCount('dues.remitted');
    const sibling = await secretaryX.post(
      '/api/dues/remittances',
      remittance(f.tree.branchX.id, f.tree.branchY.id),
    );
    expect(sibling.status).toBe(422);
    expect(errorOf(sibling).message).toContain('上级党组织');
    const below = await t.admin.post(
      '/api/dues/remittances',
      remittance(f.tree.township.id, f.tree.branchX.id),
    );
    expect(below.status).toBe(422);
    const self = await secretaryX.post(
      '/api/dues/remittances',
      remittance(f.tree.branchX.id, f.tree.branchX.id),
    );
    expect(self.status).toBe(400);
    expect(await auditCount('dues.remitted')).toBe(before);
  });

  it("refuses Y's secretary remitting for X", async () => {
    const response = await secretaryY.post(
      '/api/dues/remittances',
      remittance(f.tree.branchX.id, f.tree.township.id),
    );
    expect(response.status).toBe(404);
  });
});

describe('GET /api/dues/remittances', () => {
  it("lists what the township received; Y's secretary sees none of X's", async () => {
    const y = await secretaryY.post<RemittanceView>(
      '/api/dues/remittances',
      remittance(f.tree.branchY.id, f.tree.township.id, { amountFen: 20, reference: '现金 002' }),
    );
    expect(y.status, JSON.stringify(y.body)).toBe(201);
    const all = await t.admin.get<RemittanceList>(
      `/api/dues/remittances?orgId=${f.tree.township.id}&year=2026`,
    );
    expect(all.status).toBe(200);
    expect(all.body.items.map((r) => [r.fromOrg.name, r.period, r.amountFen, r.collectedFen])).toEqual(
      expect.arrayContaining([
        [f.tree.branchX.name, '2026-01', 2900, 3000],
        [f.tree.branchY.name, '2026-01', 20, 20],
      ]),
    );
    const seenByY = await secretaryY.get<RemittanceList>(
      `/api/dues/remittances?orgId=${f.tree.township.id}&year=2026`,
    );
    expect(seenByY.body.items.map((r) => r.fromOrg.id)).toEqual([f.tree.branchY.id]);
    expect(JSON.stringify(seenByY.body)).not.toContain(f.tree.branchX.name);
    const other = await t.admin.get<RemittanceList>(
      `/api/dues/remittances?orgId=${f.tree.township.id}&year=2025`,
    );
    expect(other.body.items).toEqual([]);
  });
});
