import type {
  AssessmentBoard,
  AssessmentComputeResult,
  AssessmentItemsView,
  AssessmentRow,
  AssessmentScoreView,
  AssessmentYear,
} from '@jiceng/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { assessmentFixture, MONTH, type Fixture } from './test-fixture';

let t: TestApp;
let f: Fixture;

beforeAll(async () => {
  t = await startTestApp();
  f = await assessmentFixture(t);
});
afterAll(async () => {
  await t?.close();
});

const items = (orgId: number) => t.admin.get<AssessmentItemsView>(`/api/orgs/${orgId}/assessment-items`);
const board = (month: string, orgId = f.township.id) =>
  t.admin.get<AssessmentBoard>(`/api/assessment/board?orgId=${orgId}&month=${month}`);
const compute = (month: string, orgId = f.township.id) =>
  t.admin.post<AssessmentComputeResult>('/api/assessment/compute', { orgId, month });
const score = (branchId: number, month: string, itemKey: string, body: unknown) =>
  t.admin.request<AssessmentScoreView>('PUT', `/api/assessment/scores/${branchId}/${month}/${itemKey}`, body);
const rowOf = (b: AssessmentBoard, branchId: number): AssessmentRow =>
  b.rows.find((r) => r.branch.id === branchId)!;
const cell = (b: AssessmentBoard, branchId: number, key: string) =>
  rowOf(b, branchId).cells.find((c) => c.itemKey === key)!;
const item = (key: string, maxScore: number) => ({
  key,
  name: key,
  maxScore,
  metric: 'manual',
  description: null,
});

