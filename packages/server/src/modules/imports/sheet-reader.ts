import type ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { isEmptyCell, type CellInput } from '@jiceng/core';
import { Utf8WorkbookReader } from './utf8-workbook-reader';

/** A file the job cannot read at all: the job fails with this message and no rows. */
export class ImportFileError extends Error {}

export const NOT_XLSX_MESSAGE =
  '文件不是有效的 Excel 文件（.xlsx）。请使用系统提供的导入模板；旧版 .xls 或 WPS 文件请先另存为 .xlsx';

export interface SheetRow {
  /** The Excel row number. */
  number: number;
  /** Column A first. */
  cells: CellInput[];
}

// Every .xlsx is a zip: its first bytes are a local file header. Checked up front because the streaming
// reader never settles on an empty input.
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The rows of the first worksheet, streamed: the whole workbook is never held in memory (STACK.md: the
 * in-memory API took 2.2 GB for 100k rows). Rows without any value are skipped.
 */
export async function* readSheetRows(file: Buffer): AsyncGenerator<SheetRow> {
  if (file.length < ZIP_SIGNATURE.length || !file.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new ImportFileError(NOT_XLSX_MESSAGE);
  }
  // Styles are read so that cells formatted as dates arrive as dates.
  const reader = new Utf8WorkbookReader(Readable.from([file]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets += 1;
      for await (const row of worksheet) {
        // Later sheets (instructions, drop-down lists) are read to the end only so their temp files go.
        if (sheets > 1) continue;
        const values = row.values as ExcelJS.CellValue[];
        const cells = values.slice(1).map(toCellInput);
        if (cells.some((cell) => !isEmptyCell(cell))) yield { number: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(NOT_XLSX_MESSAGE);
  }
  if (sheets === 0) throw new ImportFileError('文件中没有工作表，请使用系统提供的导入模板');
}

/** Flattens what exceljs reads (rich text, formulas, links, errors) into what the row parsers take. */
export function toCellInput(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return ownString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return ownString(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return null;
    if (typeof result === 'string') return ownString(result);
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
  }
  if ('hyperlink' in value) return toCellInput(value.text);
  if ('error' in value) return value.error;
  return null;
}

/**
 * A copy of a cell's text. The XML parser hands out slices of the decoded chunk (V8 keeps the whole
 * chunk alive for each slice): keeping 50,000 rows' names and numbers for a commit held 70 MB of XML.
 */
function ownString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
