import ExcelJS from 'exceljs';
import { HELP_KIND_LABELS, type Visit, type VisitsQuery } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { complianceRootOrg } from '../compliance/reach';
import { MONEY, yuan } from '../dues/reports-excel';
import { allVisits } from './visits';

type ExportQuery = Omit<VisitsQuery, 'page' | 'pageSize'>;

/**
 * The visits of the filter and the file name, computed before anything is streamed: an org outside the
 * reach answers 404 as JSON rather than an empty file.
 */
export async function visitsExport(
  db: Db,
  ctx: RequestContext,
  query: ExportQuery,
): Promise<{ visits: Visit[]; fileName: string }> {
  const actor = requirePermission(ctx, 'service.read');
  const org = query.orgId
    ? await db.transaction((tx) => complianceRootOrg(tx, scopeOf(actor, 'service.read'), query.orgId!))
    : null;
  const visits = await allVisits(db, ctx, query);
  const period = query.from || query.to ? `（${query.from ?? ''}至${query.to ?? ''}）` : '';
  return { visits, fileName: `${org?.name ?? ''}结对帮扶走访记录${period}.xlsx` };
}

/** One row per visit, newest first; voided visits are listed, marked, and left out of the totals. */
export async function writeVisits(visits: readonly Visit[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('走访记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '走访日期', key: 'date', width: 12 },
    { header: '所在村（社区）', key: 'org', width: 24 },
    { header: '帮扶对象（户主）', key: 'head', width: 14 },
    { header: '走访人', key: 'visitor', width: 12 },
    { header: '帮扶内容', key: 'kinds', width: 24 },
    { header: '资金（元）', key: 'money', width: 12, style: { numFmt: MONEY } },
    { header: '物资折价（元）', key: 'goods', width: 14, style: { numFmt: MONEY } },
    { header: '物资说明', key: 'goodsNote', width: 20 },
    { header: '走访情况', key: 'notes', width: 48 },
    { header: '登记方式', key: 'via', width: 10 },
    { header: '状态', key: 'state', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let money = 0;
  let goods = 0;
  let counted = 0;
  for (const v of visits) {
    if (!v.voidedAt) {
      money += v.moneyFen;
      goods += v.goodsFen;
      counted += 1;
    }
    sheet
      .addRow({
        date: v.visitedOn,
        org: v.orgName,
        head: v.headName,
        visitor: v.visitorName,
        kinds: v.helpKinds.map((k) => HELP_KIND_LABELS[k]).join('、'),
        money: yuan(v.moneyFen),
        goods: yuan(v.goodsFen),
        goodsNote: v.goodsDescription ?? '',
        notes: v.notes,
        via: v.bySelf ? '本人登记' : '代为登记',
        state: v.voidedAt ? `已作废：${v.voidReason ?? ''}` : '有效',
      })
      .commit();
  }
  const total = sheet.addRow({
    date: '合计',
    org: `${counted} 次走访`,
    money: yuan(money),
    goods: yuan(goods),
  });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
