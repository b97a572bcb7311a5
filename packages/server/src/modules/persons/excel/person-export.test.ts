import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Person, User } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { TestClient } from '../../../test/test-client';
import {
  createPerson,
  createUser,
  sampleTree,
  signedInAs,
  unique,
  USER_PASSWORD,
  type SampleTree,
} from '../../../test/factories';
import { download } from '../../imports/test-support/http';
import { firstSheet } from '../../imports/test-support/sheets';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let full: Person;
let probationary: Person;
let ungrouped: Person;
let applicant: Person;
let personY: Person;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  full = await createPerson(t.admin, tree.branchX.id, {
    name: unique('甲'),
    groupId: tree.groupX.id,
    phone: '13800138000',
    admissionDate: '2015-07-01',
    conversionDate: '2016-07-01',
  });
  probationary = await createPerson(t.admin, tree.branchX.id, {
    name: unique('乙'),
    groupId: tree.groupX.id,
    admissionDate: '2012-07-01',
    conversionDate: null,
  });
  ungrouped = await createPerson(t.admin, tree.branchX.id, {
    name: unique('丙'),
    admissionDate: '2009-07-01',
  });
  applicant = await createPerson(t.admin, tree.branchX.id, {
    name: unique('丁'),
    applicationDate: '2024-03-01',
    admissionDate: null,
    conversionDate: null,
  });
  personY = await createPerson(t.admin, tree.branchY.id, { name: unique('西街') });
});
afterAll(async () => {
  await t?.close();
});

/** Rows of the exported sheet as objects keyed by header. */
async function exported(client: TestClient, query: string): Promise<Record<string, unknown>[]> {
  const response = await download(client, `/api/persons/export.xlsx${query}`);
  expect(response.status, response.body.toString()).toBe(200);
  const { sheet } = await firstSheet(response.body);
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

describe('the person export', () => {
  it('takes the list filters and masks ID numbers and phones by default', async () => {
    const rows = await exported(secretaryX, `?orgId=${tree.branchX.id}&sort=name`);
    expect(rows.map((r) => r['姓名'])).toEqual(
      [full.name, probationary.name, ungrouped.name, applicant.name].sort(),
    );
    const first = rows.find((r) => r['姓名'] === full.name)!;
    expect(first).toMatchObject({
      身份证号: full.idNumber,
      手机号: '138****8000',
      所在党支部: tree.branchX.name,
      党小组: tree.groupX.name,
      阶段: '正式党员',
      民族: '汉族',
      学历: '大学本科',
    });
    expect(String(first['身份证号'])).toContain('**********');
    expect(first['入党日期']).toEqual(new Date('2015-07-01T00:00:00Z'));
    const applicants = await exported(secretaryX, '?stage=applicant');
    expect(applicants.map((r) => r['姓名'])).toEqual([applicant.name]);
  });

  it('never includes persons outside the reach', async () => {
    const rows = await exported(secretaryX, '');
    expect(rows.map((r) => r['姓名'])).not.toContain(personY.name);
  });

  it('shows full numbers only with person.unmask over the whole reach, and audits it', async () => {
    const rows = await exported(secretaryX, `?orgId=${tree.branchX.id}&unmasked=true`);
    const first = rows.find((r) => r['姓名'] === full.name)!;
    expect(first['身份证号']).toMatch(/^\d{17}[\dX]$/);
    expect(first['手机号']).toBe('13800138000');
    const audit = await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=person.exported_unmasked');
    expect(audit.body.items[0]).toMatchObject({
      orgId: tree.branchX.id,
      summary: { count: 4, filter: { orgId: tree.branchX.id } },
    });
    expect(JSON.stringify(audit.body.items[0])).not.toContain(String(first['身份证号']));

    const officer = await signedInAs(t, 'branch_officer', tree.branchX.id);
    expect((await officer.get('/api/persons/export.xlsx?unmasked=true')).status).toBe(403);
    expect((await download(officer, '/api/persons/export.xlsx')).status).toBe(200);

    const mixed: User = await createUser(t, [
      { role: 'branch_secretary', orgId: tree.branchX.id },
      { role: 'branch_officer', orgId: tree.township.id },
    ]);
    const client = t.client();
    await client.login(mixed.username, USER_PASSWORD);
    expect((await client.get('/api/persons/export.xlsx?unmasked=true')).status).toBe(403);
    expect((await download(client, '/api/persons/export.xlsx')).status).toBe(200);
  });
});

describe('the branch roster', () => {
  it('lists the members by group, then admission date, under its title', async () => {
    const response = await download(secretaryX, `/api/orgs/${tree.branchX.id}/roster.xlsx`);
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain('党员花名册.xlsx');
    const { sheet } = await firstSheet(response.body);
    expect(sheet.getCell('A1').value).toBe(`${tree.branchX.name}党员花名册`);
    expect(String(sheet.getCell('A2').value)).toMatch(/^制表日期：\d{4}年\d{1,2}月\d{1,2}日.*共 3 名党员/);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '性别',
      '民族',
      '出生年月',
      '学历',
      '入党时间',
      '转正时间',
      '人员类别',
      '党小组',
      '联系电话',
      '备注',
    ]);
    const members = [4, 5, 6].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(members.map((m) => m[1])).toEqual([probationary.name, full.name, ungrouped.name]);
    expect(members[0]).toEqual([
      1,
      probationary.name,
      '男',
      '汉族',
      '1985.06',
      '大学本科',
      '2012.07.01',
      undefined,
      '在岗职工',
      tree.groupX.name,
      undefined,
      '预备党员',
    ]);
    expect(members[1]![10]).toBe('138****8000');
    expect(sheet.getRow(7).values).toEqual([]);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' });
  });

  it('is only for a branch in reach', async () => {
    expect((await secretaryX.get(`/api/orgs/${tree.branchY.id}/roster.xlsx`)).status).toBe(404);
    const township = await t.admin.get(`/api/orgs/${tree.township.id}/roster.xlsx`);
    expect(township.status).toBe(422);
    const member = await signedInAs(t, 'member', tree.branchX.id);
    expect((await member.get(`/api/orgs/${tree.branchX.id}/roster.xlsx`)).status).toBe(403);
  });
});
