import { sql } from 'drizzle-orm';
import type { FactCollector } from '../points/facts';

/**
 * Training hours (参加培训学时): each session a member was present at earns its class hours, dated on
 * the session's day. The session is the record, so correcting a mark or the session's hours changes
 * the points at the next recomputation.
 */
export const trainingHoursFacts: FactCollector = {
  name: 'training_hours',
  async collect(tx, personIds, year) {
    if (personIds.length === 0) return [];
    const ids = sql`ARRAY[${sql.join(
      personIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::int[]`;
    const { rows } = await tx.execute<{
      person_id: number;
      session_id: number;
      held_on: string;
      hours: number;
    }>(
      sql`SELECT a.person_id, s.id AS session_id, s.held_on, s.hours
            FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id
           WHERE a.person_id = ANY(${ids}) AND a.mark = 'present'
             AND s.held_on >= ${`${year}-01-01`}::date AND s.held_on <= ${`${year}-12-31`}::date`,
    );
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'training_hours' as const,
      qualifier: null,
      date: String(r.held_on),
      units: Number(r.hours),
      refType: 'training_session',
      refId: Number(r.session_id),
    }));
  },
};
