import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connection';

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: null });
});
afterAll(async () => {
  await database?.close();
});

describe('the embedded database', () => {
  it('answers the next query after a failed one', async () => {
    await expect(database.pool.query('SELECT 1/0')).rejects.toThrow('division by zero');
    const result = await database.pool.query('SELECT 2 AS two');
    expect(result.rows).toEqual([{ two: 2 }]);
  });

  it('keeps HTTP-thread timers running during a long query', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    await database.db.execute(sql`SELECT count(*) FROM generate_series(1, 3000000)`);
    clearInterval(timer);
    const elapsed = Date.now() - started;
    // A query on this thread would starve the timer; in the worker the event loop keeps turning.
    expect(elapsed).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThan(elapsed / 10 / 3);
  });

  it('rolls back a failed transaction as a whole', async () => {
    await database.pool.query('CREATE TABLE IF NOT EXISTS t_rollback (x int)');
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO t_rollback VALUES (1)`);
        await tx.execute(sql`SELECT 1/0`);
      }),
    ).rejects.toThrow();
    const result = await database.pool.query('SELECT count(*)::int AS n FROM t_rollback');
    expect(result.rows[0].n).toBe(0);
  });
});
