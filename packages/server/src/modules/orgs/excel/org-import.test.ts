import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { TestClient } from '../../../test/test-client';
import { sampleTree, signedInAs, unique, type SampleTree } from '../../../test/factories';
import { commit, download, uploadAndCheck } from '../../imports/test-support/http';
import { firstSheet, orgsFile } from '../../imports/test-support/sheets';

const IMPORT = '/api/orgs/import';
let t: TestApp;
let tree: SampleTree;
let countyCode: string;
let staff: TestClient;

type OrgRecord = {
  id: number;
  parent_id: number | null;
  path: string;
  depth: number;
  tenant_org_id: number;
  kind: string;
  term_years: number;
  unit_kind: string | null;
  term_started_on: string | null;
};

async function orgByCode(code: string): Promise<OrgRecord | undefined> {
  const result = await t.database.db.execute<OrgRecord>(
    sql`SELECT id, parent_id, path, depth, tenant_org_id, kind, term_years, unit_kind, term_started_on
          FROM orgs WHERE code = ${code}`,
  );
  return result.rows[0];
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  countyCode = unique('XW');
  await t.admin.patch(`/api/orgs/${tree.county.id}`, { code: countyCode });
  staff = await signedInAs(t, 'org_staff', tree.county.id);
});
afterAll(async () => {
  await t?.close();
});

describe('the org template', () => {
  it('has the headers and the kind drop-down', async () => {
    const response = await download(staff, '/api/orgs/import/template.xlsx');
    expect(response.status).toBe(200);
    const { sheet } = await firstSheet(response.body);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '组织代码*',
      '上级组织代码',
      '组织名称*',
      '组织类别*',
      '单位类别',
      '任期开始日期',
      '任期年限',
    ]);
    expect(sheet.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'选项'!$A$2:$A$7"],
    });
    expect(sheet.getCell('E2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'选项'!$B$2:$B$9"],
    });
  });
});

