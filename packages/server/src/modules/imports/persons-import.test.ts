import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Person, PersonEvent } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { errorOf } from '../../test/test-client';
import { createPerson, sampleTree, signedInAs, unique, type SampleTree } from '../../test/factories';
import { commit, download, settled, upload, uploadAndCheck } from './test-support/http';
import { firstSheet, personRow, personsFile, type PersonSheetRow } from './test-support/sheets';

const IMPORT = '/api/persons/import';
let t: TestApp;
let tree: SampleTree;
let codeX: string;
let codeY: string;
let secretaryX: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  codeX = unique('BX');
  codeY = unique('BY');
  await t.admin.patch(`/api/orgs/${tree.branchX.id}`, { code: codeX });
  await t.admin.patch(`/api/orgs/${tree.branchY.id}`, { code: codeY });
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

async function personsNamed(client: TestClient, names: string[]): Promise<Person[]> {
  const found: Person[] = [];
  for (const name of names) {
    const page = await client.get<{ items: Person[] }>(`/api/persons?q=${encodeURIComponent(name)}`);
    found.push(...page.body.items);
  }
  return found;
}

describe('the import template', () => {
  it('has the headers, text columns, drop-downs from a hidden list sheet and instructions', async () => {
    const response = await download(secretaryX, '/api/persons/import/template.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const { workbook, sheet } = await firstSheet(response.body);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['党员信息', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '姓名*',
      '身份证号*',
      '性别',
      '出生日期',
      '民族*',
      '手机号',
      '学历*',
      '人员类别*',
      '职业*',
      '家庭住址',
      '所在党支部代码*',
      '党小组',
      '递交申请书日期',
      '确定积极分子日期',
      '确定发展对象日期',
      '入党日期',
      '转正日期',
    ]);
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(sheet.getColumn(6).numFmt).toBe('@');
    for (const [cell, list] of [
      ['C2', 'A'],
      ['E2', 'B'],
      ['G2', 'C'],
      ['H2', 'D'],
      ['I2', 'E'],
    ] as const) {
      expect(sheet.getCell(cell).dataValidation).toMatchObject({
        type: 'list',
        formulae: [expect.stringMatching(new RegExp(`^'选项'!\\$${list}\\$2:\\$${list}\\$\\d+$`))],
      });
    }
    const lists = workbook.getWorksheet('选项')!;
    expect(lists.getColumn(2).values.filter(Boolean)).toHaveLength(57);
    const instructions = workbook.getWorksheet('填写说明')!;
    const text = instructions.getSheetValues().flat().join(' ');
    expect(text).toContain('YYYY-MM-DD');
    expect(text).toContain('360426199101010071');
  });

  it('needs person.manage', async () => {
    const officer = await signedInAs(t, 'branch_officer', tree.branchX.id);
    expect((await officer.get('/api/persons/import/template.xlsx')).status).toBe(403);
  });
});

