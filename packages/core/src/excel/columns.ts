/**
 * One column of an import sheet: the template, the header check, the row parser and the error report all
 * read the same definition, so a header renamed here is renamed everywhere.
 */
export interface SheetColumn<K extends string = string> {
  key: K;
  /** The Chinese header, without the required mark. */
  header: string;
  required: boolean;
  /** Enumerated values keyed by identifier, shown by their Chinese label in a drop-down. */
  labels?: Readonly<Record<string, string>>;
  /** Digits that Excel would turn into a number (and lose or reformat): the column is formatted as text. */
  text?: boolean;
  date?: boolean;
  /** Display width in characters. */
  width: number;
  /** What to fill in, for the instructions sheet. */
  hint: string;
  example: string;
}

/** The header as the template shows it: required columns end with `*`. */
export function headerOf(column: SheetColumn): string {
  return column.required ? `${column.header}*` : column.header;
}

/** A header cell as typed: surrounding spaces, line breaks and the required mark do not matter. */
export function normalizeHeader(text: string): string {
  return text.replace(/\s+/g, '').replace(/[*＊]+$/, '');
}

export type HeaderMatch<K extends string> =
  { ok: true; positions: Record<K, number> } | { ok: false; missing: string[] };

/** Finds every column of the template in a header row (any order; extra columns are ignored). */
export function matchHeaders<K extends string>(
  columns: readonly SheetColumn<K>[],
  headerCells: readonly string[],
): HeaderMatch<K> {
  const found = new Map<string, number>();
  headerCells.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name && !found.has(name)) found.set(name, index);
  });
  const positions = {} as Record<K, number>;
  const missing: string[] = [];
  for (const column of columns) {
    const index = found.get(column.header);
    if (index === undefined) missing.push(headerOf(column));
    else positions[column.key] = index;
  }
  return missing.length ? { ok: false, missing } : { ok: true, positions };
}

/** The job message for a header row that is not the template's. */
export function missingHeadersMessage(missing: readonly string[]): string {
  return `表头与导入模板不符，缺少以下列：${missing.join('、')}。请下载并使用系统提供的导入模板，表头须在第一行`;
}

/** A problem with one cell of a row, by column key; the server adds the row number and the header. */
export interface CellIssue<K extends string = string> {
  column: K;
  reason: string;
}

/** The full message of a cell error: row, column and reason (every message names all three). */
export function cellErrorMessage(row: number, header: string, reason: string): string {
  return `第 ${row} 行「${header}」：${reason}`;
}
