import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';

/** One person row of the import sheet, by its Chinese header (without the required mark). */
export type PersonRow = Record<string, string>;

export const PERSON_SHEET = '党员信息';

/**
 * Fills the downloaded template the way a user would: the header row as it came, one person per row
 * below it, every cell as text (as the template formats the ID number column).
 */
export async function fillPersonTemplate(
  templatePath: string,
  rows: PersonRow[],
  outPath: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const sheet = workbook.getWorksheet(PERSON_SHEET);
  if (!sheet) throw new Error(`the template has no sheet “${PERSON_SHEET}”`);
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headers.set(String(cell.value).replace(/\*$/, ''), column));
  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(index + 2);
    for (const [header, value] of Object.entries(row)) {
      const column = headers.get(header);
      if (column === undefined) throw new Error(`the template has no column “${header}”`);
      excelRow.getCell(column).value = value;
    }
    excelRow.commit();
  });
  // Written whole from a buffer: exceljs's writeFile may resolve before the file is flushed to disk, and
  // the browser reads it right away.
  writeFileSync(outPath, Buffer.from(await workbook.xlsx.writeBuffer()));
}
