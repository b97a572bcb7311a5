import ExcelJS from 'exceljs';
import type { ServiceHoursEntry, ServiceHoursState } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import type { Db } from '../../db/connection';
import { listHours } from './hours';

/** The rows and the file name, read before anything is streamed (a refusal still answers JSON). */
export async function hoursExport(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; state?: ServiceHoursState | undefined },
): Promise<{ entries: ServiceHoursEntry[]; fileName: string }> {
  const entries = await listHours(db, ctx, query);
  return { entries, fileName: '志愿服务时长台账.xlsx' };
}

export async function writeHours(entries: ServiceHoursEntry[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('服务时长', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '姓名', key: 'name', width: 12 },
    { header: '岗位', key: 'post', width: 24 },
    { header: '服务日期', key: 'day', width: 12 },
    { header: '时长（小时）', key: 'hours', width: 12 },
    { header: '服务内容', key: 'note', width: 30 },
    { header: '登记', key: 'by', width: 8 },
    { header: '状态', key: 'state', width: 10 },
    { header: '说明', key: 'reason', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const h of entries) {
    sheet
      .addRow({
        name: h.personName,
        post: h.postTitle,
        day: h.workedOn,
        hours: h.hours,
        note: h.note ?? '',
        by: h.loggedByMember ? '本人' : '支部',
        state: h.stateLabel,
        reason: h.decisionReason ?? '',
      })
      .commit();
  }
  const confirmed = entries.filter((h) => h.state === 'confirmed').reduce((sum, h) => sum + h.hours, 0);
  const total = sheet.addRow({
    name: '合计',
    post: `${entries.length} 条`,
    hours: confirmed,
    note: '已确认时长',
  });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
