import ExcelJS from 'exceljs';
import {
  headerOf,
  ORG_COLUMNS,
  PERSON_COLUMNS,
  type OrgColumnKey,
  type PersonColumnKey,
  type SheetColumn,
} from '@jiceng/core';
import { unique, uniqueIdNumber } from '../../../test/factories';

export type PersonSheetRow = Partial<Record<PersonColumnKey, ExcelJS.CellValue>>;
export type OrgSheetRow = Partial<Record<OrgColumnKey, ExcelJS.CellValue>>;

/** A real .xlsx as a user would fill the template: text columns formatted as text. */
export async function sheetFile<K extends string>(
  sheetName: string,
  columns: readonly SheetColumn<K>[],
  rows: readonly Partial<Record<K, ExcelJS.CellValue>>[],
  headers: readonly string[] = columns.map(headerOf),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]);
  columns.forEach((c, i) => {
    if (c.text) sheet.getColumn(i + 1).numFmt = '@';
  });
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function personsFile(rows: readonly PersonSheetRow[], headers?: readonly string[]): Promise<Buffer> {
  return sheetFile('党员信息', PERSON_COLUMNS, rows, headers);
}

export function orgsFile(rows: readonly OrgSheetRow[]): Promise<Buffer> {
  return sheetFile('组织信息', ORG_COLUMNS, rows);
}

/** A valid row for the branch with this code: a full member with a unique ID number. */
export function personRow(branchCode: string, overrides: PersonSheetRow = {}): PersonSheetRow {
  return {
    name: unique('导入党员'),
    idNumber: uniqueIdNumber('male', '1988-03-15'),
    ethnicity: '汉族',
    phone: '13912345678',
    education: '大学本科',
    personKind: '在岗职工',
    occupation: '企事业单位、社会组织专业技术人员',
    branchCode,
    applicationDate: '2010-03-01',
    admissionDate: new Date(Date.UTC(2012, 6, 1)),
    conversionDate: '2013/07/01',
    ...overrides,
  };
}

/** The first sheet of a downloaded workbook, read whole (small test files only). */
export async function firstSheet(
  file: Buffer,
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(file).buffer);
  return { workbook, sheet: workbook.worksheets[0]! };
}
