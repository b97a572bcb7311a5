import ExcelJS from 'exceljs';
import type { SeniorityList } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import type { Db } from '../../db/connection';
import { MONEY, yuan } from '../dues/reports-excel';
import { seniorityList } from './seniority';

/** The list and its file name, computed before anything is streamed (a refusal still answers JSON). */
export async function seniorityExport(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; year: number },
): Promise<{ list: SeniorityList; fileName: string }> {
  const list = await seniorityList(db, ctx, query);
  const orgName = list.rule.sourceOrgName ?? '';
  return { list, fileName: `${query.year}年年功奖励名单${orgName ? `（${orgName}标准）` : ''}.xlsx` };
}

export async function writeSeniorityList(list: SeniorityList, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('年功奖励名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '姓名', key: 'name', width: 12 },
    { header: '所在党组织', key: 'org', width: 30 },
    { header: `党龄（截至${list.referenceDate}）`, key: 'partyAge', width: 20 },
    { header: '任职年限', key: 'service', width: 10 },
    { header: '档次', key: 'tier', width: 20 },
    { header: '金额（元）', key: 'amount', width: 14, style: { numFmt: MONEY } },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of list.rows) {
    sheet
      .addRow({
        name: row.name,
        org: row.orgName,
        partyAge: row.partyAge ?? '',
        service: row.serviceYears,
        tier: row.tierLabel,
        amount: yuan(row.amountFen),
      })
      .commit();
  }
  const total = sheet.addRow({ name: '合计', org: `${list.rows.length} 人`, amount: yuan(list.totalFen) });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