describe('an org tree file', () => {
  it('builds the tree whatever the row order, with paths as createOrg writes them', async () => {
    const [town, branch, group] = [unique('NT'), unique('NB'), unique('NG')];
    const job = await uploadAndCheck(
      staff,
      IMPORT,
      await orgsFile([
        { code: group, parentCode: branch, name: unique('第一党小组'), kind: '党小组' },
        { code: branch, parentCode: town, name: unique('新村党支部'), kind: '党支部', unitKind: '农村' },
        {
          code: town,
          parentCode: countyCode,
          name: unique('新镇党委'),
          kind: '党委',
          termStartedOn: '2024-05-10',
          termYears: 4,
        },
      ]),
    );
    expect(job).toMatchObject({ kind: 'orgs', status: 'validated', totalRows: 3, errorCount: 0 });
    expect(await commit(staff, job.id, 'all')).toMatchObject({ status: 'committed', committedRows: 3 });

    const county = (await orgByCode(countyCode))!;
    const t1 = (await orgByCode(town))!;
    const b1 = (await orgByCode(branch))!;
    const g1 = (await orgByCode(group))!;
    expect(t1).toMatchObject({
      parent_id: county.id,
      path: `${county.path}${t1.id}/`,
      depth: county.depth + 1,
      tenant_org_id: county.tenant_org_id,
      kind: 'committee',
      term_years: 4,
      term_started_on: '2024-05-10',
    });
    expect(b1).toMatchObject({ parent_id: t1.id, path: `${t1.path}${b1.id}/`, depth: t1.depth + 1 });
    expect(b1).toMatchObject({ unit_kind: 'village', term_years: 5, tenant_org_id: county.id });
    expect(g1).toMatchObject({ parent_id: b1.id, path: `${b1.path}${g1.id}/`, kind: 'group', term_years: 3 });

    const children = await staff.get<{ id: number }[]>(`/api/orgs/${t1.id}/children`);
    expect(children.body.map((c) => c.id)).toEqual([b1.id]);
    const audit = await t.admin.get<{ items: AuditEntry[] }>('/api/audit?action=org.imported');
    expect(audit.body.items[0]).toMatchObject({ orgId: t1.id, summary: { imported: 3, skipped: 0 } });
  });

  it('refuses a cycle and what hangs below it, and imports the rest with valid_only', async () => {
    const [a, b, c, d] = [unique('CA'), unique('CB'), unique('CC'), unique('CD')];
    const job = await uploadAndCheck(
      staff,
      IMPORT,
      await orgsFile([
        { code: a, parentCode: b, name: unique('甲党委'), kind: '党委' },
        { code: b, parentCode: a, name: unique('乙党委'), kind: '党委' },
        { code: c, parentCode: a, name: unique('丙支部'), kind: '党支部' },
        { code: d, parentCode: countyCode, name: unique('丁党委'), kind: '党委' },
      ]),
    );
    expect(job).toMatchObject({ status: 'invalid', validRows: 1 });
    expect(job.errors).toEqual([
      {
        row: 2,
        column: '上级组织代码',
        message: `第 2 行「上级组织代码」：上级组织代码形成循环：第 2 行（${a}） → 第 3 行（${b}） → 第 2 行（${a}）`,
      },
      {
        row: 3,
        column: '上级组织代码',
        message: `第 3 行「上级组织代码」：上级组织代码形成循环：第 2 行（${a}） → 第 3 行（${b}） → 第 2 行（${a}）`,
      },
      {
        row: 4,
        column: '上级组织代码',
        message: '第 4 行「上级组织代码」：上级组织（第 2 行）有错误，须先改正',
      },
    ]);
    expect(await commit(staff, job.id, 'valid_only')).toMatchObject({
      status: 'committed',
      committedRows: 1,
    });
    expect(await orgByCode(a)).toBeUndefined();
    expect(await orgByCode(d)).toMatchObject({ kind: 'committee' });
  });

  it('checks parents, parent kinds and sibling codes', async () => {
    const township = unique('TS');
    await t.admin.patch(`/api/orgs/${tree.township.id}`, { code: township });
    const branchXCode = unique('BX');
    await t.admin.patch(`/api/orgs/${tree.branchX.id}`, { code: branchXCode });
    const fresh = unique('FR');
    const job = await uploadAndCheck(
      staff,
      IMPORT,
      await orgsFile([
        { code: unique('U1'), parentCode: 'NOSUCH', name: '无主支部', kind: '党支部' },
        { code: unique('U2'), parentCode: township, name: '错层小组', kind: '党小组' },
        { code: branchXCode, parentCode: township, name: '重码支部', kind: '党支部' },
        { code: fresh, parentCode: township, name: '新支部一', kind: '党支部' },
        { code: fresh, parentCode: township, name: '新支部二', kind: '联合党支部' },
        { code: unique('TOP'), name: '新县委', kind: '党委' },
      ]),
    );
    expect(job.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '上级组织代码'],
      [3, '组织类别'],
      [4, '组织代码'],
      [5, '组织代码'],
      [6, '组织代码'],
      [7, '上级组织代码'],
    ]);
    expect(job.errors[0]!.message).toContain('找不到代码为 NOSUCH 的上级组织');
    expect(job.errors[1]!.message).toContain('党小组不能设在党委之下');
    expect(job.errors[2]!.message).toContain(`组织代码“${branchXCode}”已被同级组织`);
    expect(job.errors[3]!.message).toContain('与第 6 行同属一个上级组织，组织代码重复');
    expect(job.errors[5]!.message).toContain('只有系统管理员可以建立顶级组织');
  });

  it('finds no parent outside the uploader’s reach', async () => {
    const codeY = unique('BY');
    await t.admin.patch(`/api/orgs/${tree.branchY.id}`, { code: codeY });
    const secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    const job = await uploadAndCheck(
      secretaryX,
      IMPORT,
      await orgsFile([{ code: unique('G'), parentCode: codeY, name: '越权小组', kind: '党小组' }]),
    );
    expect(job.errors[0]!.message).toContain(`找不到代码为 ${codeY} 的上级组织`);
  });
});
