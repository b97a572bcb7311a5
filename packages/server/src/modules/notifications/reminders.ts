import { addDays, type IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { reminderLog } from './schema';

/**
 * The keys among `keys` not reminded within the last `everyDays` days, marked as reminded today. One
 * statement, so two runs at once cannot both claim a key.
 */
export async function claimReminders(
  tx: Tx,
  keys: readonly string[],
  today: IsoDate,
  everyDays: number,
): Promise<Set<string>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Set();
  const due = addDays(today, -everyDays);
  const rows = await tx.execute<{ key: string }>(sql`
    INSERT INTO ${reminderLog} (key, last_sent_on)
    VALUES ${sql.join(
      unique.map((k) => sql`(${k}, ${today}::date)`),
      sql`, `,
    )}
    ON CONFLICT (key) DO UPDATE SET last_sent_on = EXCLUDED.last_sent_on
     WHERE ${reminderLog.lastSentOn} <= ${due}::date
    RETURNING key`);
  return new Set(rows.rows.map((r) => r.key));
}
