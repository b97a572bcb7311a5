import ExcelJS from 'exceljs';
import { remittancePeriodLabel, type RemittanceList, type RemittanceListQuery } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { complianceRootOrg } from '../compliance/reach';
import { listRemittances } from './remittances';
import { MONEY, yuan } from './reports-excel';

/** The year's remittances and the file name, computed before streaming so a refusal is still an answer. */
export async function remittancesExport(
  db: Db,
  ctx: RequestContext,
  query: RemittanceListQuery,
): Promise<{ list: RemittanceList; fileName: string }> {
  const actor = requirePermission(ctx, 'dues.read');
  const org = await db.transaction((tx) => complianceRootOrg(tx, scopeOf(actor, 'dues.read'), query.orgId));
  const list = await listRemittances(db, ctx, query);
  return { list, fileName: `${org.name}${query.year}年党费上缴记录.xlsx` };
}

/** The year's remittances, each beside what the sender collected for its period, with the amounts' totals. */
export async function writeRemittances(list: RemittanceList, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('上缴记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '所属期间', key: 'period', width: 24 },
    { header: '上缴组织', key: 'from', width: 30 },
    { header: '接收组织', key: 'to', width: 30 },
    { header: '上缴金额（元）', key: 'amount', width: 16, style: { numFmt: MONEY } },
    { header: '其中上缴中央的自愿多交（元）', key: 'central', width: 28, style: { numFmt: MONEY } },
    { header: '上缴日期', key: 'date', width: 12 },
    { header: '凭证号', key: 'reference', width: 20 },
    { header: '所属期间实收（元）', key: 'collected', width: 20, style: { numFmt: MONEY } },
    { header: '差额（元）', key: 'difference', width: 14, style: { numFmt: MONEY } },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const r of list.items) {
    const row = sheet.addRow({
      period: remittancePeriodLabel(r.period),
      from: r.fromOrg.name,
      to: r.toOrg.name,
      amount: yuan(r.amountFen),
      central: yuan(r.centralVoluntaryFen),
      date: r.remittedOn,
      reference: r.reference ?? '',
      collected: yuan(r.collectedFen),
      difference: yuan(r.differenceFen),
    });
    // Less handed up than collected: the figure to look at.
    if (r.differenceFen < 0) row.getCell('difference').font = { color: { argb: 'FFCF1322' } };
    row.commit();
  }
  // Collected is per sender and period and may repeat across rows, so only what was handed up is summed.
  const total = sheet.addRow({
    period: '合计',
    amount: yuan(list.items.reduce((sum, r) => sum + r.amountFen, 0)),
    central: yuan(list.items.reduce((sum, r) => sum + r.centralVoluntaryFen, 0)),
  });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
