import ExcelJS from 'exceljs';
import { monthLabel, type AssessmentBoard } from '@jiceng/core';
import type { Writable } from 'node:stream';

const points = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** The month's board as one sheet: a row per branch with each item's score, the total and the rank. */
export async function writeAssessmentBoard(board: AssessmentBoard, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(`${monthLabel(board.month)}支部考核`, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = [
    { header: '排名', key: 'rank', width: 8 },
    { header: '党支部', key: 'branch', width: 32 },
    ...board.items.map((item) => ({
      header: `${item.name}（${item.maxScore}分）`,
      key: item.key,
      width: Math.max(12, item.name.length * 2 + 8),
      style: { numFmt: '0.0' },
    })),
    { header: '总分', key: 'total', width: 10, style: { numFmt: '0.0' } },
    { header: '满分', key: 'max', width: 8 },
    { header: '待评分项目', key: 'missing', width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const names = new Map(board.items.map((i) => [i.key, i.name]));
  for (const row of board.rows) {
    const values: Record<string, ExcelJS.CellValue> = {
      rank: row.rank,
      branch: row.parentName ? `${row.parentName} / ${row.branch.name}` : row.branch.name,
      total: points(row.totalTenths),
      max: row.maxTotal,
      missing: row.missing.map((k) => names.get(k) ?? k).join('、'),
    };
    for (const cell of row.cells)
      values[cell.itemKey] = cell.applicable ? points(cell.scoreTenths) : '不适用';
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await workbook.commit();
}

export function boardFileName(board: AssessmentBoard): string {
  return `${board.org.name}${monthLabel(board.month)}支部考核.xlsx`;
}
