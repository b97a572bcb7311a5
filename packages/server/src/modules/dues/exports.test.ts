import ExcelJS from 'exceljs';
import { chinaToday, monthLabel, monthOf, shiftMonth } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signedInAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { duesFixture, type DuesFixture } from './reports-fixture';
import { duesDue } from './schema';

/**
 * The arrears list and the remittances as workbooks. On top of the reports fixture (a2 owes January and
 * February of 2026, b1 February), two members of X owe every one of the last six and three months.
 */
let t: TestApp;
let f: DuesFixture;
let secretaryY: TestClient;
let six: { id: number; name: string };
let three: { id: number; name: string };
const thisMonth = monthOf(chinaToday());
const monthsAgo = (n: number) => shiftMonth(thisMonth, -n);

beforeAll(async () => {
  t = await startTestApp();
  f = await duesFixture(t);
  secretaryY = await signedInAs(t, 'branch_secretary', f.tree.branchY.id);
  six = await createPerson(t.admin, f.tree.branchX.id);
  three = await createPerson(t.admin, f.tree.branchX.id);
  const x = { orgId: f.tree.branchX.id, orgPath: f.tree.branchX.path, tenantOrgId: f.tree.county.id };
  await t.database.db
    .insert(duesDue)
    .values([
      ...[6, 5, 4, 3, 2, 1].map((n) => ({ ...x, personId: six.id, month: monthsAgo(n), amountFen: 1500 })),
      ...[3, 2, 1].map((n) => ({ ...x, personId: three.id, month: monthsAgo(n), amountFen: 3000 })),
    ]);
  for (const [from, amountFen, extra] of [
    [f.tree.branchX.id, 2900, { month: '2026-01', reference: '转账凭证 001' }],
    [
      f.tree.branchX.id,
      6000,
      { period: { fromMonth: '2026-01', toMonth: '2026-02' }, centralVoluntaryFen: 5000, reference: 'A-2' },
    ],
    [f.tree.branchY.id, 20, { month: '2026-01', reference: '现金 002' }],
  ] as const) {
    const response = await t.admin.post('/api/dues/remittances', {
      fromOrgId: from,
      toOrgId: f.tree.township.id,
      amountFen,
      remittedOn: '2026-03-05',
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  }
});
afterAll(async () => {
  await t?.close();
});

async function workbookOf(file: { buffer: Buffer }): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The sheet's data rows as plain values, keyed by the text of the first cell. */
function rowsByFirstCell(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue[]> {
  const rows = new Map<string, ExcelJS.CellValue[]>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.set(String(values[0]), values);
  });
  return rows;
}

describe('GET /api/dues/arrears.xlsx', () => {
  it('lists each member in arrears with the run, the months, the amount and both flags', async () => {
    const file = await t.admin.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.township.id}`);
    expect(file.status).toBe(200);
    const sheet = (await workbookOf(file)).getWorksheet('欠交名单')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '所在党组织',
      '连续欠交月数',
      '欠交月份',
      '欠交金额（元）',
      '满3个月提醒',
      '满6个月（无正当理由）',
    ]);
    const rows = rowsByFirstCell(sheet);
    const sixMonths = [6, 5, 4, 3, 2, 1].map((n) => monthLabel(monthsAgo(n))).join('、');
    expect(rows.get(six.name)).toEqual([six.name, f.tree.branchX.name, 6, sixMonths, 90, '是', '是']);
    expect(rows.get(three.name)?.slice(2)).toEqual([
      3,
      [3, 2, 1].map((n) => monthLabel(monthsAgo(n))).join('、'),
      90,
      '是',
      '否',
    ]);
  });

  it('lists a member whose unpaid months lie further back without either flag', async () => {
    const file = await t.admin.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.township.id}`);
    const names = await t.admin.get<{ id: number; name: string }>(`/api/persons/${f.persons.a2}`);
    const rows = rowsByFirstCell((await workbookOf(file)).getWorksheet('欠交名单')!);
    // a2's January payment was reversed: January and February are owed, 15.00 each.
    expect(rows.get(names.body.name)?.slice(2)).toEqual([0, '2026年1月、2026年2月', 30, '否', '否']);
  });

  it('puts the longest runs first and ends with the total owed', async () => {
    const file = await t.admin.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.township.id}`);
    const sheet = (await workbookOf(file)).getWorksheet('欠交名单')!;
    expect(sheet.getCell('A2').value).toBe(six.name);
    expect(sheet.getCell('A3').value).toBe(three.name);
    const last = sheet.getRow(sheet.rowCount);
    // 90.00 + 90.00 + a2's 30.00 + b1's 0.20
    expect([last.getCell(1).value, last.getCell(2).value, last.getCell(5).value]).toEqual([
      '合计',
      '4 人',
      210.2,
    ]);
  });

  it('writes the amounts as numbers in 元 with two decimals', async () => {
    const file = await t.admin.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.branchY.id}`);
    const sheet = (await workbookOf(file)).getWorksheet('欠交名单')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('E2').value).toBe(0.2);
    expect(sheet.getCell('E2').numFmt).toBe('#,##0.00');
  });

  it('names the file after the org and the month it runs to', async () => {
    const file = await t.admin.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.branchX.id}`);
    const name = `${f.tree.branchX.name}欠交党费名单（截至${monthLabel(monthsAgo(1))}）.xlsx`;
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
  });

  it("answers Y's secretary about X with 404, not a file", async () => {
    const file = await secretaryY.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.branchX.id}`);
    expect(file.status).toBe(404);
    expect(file.headers.get('content-type')).toContain('application/json');
  });

  it("gives Y's secretary only Y's members from the township", async () => {
    const file = await secretaryY.getRaw(`/api/dues/arrears.xlsx?orgId=${f.tree.township.id}`);
    expect(file.status).toBe(200);
    const sheet = (await workbookOf(file)).getWorksheet('欠交名单')!;
    const orgs = sheet.getColumn(2).values.slice(2);
    expect(orgs).toEqual([f.tree.branchY.name, '1 人']);
  });
});

