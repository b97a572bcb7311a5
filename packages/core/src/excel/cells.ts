import { isValidIsoDate, type IsoDate } from '../shared/dates';

/** A cell as the server hands it to the row parsers, already flattened from rich text and formulas. */
export type CellInput = string | number | boolean | Date | null;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Day 0 of Excel's 1900 date system (its phantom 1900-02-29 makes serials count from 1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial of 9999-12-31, the last date Excel shows. */
const MAX_SERIAL = 2958465;

export function isEmptyCell(value: CellInput): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The text of a cell, trimmed; a number is written out in full (no exponent), a date as YYYY-MM-DD. */
export function cellText(value: CellInput): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') {
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoDateOf(value);
}

/** The calendar day of a date read from a sheet (exceljs gives cell dates as UTC; the time is dropped). */
function isoDateOf(date: Date): IsoDate {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export function excelSerialToIsoDate(serial: number): IsoDate | null {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

export type DateCell = { date: IsoDate } | { reason: string };

const DATE_FORMAT_REASON = '日期格式应为 YYYY-MM-DD（如 2010-07-01），也可用 YYYY/MM/DD 或 YYYY.MM.DD';
const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * A date cell: an Excel date, or text YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (also YYYY年M月D日 and
 * YYYYMMDD); a plain number is read as an Excel serial when the column lost its date format. Null when empty.
 */
export function parseDateCell(value: CellInput): DateCell | null {
  if (value === null || isEmptyCell(value)) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { reason: DATE_FORMAT_REASON } : { date: isoDateOf(value) };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 10000101 && value <= 99991231)
      return parseDateText(String(value));
    const date = excelSerialToIsoDate(value);
    return date ? { date } : { reason: DATE_FORMAT_REASON };
  }
  if (typeof value === 'boolean') return { reason: DATE_FORMAT_REASON };
  return parseDateText(value.trim());
}

function parseDateText(text: string): DateCell {
  const match = TEXT_DATE.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return { reason: DATE_FORMAT_REASON };
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isValidIsoDate(date) ? { date } : { reason: `“${text}”不是真实存在的日期` };
}

/** Finds an enumerated value by its Chinese label or identifier, forgiving ASCII parentheses. */
export function enumFromCell<T extends string>(labels: Readonly<Record<T, string>>, text: string): T | null {
  const wanted = text.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    if (label === wanted || value === text.trim()) return value;
  }
  return null;
}
