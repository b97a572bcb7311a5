import type { DataValidation } from 'exceljs';

// exceljs 4.4 has `worksheet.dataValidations.add(range, validation)` (one rule for a whole range) but
// its typings omit it; per-cell `cell.dataValidation` would create every cell of the range in memory.
declare module 'exceljs' {
  interface Worksheet {
    dataValidations: { add(range: string, validation: DataValidation): void };
  }
}
