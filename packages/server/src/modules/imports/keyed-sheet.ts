import {
  cellText,
  matchHeaders,
  missingHeadersMessage,
  type CellInput,
  type SheetColumn,
} from '@jiceng/core';
import { ImportFileError, readSheetRows } from './sheet-reader';

export interface KeyedRow<K extends string> {
  number: number;
  cells: Partial<Record<K, CellInput>>;
}

export interface KeyedSheet<K extends string> {
  /** Where each template column sits in the uploaded sheet (0-based), for marking cells in the report. */
  positions: Record<K, number>;
  rows: AsyncGenerator<KeyedRow<K>>;
}

/**
 * Opens the first sheet and checks its header row (the first row with any value) against the template;
 * a file that is not an .xlsx, or whose headers differ, fails with a message naming what is missing.
 */
export async function openKeyedSheet<K extends string>(
  file: Buffer,
  columns: readonly SheetColumn<K>[],
): Promise<KeyedSheet<K>> {
  const iterator = readSheetRows(file);
  const first = await iterator.next();
  if (first.done) throw new ImportFileError('文件是空的：第一个工作表中没有表头，请使用系统提供的导入模板');
  const match = matchHeaders(columns, first.value.cells.map(cellText));
  if (!match.ok) {
    await iterator.return(undefined);
    throw new ImportFileError(missingHeadersMessage(match.missing));
  }
  const positions = match.positions;
  async function* rows(): AsyncGenerator<KeyedRow<K>> {
    for await (const row of iterator) {
      const cells: Partial<Record<K, CellInput>> = {};
      for (const column of columns) cells[column.key] = row.cells[positions[column.key]] ?? null;
      yield { number: row.number, cells };
    }
  }
  return { positions, rows: rows() };
}