describe('assessment items', () => {
  it('gives a branch the ten default items when no committee above has set any', async () => {
    const response = await items(f.branches.C.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ setBy: null, own: false, total: 100, mayHaveOwn: false });
    expect(response.body.items).toHaveLength(10);
  });

  it('gives a branch the items of the nearest committee above that set them', async () => {
    const set = await t.admin.request('PUT', `/api/orgs/${f.general.id}/assessment-items`, {
      items: [item('safety', 60), item('output', 40)],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const d = await items(f.branches.D.id);
    expect(d.body.setBy).toEqual({ id: f.general.id, name: f.general.name });
    expect(d.body.items.map((i) => i.key)).toEqual(['safety', 'output']);
    expect((await items(f.branches.C.id)).body.setBy).toBeNull();
  });

  it('lets a committee override what it inherits, and clearing inherits again', async () => {
    await t.admin.request('PUT', `/api/orgs/${f.county.id}/assessment-items`, {
      items: [item('county', 100)],
    });
    expect((await items(f.township.id)).body.setBy?.id).toBe(f.county.id);
    await t.admin.request('PUT', `/api/orgs/${f.township.id}/assessment-items`, {
      items: [item('town', 100)],
    });
    expect((await items(f.branches.A.id)).body).toMatchObject({ setBy: { id: f.township.id }, own: false });
    expect((await t.admin.delete(`/api/orgs/${f.township.id}/assessment-items`)).status).toBe(200);
    expect((await items(f.branches.A.id)).body.setBy?.id).toBe(f.county.id);
    await t.admin.delete(`/api/orgs/${f.county.id}/assessment-items`);
    expect((await items(f.branches.A.id)).body.setBy).toBeNull();
  });

  it('refuses a negative maximum, naming the field', async () => {
    const response = await t.admin.request<{ error: { message: string; field: string } }>(
      'PUT',
      `/api/orgs/${f.township.id}/assessment-items`,
      { items: [item('a', -5)] },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('满分');
    expect(response.body.error.field).toBe('items.0.maxScore');
  });

  it('refuses items set on a branch', async () => {
    const response = await t.admin.request('PUT', `/api/orgs/${f.branches.A.id}/assessment-items`, {
      items: [item('a', 100)],
    });
    expect(response.status).toBe(400);
  });
});

describe('computed scores', () => {
  let b: AssessmentBoard;
  beforeAll(async () => {
    const result = await compute(MONTH);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body).toMatchObject({ branches: 4, keptManual: 0, frozenBranches: 0 });
    b = (await board(MONTH)).body;
  });

  it('gives full marks on meetings to a branch that held its required meetings', () => {
    expect(cell(b, f.branches.A.id, 'meetings')).toMatchObject({
      scoreTenths: 150,
      scoredHow: 'auto',
      basis: '本月应完成 1 项组织生活，已完成 1 项',
    });
  });

  it('gives nothing on meetings to a branch that held none', () => {
    expect(cell(b, f.branches.B.id, 'meetings').scoreTenths).toBe(0);
  });

  it('scores attendance from the marks of the month’s closed meetings', () => {
    expect(cell(b, f.branches.A.id, 'attendance').scoreTenths).toBe(100);
    expect(cell(b, f.branches.B.id, 'attendance').scoreTenths).toBe(0);
  });

  it('scores dues as collected over due in the month', () => {
    expect(cell(b, f.branches.A.id, 'dues').scoreTenths).toBe(100);
    expect(cell(b, f.branches.B.id, 'dues')).toMatchObject({
      scoreTenths: 50,
      basis: '本月应交 2.00 元，实交 1.00 元（50%）',
    });
  });

  it('gives full marks on development to a branch without overdue duties', () => {
    expect(cell(b, f.branches.C.id, 'development').scoreTenths).toBe(100);
  });

  it('scores a branch under its own committee’s items', () => {
    const d = rowOf(b, f.branches.D.id);
    expect(d.maxTotal).toBe(100);
    expect(d.cells.find((c) => c.itemKey === 'meetings')?.applicable).toBe(false);
    expect(d.missing).toEqual(['safety', 'output']);
  });

  it('flags only the hand-scored items still missing', () => {
    expect(rowOf(b, f.branches.A.id).missing).toEqual(['disclosure', 'study', 'records']);
  });

  it('ranks by total', () => {
    // Meetings, attendance, dues, development, then posts, requests, visits (no claims, requests or
    // pairings anywhere: posts 0 with members, full without; requests and visits full).
    // A 15 + 10 + 10 + 10 + 0 + 10 + 10 = 65; B 0 + 0 + 5 + 10 + 0 + 10 + 10 = 35;
    // C (no members) 0 + 0 + 0 + 10 + 10 + 10 + 10 = 40.
    expect([f.branches.A, f.branches.B, f.branches.C].map((o) => rowOf(b, o.id).totalTenths)).toEqual([
      650, 350, 400,
    ]);
    expect(b.rows.slice(0, 3).map((r) => r.branch.id)).toEqual([
      f.branches.A.id,
      f.branches.C.id,
      f.branches.B.id,
    ]);
  });
});

describe('hand scores', () => {
  const month = '2025-06';

  it('are refused without evidence', async () => {
    const response = await score(f.branches.A.id, month, 'study', { score: 4, evidence: '' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('佐证材料');
  });

  it('are refused above the item’s maximum, naming it', async () => {
    const response = await score(f.branches.A.id, month, 'study', { score: 5.5, evidence: '学习记录' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('满分 5 分');
  });

  it('are stored with their evidence', async () => {
    const response = await score(f.branches.A.id, month, 'study', {
      score: 4.5,
      evidence: '6 月学习记录 3 次',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.cell).toMatchObject({
      scoreTenths: 45,
      scoredHow: 'manual',
      evidence: '6 月学习记录 3 次',
    });
  });

  it('survive a later computation of the same item', async () => {
    await score(f.branches.B.id, month, 'meetings', { score: 12, evidence: '补充会议记录已核实' });
    const result = await compute(month);
    expect(result.body.keptManual).toBeGreaterThanOrEqual(1);
    expect(cell((await board(month)).body, f.branches.B.id, 'meetings')).toMatchObject({
      scoreTenths: 120,
      scoredHow: 'manual',
    });
  });

  it('are refused for a month not yet begun', async () => {
    const response = await score(f.branches.A.id, '2099-01', 'study', { score: 1, evidence: '提前评分' });
    expect(response.status).toBe(400);
  });
});

describe('ranking', () => {
  it('gives equal totals the same rank and skips the next', async () => {
    const month = '2025-02';
    await score(f.branches.A.id, month, 'study', { score: 3, evidence: '学习记录' });
    await score(f.branches.B.id, month, 'study', { score: 5, evidence: '学习记录' });
    await score(f.branches.C.id, month, 'study', { score: 3, evidence: '学习记录' });
    await score(f.branches.D.id, month, 'safety', { score: 20, evidence: '安全检查' });
    const b = (await board(month)).body;
    const ranks = Object.fromEntries(b.rows.map((r) => [r.branch.id, r.rank]));
    // D: 20 of 100; A and C: 3 of 100; B: 5 of 100.
    expect([f.branches.D, f.branches.B, f.branches.A, f.branches.C].map((o) => ranks[o.id])).toEqual([
      1, 2, 3, 3,
    ]);
    expect(b.rankedAmong).toBe(4);
  });
});

describe('publishing', () => {
  const month = '2025-04';
  beforeAll(async () => {
    await compute(month);
    const published = await t.admin.post<AssessmentBoard>('/api/assessment/publish', {
      orgId: f.township.id,
      month,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  });

  it('shows the board as published by the township', async () => {
    const b = (await board(month)).body;
    expect(b.publication?.org).toEqual({ id: f.township.id, name: f.township.name });
    expect(rowOf(b, f.branches.A.id).publication?.org.id).toBe(f.township.id);
  });

  it('refuses a hand score afterwards, naming who published and when', async () => {
    const response = await score(f.branches.A.id, month, 'study', { score: 5, evidence: '补评' });
    expect(response.status).toBe(409);
    const message = JSON.stringify(response.body);
    expect(message).toContain(f.township.name);
    expect(message).toMatch(/已于 \d{4}-\d{2}-\d{2} 发布2025年4月/);
  });

  it('refuses a computation afterwards, also from the county above', async () => {
    expect((await compute(month)).status).toBe(409);
    const county = await compute(month, f.county.id);
    expect(county.status).toBe(200);
    expect(county.body).toMatchObject({ branches: 0, frozenBranches: 4 });
  });

  it('refuses publishing the same month twice', async () => {
    const again = await t.admin.post('/api/assessment/publish', { orgId: f.township.id, month });
    expect(again.status).toBe(409);
  });

  it('refuses publishing a month without any score', async () => {
    const empty = await t.admin.post('/api/assessment/publish', { orgId: f.township.id, month: '2025-01' });
    expect(empty.status).toBe(400);
  });
});

describe('the year summary', () => {
  it('lists each branch’s monthly totals, its average and rank', async () => {
    const response = await t.admin.get<AssessmentYear>(
      `/api/assessment/year?orgId=${f.township.id}&year=2025`,
    );
    expect(response.status).toBe(200);
    const a = response.body.rows.find((r) => r.branch.id === f.branches.A.id)!;
    expect(a.months[4]).toBe(650);
    expect(a.months[1]).toBe(30);
    expect(a.averageTenths).not.toBeNull();
    expect(response.body.published[3]).toBe(true);
    expect(response.body.published[4]).toBe(false);
    expect(response.body.rows[0]!.rank).toBe(1);
  });
});

describe('the Excel export', () => {
  it('has a row per branch with its total and rank', async () => {
    const response = await t.admin.getRaw(`/api/assessment/board.xlsx?orgId=${f.township.id}&month=${MONTH}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).getCell(2).value).toBe('党支部');
    expect(sheet.getRow(2).getCell(2).value).toBe(f.branches.A.name);
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
  });
});
