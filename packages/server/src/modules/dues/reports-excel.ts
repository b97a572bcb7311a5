import ExcelJS from 'exceljs';
import { fenToYuanText, monthLabel } from '@jiceng/core';
import type { Writable } from 'node:stream';
import type { DuesFigures, DuesSummary } from '@jiceng/core';

/** Amounts in 元 with two decimals, the format every dues sheet uses. */
export const MONEY = '#,##0.00';
/** Counts are people for a month, person-months (人次) over a year. */
const figureColumns = (unit: '人数' | '人次') => [
  { header: `应交${unit}`, key: 'members', width: 12 },
  { header: `已交${unit}`, key: 'paidMembers', width: 12 },
  { header: '应交金额（元）', key: 'due', width: 16, style: { numFmt: MONEY } },
  { header: '实交金额（元）', key: 'collected', width: 16, style: { numFmt: MONEY } },
  { header: '未交金额（元）', key: 'owing', width: 16, style: { numFmt: MONEY } },
  { header: '自愿多交（元）', key: 'voluntary', width: 16, style: { numFmt: MONEY } },
  { header: '收缴率', key: 'rate', width: 10 },
];

/** Yuan as a number for Excel's sums, taken from the exact text so no float arithmetic touches the fen. */
export const yuan = (fen: number) => Number(fenToYuanText(fen));

function figures(f: DuesFigures): Record<string, ExcelJS.CellValue> {
  return {
    members: f.members,
    paidMembers: f.paidMembers,
    due: yuan(f.dueFen),
    collected: yuan(f.collectedFen),
    owing: yuan(f.dueFen - f.collectedFen),
    voluntary: yuan(f.voluntaryFen),
    rate: f.dueFen > 0 ? `${((f.collectedFen * 100) / f.dueFen).toFixed(1)}%` : '—',
  };
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  first: { header: string; width: number; unit: '人数' | '人次' },
  rows: { label: string; figures: DuesFigures }[],
  totals: DuesFigures,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ header: first.header, key: 'label', width: first.width }, ...figureColumns(first.unit)];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of rows) sheet.addRow({ label: row.label, ...figures(row.figures) }).commit();
  const total = sheet.addRow({ label: '合计', ...figures(totals) });
  total.font = { bold: true };
  total.commit();
  sheet.commit();
}

/** The summary as two sheets (by month, by child org), each ending with the totals row. */
export async function writeDuesSummary(summary: DuesSummary, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  addSheet(
    workbook,
    '按月汇总',
    { header: '月份', width: 14, unit: '人数' },
    summary.months.map((m) => ({ label: monthLabel(m.month), figures: m })),
    summary.totals,
  );
  addSheet(
    workbook,
    '按下级组织汇总',
    { header: '党组织', width: 36, unit: '人次' },
    summary.children.map((c) => ({ label: c.self ? `${c.org.name}（直属）` : c.org.name, figures: c })),
    summary.totals,
  );
  await workbook.commit();
}

export function summaryFileName(summary: DuesSummary): string {
  return `${summary.org.name}${summary.year}年党费收缴汇总.xlsx`;
}
