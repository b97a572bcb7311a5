import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { cellText, normalizeHeader, type CellInput, type SheetColumn } from '@jiceng/core';
import type { RowErrors } from './row-errors';
import { readSheetRows } from './sheet-reader';

export const ERROR_COLUMN_HEADER = '错误说明';
const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF7C80' } };
const ROW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE4E1' } };

/**
 * The uploaded sheet again, row for row, with every bad cell filled red and its reason as a note, and a
 * last column “错误说明” listing the row's reasons: the user corrects this file and uploads it again.
 * Read and written as streams, so a 50,000-row report costs what one row costs.
 */
export async function buildErrorReport(
  file: Buffer,
  errors: RowErrors,
  sheetName: string,
  columns: readonly SheetColumn[],
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const byHeader = new Map(columns.map((c) => [c.header, c]));
  let layout: { errorColumn: number; kinds: (SheetColumn | undefined)[] } | null = null;

  for await (const row of readSheetRows(file)) {
    const target = sheet.getRow(row.number);
    if (!layout) {
      layout = headerLayout(row.cells, byHeader);
      sheet.columns = [
        ...layout.kinds.map((c) => ({ width: c?.width ?? 14 })),
        ...Array.from({ length: layout.errorColumn - layout.kinds.length }, () => ({ width: 14 })),
        { width: 60 },
      ];
      row.cells.forEach((value, i) => (target.getCell(i + 1).value = cellText(value)));
      const head = target.getCell(layout.errorColumn + 1);
      head.value = ERROR_COLUMN_HEADER;
      head.fill = BAD_FILL;
      target.font = { bold: true };
      target.commit();
      continue;
    }
    row.cells.forEach((value, i) => {
      if (i === layout!.errorColumn) return;
      copyCell(target.getCell(i + 1), value, layout!.kinds[i]);
    });
    const rowErrors = errors.forRow(row.number);
    const summary = target.getCell(layout.errorColumn + 1);
    summary.value = rowErrors.map((e) => `「${e.header}」${e.reason}`).join('；') || null;
    if (rowErrors.length) summary.fill = ROW_FILL;
    const byColumn = new Map<number, string[]>();
    for (const e of rowErrors) byColumn.set(e.column, [...(byColumn.get(e.column) ?? []), e.reason]);
    for (const [column, reasons] of byColumn) {
      const cell = target.getCell(column + 1);
      cell.fill = BAD_FILL;
      cell.note = reasons.join('；');
    }
    target.commit();
  }
  await sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** Which template column each uploaded column is, and where the error column goes (an old one is reused). */
function headerLayout(
  header: readonly CellInput[],
  byHeader: ReadonlyMap<string, SheetColumn>,
): { errorColumn: number; kinds: (SheetColumn | undefined)[] } {
  const names = header.map((cell) => normalizeHeader(cellText(cell)));
  const existing = names.indexOf(ERROR_COLUMN_HEADER);
  return {
    errorColumn: existing >= 0 ? existing : names.length,
    kinds: names.map((name) => byHeader.get(name)),
  };
}

/** Keeps the value as typed, and text columns as text so a corrected ID number stays whole. */
function copyCell(cell: ExcelJS.Cell, value: CellInput, column: SheetColumn | undefined): void {
  if (value === null) {
    if (column?.text) cell.numFmt = '@';
    return;
  }
  cell.value = value;
  if (column?.text) cell.numFmt = '@';
  else if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
}
