import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { duesFixture, type DuesFixture } from './reports-fixture';
import type { DuesSummary } from '@jiceng/core';

let t: TestApp;
let f: DuesFixture;
let secretaryY: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  f = await duesFixture(t);
  secretaryY = await signedInAs(t, 'branch_secretary', f.tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

const zero = { dueFen: 0, collectedFen: 0, voluntaryFen: 0, members: 0, paidMembers: 0 };

describe('GET /api/dues/summary', () => {
  it('gives due against collected by month and by child org, without reversed or other-year rows', async () => {
    const response = await t.admin.get<DuesSummary>(
      `/api/dues/summary?orgId=${f.tree.township.id}&year=2026`,
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { months, children, totals } = response.body;
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({
      month: '2026-01',
      dueFen: 4520,
      collectedFen: 3020,
      voluntaryFen: 0,
      members: 3,
      paidMembers: 2,
    });
    expect(months[1]).toEqual({
      month: '2026-02',
      dueFen: 4520,
      collectedFen: 3000,
      voluntaryFen: 5000,
      members: 3,
      paidMembers: 1,
    });
    expect(months.slice(2).every((m) => m.dueFen === 0 && m.collectedFen === 0)).toBe(true);
    const byName = Object.fromEntries(
      children.map((c) => [c.org.name, { ...c, org: undefined, self: undefined }]),
    );
    expect(byName[f.tree.branchX.name]).toMatchObject({
      dueFen: 9000,
      collectedFen: 6000,
      voluntaryFen: 5000,
      members: 4,
      paidMembers: 2,
    });
    expect(byName[f.tree.branchY.name]).toMatchObject({
      dueFen: 40,
      collectedFen: 20,
      voluntaryFen: 0,
      members: 2,
      paidMembers: 1,
    });
    expect(totals).toEqual({
      dueFen: 9040,
      collectedFen: 6020,
      voluntaryFen: 5000,
      members: 6,
      paidMembers: 3,
    });
  });

  it('rolls the township up into the county and shows a branch as its own row', async () => {
    const county = await t.admin.get<DuesSummary>(`/api/dues/summary?orgId=${f.tree.county.id}&year=2026`);
    expect(county.body.children).toEqual([
      expect.objectContaining({ org: expect.objectContaining({ id: f.tree.township.id }), dueFen: 9040 }),
    ]);
    const branch = await t.admin.get<DuesSummary>(`/api/dues/summary?orgId=${f.tree.branchY.id}&year=2026`);
    expect(branch.body.children).toEqual([
      expect.objectContaining({ self: true, dueFen: 40, collectedFen: 20 }),
    ]);
    const earlier = await t.admin.get<DuesSummary>(`/api/dues/summary?orgId=${f.tree.county.id}&year=2025`);
    expect(earlier.body.totals).toEqual({
      ...zero,
      dueFen: 3000,
      collectedFen: 3000,
      members: 1,
      paidMembers: 1,
    });
  });

  it("shows Y's secretary nothing of X", async () => {
    const x = await secretaryY.get(`/api/dues/summary?orgId=${f.tree.branchX.id}&year=2026`);
    expect(x.status).toBe(404);
    const township = await secretaryY.get<DuesSummary>(
      `/api/dues/summary?orgId=${f.tree.township.id}&year=2026`,
    );
    expect(township.status).toBe(200);
    expect(JSON.stringify(township.body)).not.toContain(f.tree.branchX.name);
    expect(township.body.totals).toEqual({
      ...zero,
      dueFen: 40,
      collectedFen: 20,
      members: 2,
      paidMembers: 1,
    });
    const file = await secretaryY.getRaw(`/api/dues/summary.xlsx?orgId=${f.tree.branchX.id}&year=2026`);
    expect(file.status).toBe(404);
  });
});

describe('GET /api/dues/summary.xlsx', () => {
  it('opens in exceljs with the months, the child orgs and the totals', async () => {
    const file = await t.admin.getRaw(`/api/dues/summary.xlsx?orgId=${f.tree.township.id}&year=2026`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${f.tree.township.name}2026年党费收缴汇总.xlsx`)}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const months = workbook.getWorksheet('按月汇总')!;
    expect(months.rowCount).toBe(14);
    expect(months.getRow(2).values).toEqual([undefined, '2026年1月', 3, 2, 45.2, 30.2, 15, 0, '66.8%']);
    expect(months.getRow(14).values).toEqual([undefined, '合计', 6, 3, 90.4, 60.2, 30.2, 50, '66.6%']);
    const children = workbook.getWorksheet('按下级组织汇总')!;
    const labels = children.getColumn(1).values.slice(2);
    expect(labels).toEqual(expect.arrayContaining([f.tree.branchX.name, f.tree.branchY.name, '合计']));
    expect(children.getRow(children.rowCount).getCell(5).value).toBe(60.2);
  });
});
