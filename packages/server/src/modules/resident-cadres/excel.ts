import ExcelJS from 'exceljs';
import {
  ASSIGNMENT_STATE_LABELS,
  CADRE_MODE_LABELS,
  type CadreAssignment,
  type CadreAssignmentsQuery,
} from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { RequestContext } from '../../auth/actor';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { listAssignments } from './assignments';

/** The filtered list, computed before anything is streamed (a refusal still answers JSON). */
export async function assignmentsExport(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  query: CadreAssignmentsQuery,
): Promise<{ rows: CadreAssignment[]; fileName: string }> {
  const rows = await listAssignments(db, cipher, ctx, query);
  return { rows, fileName: `驻村干部名单${query.firstSecretary ? '（第一书记）' : ''}.xlsx` };
}

/** The same columns as the page; phones stay masked, as in every list. */
export async function writeAssignments(rows: readonly CadreAssignment[], out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('驻村干部', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '乡镇', key: 'township', width: 16 },
    { header: '村', key: 'village', width: 20 },
    { header: '姓名', key: 'name', width: 12 },
    { header: '第一书记', key: 'first', width: 10 },
    { header: '工作方式', key: 'mode', width: 12 },
    { header: '派出单位', key: 'unit', width: 22 },
    { header: '职务', key: 'post', width: 14 },
    { header: '手机号', key: 'phone', width: 14 },
    { header: '选派单位', key: 'dispatcher', width: 18 },
    { header: '派驻开始', key: 'from', width: 12 },
    { header: '派驻截止', key: 'to', width: 12 },
    { header: '本月在村天数', key: 'days', width: 12 },
    { header: '状态', key: 'state', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const a of rows) {
    sheet
      .addRow({
        township: a.townshipName ?? '',
        village: a.villageName,
        name: a.cadreName,
        first: a.firstSecretary ? '是' : '',
        mode: CADRE_MODE_LABELS[a.mode],
        unit: a.workUnit,
        post: a.post ?? '',
        phone: a.phone ?? '',
        dispatcher: a.dispatchedByName,
        from: a.from,
        to: a.to ?? '',
        days: a.mode === 'stationed' ? a.presenceDaysThisMonth : '',
        state: ASSIGNMENT_STATE_LABELS[a.state],
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