describe('a file with three bad rows', () => {
  let rows: PersonSheetRow[];
  let jobId: number;

  beforeAll(async () => {
    rows = [
      personRow(codeX, { groupName: tree.groupX.name }),
      personRow(codeX, { idNumber: '360426199101010072' }),
      personRow(codeX, { ethnicity: '火星族' }),
      personRow(codeY),
      personRow(codeX, { admissionDate: null, conversionDate: null, applicationDate: '2024-05-06' }),
    ];
    const job = await uploadAndCheck(secretaryX, IMPORT, await personsFile(rows));
    jobId = job.id;
  });

  it('reports exactly those three with row, column and reason, and writes nothing', async () => {
    const job = await settled(secretaryX, jobId);
    expect(job).toMatchObject({
      kind: 'persons',
      status: 'invalid',
      totalRows: 5,
      validRows: 2,
      errorCount: 3,
    });
    expect(job.errors).toEqual([
      {
        row: 3,
        column: '身份证号',
        message: '第 3 行「身份证号」：身份证号校验位错误：最后一位应为 1，实为 2',
      },
      {
        row: 4,
        column: '民族',
        message: '第 4 行「民族」：“火星族”不是有效的民族，请从下拉列表中选择',
      },
      {
        row: 5,
        column: '所在党支部代码',
        message: `第 5 行「所在党支部代码」：找不到代码为 ${codeY} 的党支部，或不在您的管理范围内`,
      },
    ]);
    expect(
      await personsNamed(
        t.admin,
        rows.map((r) => String(r.name)),
      ),
    ).toEqual([]);
  });

  it('marks the bad cells in the report', async () => {
    const response = await download(secretaryX, `/api/imports/${jobId}/report.xlsx`);
    expect(response.status).toBe(200);
    const { sheet } = await firstSheet(response.body);
    expect(sheet.getCell('R1').value).toBe('错误说明');
    expect(sheet.getCell('B3').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFF7C80' } });
    expect(sheet.getCell('B3').note).toBe('身份证号校验位错误：最后一位应为 1，实为 2');
    expect(sheet.getCell('B3').value).toBe('360426199101010072');
    expect(sheet.getCell('E4').note).toContain('火星族');
    expect(sheet.getCell('K5').note).toContain('不在您的管理范围内');
    expect(String(sheet.getCell('R4').value)).toContain('「民族」');
    expect(JSON.stringify(sheet.getCell('B2').fill ?? {})).not.toContain('FFFF7C80');
    expect(sheet.getCell('B2').note).toBeUndefined();
    expect(sheet.getCell('R2').value).toBeNull();
  });

  it('refuses commit “all”, saying how many rows are bad', async () => {
    const response = await secretaryX.post(`/api/imports/${jobId}/commit`, { mode: 'all' });
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toContain('有 3 行有错误');
  });

  it('is reachable by its own user only', async () => {
    const other = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    expect((await other.get(`/api/imports/${jobId}`)).status).toBe(404);
    expect((await other.get(`/api/imports/${jobId}/report.xlsx`)).status).toBe(404);
    expect((await other.post(`/api/imports/${jobId}/commit`, { mode: 'valid_only' })).status).toBe(404);
  });

  it('imports the valid rows with “valid_only” and says how many were skipped', async () => {
    const job = await commit(secretaryX, jobId, 'valid_only');
    expect(job).toMatchObject({
      status: 'committed',
      mode: 'valid_only',
      committedRows: 2,
      message: '已导入 2 行，跳过 3 行有错误的数据',
    });
    const imported = await personsNamed(secretaryX, [String(rows[0]!.name), String(rows[4]!.name)]);
    expect(imported.map((p) => [p.name, p.stage, p.orgId])).toEqual([
      [rows[0]!.name, 'full', tree.branchX.id],
      [rows[4]!.name, 'applicant', tree.branchX.id],
    ]);
    expect(imported[0]).toMatchObject({
      groupName: tree.groupX.name,
      applicationDate: '2010-03-01',
      admissionDate: '2012-07-01',
      conversionDate: '2013-07-01',
      phone: '139****5678',
      idNumber: expect.stringMatching(/^3600\*{10}\d{3}[\dX]$/),
    });
    const audit = await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=person.imported');
    expect(audit.body.items[0]).toMatchObject({
      entityType: 'import_job',
      entityId: String(jobId),
      orgId: tree.branchX.id,
      summary: { fileName: '导入.xlsx', imported: 2, skipped: 3 },
    });
    expect((await secretaryX.post(`/api/imports/${jobId}/commit`, { mode: 'valid_only' })).status).toBe(409);
  });

  it('imports fully once corrected, records and events agreeing', async () => {
    const corrected = [
      { ...rows[1]!, idNumber: '360426199101010071' },
      { ...rows[2]!, ethnicity: '回族' },
      { ...rows[3]!, branchCode: codeX },
    ];
    const job = await uploadAndCheck(secretaryX, IMPORT, await personsFile(corrected));
    expect(job).toMatchObject({ status: 'validated', totalRows: 3, validRows: 3, errorCount: 0 });
    expect((await secretaryX.get(`/api/imports/${job.id}/report.xlsx`)).status).toBe(404);
    const done = await commit(secretaryX, job.id, 'all');
    expect(done).toMatchObject({ status: 'committed', committedRows: 3, message: '已导入全部 3 行' });
    const [person] = await personsNamed(secretaryX, [String(corrected[0]!.name)]);
    expect(person).toMatchObject({ sex: 'male', birthDate: '1991-01-01', stage: 'full' });
    const events = await secretaryX.get<PersonEvent[]>(`/api/persons/${person!.id}/events`);
    expect(events.body.map((e) => e.type)).toEqual([
      'application_submitted',
      'admitted',
      'converted',
      'registered',
    ]);
    const [huizu] = await personsNamed(secretaryX, [String(corrected[1]!.name)]);
    expect(huizu!.ethnicity).toBe('03');
  });
});

describe('duplicates', () => {
  it('inside the file name both rows', async () => {
    const same = personRow(codeX);
    const job = await uploadAndCheck(
      secretaryX,
      IMPORT,
      await personsFile([same, personRow(codeX), { ...personRow(codeX), idNumber: same.idNumber }]),
    );
    expect(job.errors.map((e) => e.message)).toEqual([
      '第 2 行「身份证号」：与第 4 行的身份证号重复',
      '第 4 行「身份证号」：与第 2 行的身份证号重复',
    ]);
    expect(job.validRows).toBe(1);
  });

  it('against the database name the holder only inside the reader’s reach', async () => {
    const mine = await createPerson(t.admin, tree.branchX.id, { name: unique('东街已登记') });
    const theirs = await createPerson(t.admin, tree.branchY.id, { name: unique('西街已登记') });
    const mineId = (await t.admin.get<Person>(`/api/persons/${mine.id}?unmasked=true`)).body.idNumber;
    const theirsId = (await t.admin.get<Person>(`/api/persons/${theirs.id}?unmasked=true`)).body.idNumber;
    const job = await uploadAndCheck(
      secretaryX,
      IMPORT,
      await personsFile([personRow(codeX, { idNumber: mineId }), personRow(codeX, { idNumber: theirsId })]),
    );
    expect(job.errors.map((e) => e.message)).toEqual([
      `第 2 行「身份证号」：该身份证号已登记：${mine.name}（${tree.branchX.name}）`,
      '第 3 行「身份证号」：该身份证号已在其他组织登记',
    ]);
    expect(JSON.stringify(job)).not.toContain(theirs.name);
  });
});

describe('files that cannot be read', () => {
  it('fail on a header row that is not the template’s, naming the missing headers', async () => {
    const headers = [
      '姓名*',
      '身份证',
      '性别',
      '出生日期',
      '民族族',
      '手机号',
      '学历*',
      '人员类别*',
      '职业*',
    ];
    const job = await uploadAndCheck(secretaryX, IMPORT, await personsFile([personRow(codeX)], headers));
    expect(job).toMatchObject({ status: 'failed', totalRows: 0, errors: [] });
    expect(job.message).toContain('缺少以下列：身份证号*、民族*、家庭住址、所在党支部代码*、党小组');
  });

  it('fail on a file that is not an .xlsx', async () => {
    const response = await upload(secretaryX, IMPORT, Buffer.from('姓名,身份证号\n张三,1\n'), 'persons.csv');
    expect(response.status).toBe(202);
    const job = await settled(secretaryX, response.body.id);
    expect(job).toMatchObject({ status: 'failed', fileName: 'persons.csv', totalRows: 0 });
    expect(job.message).toContain('不是有效的 Excel 文件');
    expect((await secretaryX.post(`/api/imports/${job.id}/commit`, { mode: 'all' })).status).toBe(409);
  });

  it('fail on a template without rows', async () => {
    const job = await uploadAndCheck(secretaryX, IMPORT, await personsFile([]));
    expect(job).toMatchObject({ status: 'failed', message: expect.stringContaining('没有数据行') });
  });

  it('refuse a file over 20 MB', async () => {
    const response = await upload(secretaryX, IMPORT, Buffer.alloc(21 * 1024 * 1024, 1));
    expect(response.status).toBe(413);
    expect(errorOf(response).message).toContain('20 MB');
  });

  it('refuse a request that is not a multipart upload', async () => {
    const response = await secretaryX.post(IMPORT, { file: 'x' });
    expect(response.status).toBe(415);
  });
});

describe('reach', () => {
  it('keeps a branch secretary out of the sibling branch', async () => {
    const job = await uploadAndCheck(
      secretaryX,
      IMPORT,
      await personsFile([personRow(codeY), personRow(codeY)]),
    );
    expect(job).toMatchObject({ status: 'invalid', validRows: 0 });
    expect(job.errors.every((e) => e.column === '所在党支部代码')).toBe(true);
    const response = await secretaryX.post(`/api/imports/${job.id}/commit`, { mode: 'valid_only' });
    expect(response.status).toBe(409);
    const inY = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM persons WHERE org_id = ${tree.branchY.id}`,
    );
    expect(inY.rows[0]!.n).toBe(1);
  });

  it('refuses a code that names two orgs, and a code that is no branch', async () => {
    const township = await t.admin.patch<{ code: string }>(`/api/orgs/${tree.township.id}`, {
      code: unique('TS'),
    });
    const twin = await t.admin.post<{ id: number }>('/api/orgs', {
      parentId: tree.county.id,
      kind: 'committee',
      name: unique('另一镇党委'),
    });
    const dupBranch = await t.admin.post<{ id: number }>('/api/orgs', {
      parentId: twin.body.id,
      kind: 'branch',
      name: unique('同码支部'),
      code: codeX,
    });
    expect(dupBranch.status).toBe(201);
    const job = await uploadAndCheck(
      t.admin,
      IMPORT,
      await personsFile([
        personRow(codeX),
        personRow(township.body.code),
        personRow(codeX, { groupName: '不存在组' }),
      ]),
    );
    expect(job.errors.map((e) => e.message)).toEqual([
      expect.stringContaining(`代码 ${codeX} 在您的管理范围内对应 2 个组织`),
      expect.stringContaining('是党委，党员的组织关系应在党支部或联合党支部'),
      expect.stringContaining(`代码 ${codeX} 在您的管理范围内对应 2 个组织`),
    ]);
    // The secretary of X sees only X, where the code is unique.
    const forX = await uploadAndCheck(
      secretaryX,
      IMPORT,
      await personsFile([personRow(codeX, { groupName: '不存在组' })]),
    );
    expect(forX.errors.map((e) => e.message)).toEqual([
      `第 2 行「党小组」：“不存在组”不是“${tree.branchX.name}”下的党小组`,
    ]);
  });
});
