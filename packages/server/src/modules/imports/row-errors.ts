import { cellErrorMessage, type ImportError } from '@jiceng/core';

export interface CellError {
  row: number;
  /** 0-based position of the column in the uploaded sheet, for marking the cell in the report. */
  column: number;
  header: string;
  reason: string;
}

/** Every error of a file by row: the job lists the first ones, the report marks them all. */
export class RowErrors {
  private readonly byRow = new Map<number, CellError[]>();
  private total = 0;

  add(error: CellError): void {
    const list = this.byRow.get(error.row);
    if (list) list.push(error);
    else this.byRow.set(error.row, [error]);
    this.total += 1;
  }

  get count(): number {
    return this.total;
  }

  /** How many rows have at least one error. */
  get rowCount(): number {
    return this.byRow.size;
  }

  hasRow(row: number): boolean {
    return this.byRow.has(row);
  }

  forRow(row: number): readonly CellError[] {
    return this.byRow.get(row) ?? [];
  }

  /** The first errors in row and column order, as the job answers them. */
  list(limit: number): ImportError[] {
    const rows = [...this.byRow.keys()].sort((a, b) => a - b);
    const out: ImportError[] = [];
    for (const row of rows) {
      const errors = [...this.byRow.get(row)!].sort((a, b) => a.column - b.column);
      for (const e of errors) {
        if (out.length >= limit) return out;
        out.push({ row, column: e.header, message: cellErrorMessage(row, e.header, e.reason) });
      }
    }
    return out;
  }
}
