import { chinaToday, type IsoDate } from '../shared/dates';
import { checkNewPerson } from '../person/checks';
import {
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  OCCUPATION_LABELS,
  PERSON_KIND_LABELS,
  SEX_LABELS,
  type Education,
  type Occupation,
  type PersonKind,
  type SexValue,
} from '../person/enums';
import { normalizeIdNumber, validateIdNumber } from '../person/id-number';
import { STAGE_DATE_FIELDS, type StageDates } from '../person/stage';
import { cellText, enumFromCell, isEmptyCell, parseDateCell, type CellInput } from './cells';
import type { CellIssue } from './columns';
import { PERSON_COLUMNS, type PersonColumnKey } from './person-sheet';

export type PersonCells = Partial<Record<PersonColumnKey, CellInput>>;

/** A row that passed every check needing no database. */
export interface PersonRowValue {
  name: string;
  idNumber: string;
  sex: SexValue;
  birthDate: IsoDate;
  ethnicity: string;
  phone: string | null;
  education: Education;
  personKind: PersonKind;
  occupation: Occupation;
  address: string | null;
  branchCode: string;
  groupName: string | null;
  dates: StageDates;
}

export interface ParsedPersonRow {
  /** Null when the row has issues. */
  value: PersonRowValue | null;
  /** What the database checks need even when other cells are wrong, so one upload shows every error. */
  idNumber: string | null;
  branchCode: string | null;
  groupName: string | null;
  issues: CellIssue<PersonColumnKey>[];
}

const PHONE = /^1[3-9][0-9]{9}$/;
const REQUIRED_REASON = '此项为必填项，不能为空';
const LABEL_OF = Object.fromEntries(PERSON_COLUMNS.map((c) => [c.key, c.header])) as Record<
  PersonColumnKey,
  string
>;

/** Every check of one person row that needs no database (identity, enumerations, dates, phone). */
export function parsePersonRow(cells: PersonCells, today: IsoDate = chinaToday()): ParsedPersonRow {
  const issues: CellIssue<PersonColumnKey>[] = [];
  const issue = (column: PersonColumnKey, reason: string) => issues.push({ column, reason });
  const text = (column: PersonColumnKey) => cellText(cells[column] ?? null);
  const required = (column: PersonColumnKey): string | null => {
    const value = text(column);
    if (value === '') issue(column, REQUIRED_REASON);
    return value || null;
  };
  const maxLength = (column: PersonColumnKey, value: string | null, max: number) => {
    if (value !== null && value.length > max)
      issue(column, `不能超过 ${max} 个字，当前 ${value.length} 个字`);
  };
  const enumerated = <T extends string>(
    column: PersonColumnKey,
    labels: Readonly<Record<T, string>>,
    isRequired: boolean,
    fallback?: (text: string) => T | null,
  ): T | null => {
    const value = text(column);
    if (value === '') {
      if (isRequired) issue(column, REQUIRED_REASON);
      return null;
    }
    const found = enumFromCell(labels, value) ?? fallback?.(value) ?? null;
    if (found === null) issue(column, `“${value}”不是有效的${LABEL_OF[column]}，请从下拉列表中选择`);
    return found;
  };
  const date = (column: PersonColumnKey): IsoDate | null => {
    const parsed = parseDateCell(cells[column] ?? null);
    if (parsed === null) return null;
    if ('reason' in parsed) {
      issue(column, parsed.reason);
      return null;
    }
    return parsed.date;
  };

  const name = required('name');
  maxLength('name', name, 50);
  const idNumber = parseIdNumber(cells.idNumber ?? null, today, issue);
  const sex = enumerated<SexValue>('sex', SEX_LABELS, false);
  const birthDate = date('birthDate');
  const ethnicity = enumerated('ethnicity', ETHNICITY_LABELS, true, ethnicityFallback);
  const phone = parsePhone(cells.phone ?? null, issue);
  const education = enumerated<Education>('education', EDUCATION_LABELS, true);
  const personKind = enumerated<PersonKind>('personKind', PERSON_KIND_LABELS, true);
  const occupation = enumerated<Occupation>('occupation', OCCUPATION_LABELS, true);
  const address = text('address') || null;
  maxLength('address', address, 200);
  const branchCode = required('branchCode');
  const groupName = text('groupName') || null;
  const dates = {} as StageDates;
  for (const [field] of STAGE_DATE_FIELDS) dates[field] = date(field);

  // Identity (sex and birth date against the number) and stage-date order: the rules of a new record.
  const violations = checkNewPerson(
    {
      idNumber: idNumber ?? '',
      sex: sex ?? undefined,
      birthDate: birthDate ?? undefined,
      ...dates,
    },
    today,
  );
  for (const violation of violations) {
    if (violation.field === 'idNumber' || !violation.field || !(violation.field in LABEL_OF)) continue;
    issue(violation.field as PersonColumnKey, violation.message);
  }

  const identity = idNumber ? validateIdNumber(idNumber, today) : null;
  const value: PersonRowValue | null =
    issues.length === 0 &&
    name &&
    identity?.valid &&
    ethnicity &&
    education &&
    personKind &&
    occupation &&
    branchCode
      ? {
          name,
          idNumber: idNumber!,
          sex: identity.sex,
          birthDate: identity.birthDate,
          ethnicity,
          phone,
          education,
          personKind,
          occupation,
          address,
          branchCode,
          groupName,
          dates,
        }
      : null;
  return { value, idNumber, branchCode, groupName, issues };
}

/** Only a text cell keeps all 18 characters: Excel stores a typed number as a double and loses digits. */
function parseIdNumber(
  cell: CellInput,
  today: IsoDate,
  issue: (column: PersonColumnKey, reason: string) => void,
): string | null {
  if (isEmptyCell(cell)) {
    issue('idNumber', REQUIRED_REASON);
    return null;
  }
  if (typeof cell === 'number') {
    issue(
      'idNumber',
      '身份证号须为文本：该单元格是数字，Excel 会把 15 位以后的数字变成 0。请将本列设置为“文本”格式后重新输入',
    );
    return null;
  }
  const idNumber = normalizeIdNumber(cellText(cell));
  const result = validateIdNumber(idNumber, today);
  if (!result.valid) {
    issue('idNumber', result.reason);
    return null;
  }
  return idNumber;
}

function parsePhone(
  cell: CellInput,
  issue: (column: PersonColumnKey, reason: string) => void,
): string | null {
  const phone = cellText(cell).replace(/[\s-]/g, '');
  if (phone === '') return null;
  if (!PHONE.test(phone)) {
    issue('phone', `“${cellText(cell)}”不是有效的手机号，应为 11 位手机号码`);
    return null;
  }
  return phone;
}

/** “汉” for 汉族, or the GB 3304 number typed as a number (1 for 01). */
function ethnicityFallback(text: string): string | null {
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, '0');
    return code in ETHNICITY_LABELS ? code : null;
  }
  return text.endsWith('族') ? null : enumFromCell(ETHNICITY_LABELS, `${text}族`);
}