describe('GET /api/dues/remittances.xlsx', () => {
  it('lists each remittance beside what was collected, with the difference', async () => {
    const file = await t.admin.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=2026`);
    expect(file.status).toBe(200);
    const sheet = (await workbookOf(file)).getWorksheet('上缴记录')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '所属期间',
      '上缴组织',
      '接收组织',
      '上缴金额（元）',
      '其中上缴中央的自愿多交（元）',
      '上缴日期',
      '凭证号',
      '所属期间实收（元）',
      '差额（元）',
    ]);
    const values = [2, 3, 4].map((n) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1));
    expect(values).toEqual(
      expect.arrayContaining([
        // X collected only a1's 30.00 in January (a2's payment was reversed): 1.00 short.
        ['2026年1月', f.tree.branchX.name, f.tree.township.name, 29, 0, '2026-03-05', '转账凭证 001', 30, -1],
        ['2026年1月', f.tree.branchY.name, f.tree.township.name, 0.2, 0, '2026-03-05', '现金 002', 0.2, 0],
      ]),
    );
  });

  it('shows a period of months by its bounds, with the part for the Central Committee', async () => {
    const file = await t.admin.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=2026`);
    const rows = rowsByFirstCell((await workbookOf(file)).getWorksheet('上缴记录')!);
    expect(rows.get('2026年1月至2026年2月')).toEqual([
      '2026年1月至2026年2月',
      f.tree.branchX.name,
      f.tree.township.name,
      60,
      50,
      '2026-03-05',
      'A-2',
      60,
      0,
    ]);
  });

  it('writes the amounts as numbers in 元 with two decimals and ends with what was handed up', async () => {
    const file = await t.admin.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=2026`);
    const sheet = (await workbookOf(file)).getWorksheet('上缴记录')!;
    for (const column of ['D', 'E', 'H', 'I']) expect(sheet.getCell(`${column}2`).numFmt).toBe('#,##0.00');
    const last = sheet.getRow(sheet.rowCount);
    expect([last.getCell(1).value, last.getCell(4).value, last.getCell(5).value]).toEqual(['合计', 89.2, 50]);
  });

  it('marks a shortfall in red', async () => {
    const file = await t.admin.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.branchX.id}&year=2026`);
    const sheet = (await workbookOf(file)).getWorksheet('上缴记录')!;
    const row = (period: string) => sheet.getColumn(1).values.indexOf(period);
    expect(row('2026年1月')).toBeGreaterThan(1);
    expect(row('2026年1月至2026年2月')).toBeGreaterThan(1);
    expect(sheet.getCell(`I${row('2026年1月')}`).font?.color?.argb).toBe('FFCF1322');
    expect(sheet.getCell(`I${row('2026年1月至2026年2月')}`).font?.color?.argb).toBeUndefined();
  });

  it('names the file after the org and the year', async () => {
    const file = await t.admin.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=2026`);
    const name = `${f.tree.township.name}2026年党费上缴记录.xlsx`;
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
  });

  it('has only the header and a zero total for a year without remittances', async () => {
    const file = await t.admin.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=2025`);
    const sheet = (await workbookOf(file)).getWorksheet('上缴记录')!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('D2').value).toBe(0);
  });

  it("answers Y's secretary about X with 404, and shows only Y's from the township", async () => {
    const x = await secretaryY.getRaw(`/api/dues/remittances.xlsx?orgId=${f.tree.branchX.id}&year=2026`);
    expect(x.status).toBe(404);
    const township = await secretaryY.getRaw(
      `/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=2026`,
    );
    const sheet = (await workbookOf(township)).getWorksheet('上缴记录')!;
    expect(sheet.rowCount).toBe(3);
    expect([sheet.getCell('B2').value, sheet.getCell('A3').value]).toEqual([f.tree.branchY.name, '合计']);
  });

  it('refuses a year out of range with the field named', async () => {
    const file = await t.admin.get<{ error: { field?: string; message: string } }>(
      `/api/dues/remittances.xlsx?orgId=${f.tree.township.id}&year=1999`,
    );
    expect(file.status).toBe(400);
    expect(file.body.error).toMatchObject({ field: 'year', message: expect.stringContaining('2008') });
  });
});
