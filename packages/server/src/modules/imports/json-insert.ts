import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';

/**
 * Inserts many rows with one statement and one parameter: `INSERT … SELECT … FROM json_to_recordset($1)`.
 * Measured on the embedded database for 20,000 persons: 1.0 s, against 2.4 s for Drizzle's multi-row
 * VALUES with ~21 parameters a row (most of it spent building and binding the parameters). Column names
 * and types come from the Drizzle table, so the statement follows the schema.
 */
export async function insertJsonRows<T extends PgTable, K extends keyof T['$inferInsert'] & string>(
  tx: Tx,
  table: T,
  keys: readonly K[],
  rows: readonly Pick<T['$inferInsert'], K>[],
  returning?: SQL,
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const column = (key: K) => {
    const c = columns[key];
    if (!c) throw new Error(`no column ${key}`);
    return c;
  };
  const statement = sql`INSERT INTO ${table} (${sql.join(
    keys.map((k) => sql.identifier(column(k).name)),
    sql`, `,
  )}) SELECT ${sql.join(
    keys.map((k) => sql`x.${sql.identifier(k)}`),
    sql`, `,
  )} FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(${sql.join(
    keys.map((k) => sql`${sql.identifier(k)} ${sql.raw(column(k).getSQLType())}`),
    sql`, `,
  )})${returning ? sql` RETURNING ${returning}` : sql``}`;
  const result = await tx.execute<Record<string, unknown>>(statement);
  return result.rows;
}
