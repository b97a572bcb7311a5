import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OCCUPATION_LABELS } from '@jiceng/core';
import { ImportFileError, readSheetRows } from './sheet-reader';

const LABELS = Object.values(OCCUPATION_LABELS);
const ROWS = 6000;

/** Rows of long Chinese text: thousands of chunk boundaries fall inside a character. */
function chineseRow(i: number): string[] {
  return [`第${i}行`, LABELS[i % LABELS.length]!, `城关镇东街社区${i}号院`];
}

async function streamedFile(sharedStrings: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: sharedStrings });
  const sheet = workbook.addWorksheet('党员信息');
  for (let i = 0; i < ROWS; i += 1) sheet.addRow(chineseRow(i)).commit();
  await sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function readAll(file: Buffer): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const row of readSheetRows(file)) rows.push(row.cells);
  return rows;
}

describe('the streaming sheet reader', () => {
  it.each([
    ['inline strings', false],
    ['shared strings', true],
  ])('reads Chinese text whole across chunk boundaries (%s)', async (_label, shared) => {
    const rows = await readAll(await streamedFile(shared));
    expect(rows).toHaveLength(ROWS);
    const wrong = rows.filter((cells, i) => JSON.stringify(cells) !== JSON.stringify(chineseRow(i)));
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['text', Buffer.from('姓名,身份证号')],
    ['a cut-off zip', Buffer.from('PK\x03\x04 not really')],
  ])('refuses %s as not an .xlsx', async (_label, file) => {
    await expect(readAll(file)).rejects.toBeInstanceOf(ImportFileError);
  });
});
