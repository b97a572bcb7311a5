import type pg from 'pg';

export interface TableCount {
  table: string;
  rows: number;
}

/** Exact row counts of every table in schema public, read in one snapshot so they agree with each other. */
export async function tableCounts(pool: pg.Pool): Promise<TableCount[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        ORDER BY c.relname`,
    );
    const counts: TableCount[] = [];
    for (const { name } of tables.rows) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public.${quoted}`);
      counts.push({ table: name, rows: result.rows[0]?.n ?? 0 });
    }
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export function formatTableCounts(counts: TableCount[]): string {
  if (counts.length === 0) return '  （没有数据表）';
  const width = Math.max(...counts.map((c) => c.table.length));
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  const lines = counts.map((c) => `  ${c.table.padEnd(width)}  ${String(c.rows).padStart(8)}`);
  lines.push(`  ${'合计'.padEnd(width - 2)}  ${String(total).padStart(8)}`);
  return lines.join('\n');
}
