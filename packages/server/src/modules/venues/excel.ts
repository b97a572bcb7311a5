import ExcelJS from 'exceljs';
import type { Venue, VenuesQuery } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { listVenues } from './venues';

/** The filtered list, computed before anything is streamed (a refusal still answers JSON). */
export async function venuesExport(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: VenuesQuery,
): Promise<{ rows: Venue[]; fileName: string }> {
  return { rows: await listVenues(db, cipher, ctx, query), fileName: '党群活动场所.xlsx' };
}

/** The same columns as the page; contact phones stay masked, as in every list. */
export async function writeVenues(rows: readonly Venue[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('活动场所', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '场所名称', key: 'name', width: 26 },
    { header: '类型', key: 'kind', width: 16 },
    { header: '所属党组织', key: 'org', width: 22 },
    { header: '地址', key: 'address', width: 28 },
    { header: '面积（平方米）', key: 'area', width: 14 },
    { header: '开放时间', key: 'hours', width: 28 },
    { header: '联系人', key: 'contact', width: 10 },
    { header: '联系电话', key: 'phone', width: 14 },
    { header: '本年使用次数', key: 'uses', width: 12 },
    { header: '最近使用', key: 'last', width: 12 },
    { header: '示范点', key: 'site', width: 8 },
    { header: '状态', key: 'state', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const v of rows) {
    sheet
      .addRow({
        name: v.name,
        kind: v.kindLabel,
        org: v.orgName,
        address: v.address,
        area: v.areaSqm,
        hours: v.openingHours,
        contact: v.contactName ?? '',
        phone: v.contactPhone ?? '',
        uses: v.usesThisYear,
        last: v.lastUsedOn ?? '',
        site: v.modelSite ? '是' : '',
        state: v.closedAt ? '已停用' : '在用',
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
