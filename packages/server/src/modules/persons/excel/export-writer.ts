import ExcelJS from 'exceljs';
import {
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  maskIdNumber,
  maskPhone,
  OCCUPATION_LABELS,
  PERSON_COLUMNS,
  PERSON_KIND_LABELS,
  SEX_LABELS,
  STAGE_DATE_FIELDS,
  STAGE_LABELS,
  type Education,
  type Occupation,
  type PersonColumnKey,
  type PersonKind,
  type SexValue,
  type Stage,
} from '@jiceng/core';
import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Writable } from 'node:stream';
import type { Db } from '../../../db/connection';
import type { DataCipher } from '../../../http/crypto';
import { orgs } from '../../orgs/schema';
import { persons } from '../schema';
import { excelDate } from './excel-date';

const groups = alias(orgs, 'groups');
const READ_BATCH = 2000;
export const EXPORT_SHEET_NAME = '党员信息';

type ExportKey = PersonColumnKey | 'branchName' | 'stage';

/** The template's columns (so the file reads like one), plus the branch's name and the stage. */
const COLUMNS: { key: ExportKey; header: string; width: number }[] = PERSON_COLUMNS.flatMap((c) => {
  const column = { key: c.key as ExportKey, header: c.header, width: c.width };
  if (c.key === 'branchCode')
    return [column, { key: 'branchName' as const, header: '所在党支部', width: 30 }];
  if (c.key === 'groupName') return [column, { key: 'stage' as const, header: '阶段', width: 12 }];
  return [column];
});
const TEXT_KEYS: ExportKey[] = ['idNumber', 'phone', 'branchCode'];

/** Writes the persons of `ids` in that order, reading them from the database a batch at a time. */
export async function writePersonExport(
  db: Db,
  cipher: DataCipher,
  ids: readonly number[],
  unmasked: boolean,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(EXPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: TEXT_KEYS.includes(c.key) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (let start = 0; start < ids.length; start += READ_BATCH) {
    const batch = ids.slice(start, start + READ_BATCH);
    const rows = await db
      .select({ person: persons, orgName: orgs.name, orgCode: orgs.code, groupName: groups.name })
      .from(persons)
      .innerJoin(orgs, eq(orgs.id, persons.orgId))
      .leftJoin(groups, eq(groups.id, persons.groupId))
      .where(inArray(persons.id, batch));
    const byId = new Map(rows.map((r) => [r.person.id, r]));
    for (const id of batch) {
      const r = byId.get(id);
      if (!r) continue; // removed since the plan was made
      const p = r.person;
      const idNumber = cipher.decrypt(p.idNumberEnc);
      const phone = p.phoneEnc ? cipher.decrypt(p.phoneEnc) : null;
      const values: Record<ExportKey, ExcelJS.CellValue> = {
        name: p.name,
        idNumber: unmasked ? idNumber : maskIdNumber(idNumber),
        sex: SEX_LABELS[p.sex as SexValue],
        birthDate: excelDate(p.birthDate),
        ethnicity: ETHNICITY_LABELS[p.ethnicity] ?? p.ethnicity,
        phone: phone === null ? null : unmasked ? phone : maskPhone(phone),
        education: EDUCATION_LABELS[p.education as Education],
        personKind: PERSON_KIND_LABELS[p.personKind as PersonKind],
        occupation: OCCUPATION_LABELS[p.occupation as Occupation],
        address: p.address,
        branchCode: r.orgCode,
        branchName: r.orgName,
        groupName: r.groupName,
        stage: p.stage ? STAGE_LABELS[p.stage as Stage] : null,
        applicationDate: null,
        activistDate: null,
        candidateDate: null,
        admissionDate: null,
        conversionDate: null,
      };
      for (const [field] of STAGE_DATE_FIELDS) values[field] = excelDate(p[field]);
      const row = sheet.addRow(values);
      for (const [field] of STAGE_DATE_FIELDS) row.getCell(field).numFmt = 'yyyy-mm-dd';
      row.getCell('birthDate').numFmt = 'yyyy-mm-dd';
      row.commit();
    }
  }
  await sheet.commit();
  await workbook.commit();
}
