import ExcelJS from 'exceljs';
import { monthLabel, type DuesArrearsList } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { complianceRootOrg } from '../compliance/reach';
import { arrearsList } from './arrears-list';
import { MONEY, yuan } from './reports-excel';

const yesNo = (flag: boolean) => (flag ? '是' : '否');

/**
 * The arrears list of a subtree and its file name, computed before anything is streamed. Unlike the list,
 * an org outside the reach answers 404 here, so a download never comes back as an empty file in disguise.
 */
export async function arrearsExport(
  db: Db,
  ctx: RequestContext,
  query: { orgId?: number },
): Promise<{ list: DuesArrearsList; fileName: string }> {
  const actor = requirePermission(ctx, 'dues.read');
  const org = query.orgId
    ? await db.transaction((tx) => complianceRootOrg(tx, scopeOf(actor, 'dues.read'), query.orgId!))
    : null;
  const list = await arrearsList(db, ctx, query);
  return {
    list,
    fileName: `${org?.name ?? ''}欠交党费名单（截至${monthLabel(list.throughMonth)}）.xlsx`,
  };
}

/** One row per member with unpaid months: the longest current runs first, as the list shows them. */
export async function writeArrearsList(list: DuesArrearsList, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('欠交名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '姓名', key: 'name', width: 12 },
    { header: '所在党组织', key: 'org', width: 30 },
    { header: '连续欠交月数', key: 'consecutive', width: 14 },
    { header: '欠交月份', key: 'months', width: 40 },
    { header: '欠交金额（元）', key: 'owed', width: 16, style: { numFmt: MONEY } },
    { header: '满3个月提醒', key: 'reminder', width: 12 },
    { header: '满6个月（无正当理由）', key: 'removal', width: 22 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const item of list.items) {
    sheet
      .addRow({
        name: item.name,
        org: item.orgName,
        consecutive: item.consecutiveUnpaid,
        months: item.unpaidMonths.map(monthLabel).join('、'),
        owed: yuan(item.owedFen),
        reminder: yesNo(item.reminderDue),
        removal: yesNo(item.isRemovalCase),
      })
      .commit();
  }
  const total = sheet.addRow({
    name: '合计',
    org: `${list.items.length} 人`,
    owed: yuan(list.items.reduce((sum, i) => sum + i.owedFen, 0)),
  });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
