import ExcelJS from 'exceljs';
import { headerOf, type SheetColumn } from '@jiceng/core';
import './exceljs-augment';

export interface TemplateSpec {
  sheetName: string;
  columns: readonly SheetColumn[];
  /** General rules for the instructions sheet, one line each. */
  rules: readonly string[];
}

export const LIST_SHEET_NAME = '选项';
export const INSTRUCTIONS_SHEET_NAME = '填写说明';
/** Rows that get drop-downs and text formats; far more than one upload of a county holds. */
const TEMPLATE_ROWS = 20_000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/**
 * An import template: the data sheet with its headers, text formats and drop-downs, the instructions
 * sheet with one example row, and a hidden sheet holding the lists (56 ethnicities exceed the 255
 * characters an inline list may have). Small, so built in memory.
 */
export async function buildTemplate(spec: TemplateSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  const lists = workbook.addWorksheet(LIST_SHEET_NAME, { state: 'hidden' });

  sheet.columns = spec.columns.map((c) => ({ header: headerOf(c), key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  let listColumn = 0;
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = HEADER_FILL;
    if (column.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    cell.note = column.hint;
    const letter = sheet.getColumn(index + 1).letter;
    const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
    if (column.text) sheet.getColumn(index + 1).numFmt = '@';
    if (column.date) sheet.getColumn(index + 1).numFmt = 'yyyy-mm-dd';
    if (column.labels) {
      listColumn += 1;
      const labels = Object.values(column.labels);
      const listLetter = lists.getColumn(listColumn).letter;
      lists.getCell(1, listColumn).value = column.header;
      labels.forEach((label, i) => (lists.getCell(i + 2, listColumn).value = label));
      sheet.dataValidations.add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`'${LIST_SHEET_NAME}'!$${listLetter}$2:$${listLetter}$${labels.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '输入值无效',
        error: `请从下拉列表中选择${column.header}`,
      });
    }
  });

  writeInstructions(instructions, spec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInstructions(sheet: ExcelJS.Worksheet, spec: TemplateSpec): void {
  sheet.columns = [{ width: 20 }, { width: 10 }, { width: 70 }, { width: 30 }];
  sheet.addRow([`“${spec.sheetName}”填写说明`]).font = { bold: true, size: 14 };
  for (const rule of spec.rules) sheet.addRow([rule]);
  sheet.addRow([]);
  const head = sheet.addRow(['列名', '是否必填', '填写要求', '示例']);
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const column of spec.columns) {
    const hint = column.labels
      ? `${column.hint}。可选值：${Object.values(column.labels).join('、')}`
      : column.hint;
    const row = sheet.addRow([column.header, column.required ? '必填' : '选填', hint, column.example]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(4).numFmt = '@';
  }
  sheet.addRow([]);
  sheet.addRow(['填写示例（导入时只读取第一个工作表“' + spec.sheetName + '”，本示例不会被导入）']).font = {
    bold: true,
  };
  const exampleHead = sheet.addRow(spec.columns.map(headerOf));
  exampleHead.font = { bold: true };
  const example = sheet.addRow(spec.columns.map((c) => c.example));
  example.eachCell((cell) => (cell.numFmt = '@'));
}
