/** A calendar date as an Excel date cell: exceljs writes a Date by its UTC day, so midnight UTC. */
export function excelDate(date: string | null): Date | null {
  return date === null ? null : new Date(`${date}T00:00:00Z`);
}
