import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { Roster } from './roster';

export const ROSTER_HEADERS = [
  '序号',
  '姓名',
  '性别',
  '民族',
  '出生年月',
  '学历',
  '入党时间',
  '转正时间',
  '人员类别',
  '党小组',
  '联系电话',
  '备注',
] as const;
const WIDTHS = [6, 10, 6, 8, 10, 12, 12, 12, 12, 14, 14, 16];
const HEADER_ROW = 3;
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** YYYY.MM.DD, or YYYY.MM for the birth month, as rosters print dates. */
function dotted(date: string | null, monthOnly = false): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return monthOnly ? `${y}.${m}` : `${y}.${m}.${d}`;
}

/** 花名册: title, date line, the header repeated on every printed page; A4 landscape. */
export async function writeRoster(roster: Roster, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('花名册', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const last = sheet.getColumn(ROSTER_HEADERS.length).letter;

  sheet.mergeCells(`A1:${last}1`);
  const title = sheet.getRow(1);
  title.height = 30;
  title.getCell(1).value = `${roster.branchName}党员花名册`;
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.commit();

  sheet.mergeCells(`A2:${last}2`);
  const probationary = roster.members.filter((m) => m.probationary).length;
  const [y, m, d] = roster.date.split('-').map(Number);
  const dateLine = sheet.getRow(2);
  dateLine.getCell(1).value =
    `制表日期：${y}年${m}月${d}日\u3000\u3000共 ${roster.members.length} 名党员` +
    `（正式党员 ${roster.members.length - probationary} 名，预备党员 ${probationary} 名）`;
  dateLine.getCell(1).alignment = { horizontal: 'right' };
  dateLine.commit();

  const header = sheet.getRow(HEADER_ROW);
  ROSTER_HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = THIN;
  });
  header.commit();

  roster.members.forEach((member, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    const values = [
      index + 1,
      member.name,
      member.sex,
      member.ethnicity,
      dotted(member.birthDate, true),
      member.education,
      dotted(member.admissionDate),
      dotted(member.conversionDate),
      member.personKind,
      member.groupName ?? '',
      member.phone ?? '',
      member.probationary ? '预备党员' : '',
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      // An empty string would be written as a text cell; a bordered blank cell prints the same.
      cell.value = value === '' ? null : value;
      cell.border = THIN;
      cell.alignment = { horizontal: i === 0 ? 'center' : 'left', vertical: 'middle' };
    });
    row.commit();
  });
  await sheet.commit();
  await workbook.commit();
}
