import { sql } from 'drizzle-orm';
import type { FactCollector } from '../points/facts';

/**
 * 办结群众诉求: one fact per request a member resolved (the assignee credited when the member or the staff
 * recorded the resolution), dated on the China day it was resolved. A request the service desk resolved
 * earns no member points.
 */
export const serviceRequestFacts: FactCollector = {
  name: 'service_request_solved',
  async collect(tx, personIds, year) {
    if (personIds.length === 0) return [];
    const ids = sql.join(
      personIds.map((id) => sql`${id}`),
      sql`, `,
    );
    const { rows } = await tx.execute<{ id: number; person_id: number; resolved_on: string }>(sql`
      SELECT id, resolved_by_person_id AS person_id,
             to_char((resolved_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD') AS resolved_on
        FROM service_requests
       WHERE resolved_by_person_id IN (${ids}) AND state IN ('resolved', 'rated')
         AND resolved_at >= ${`${year}-01-01T00:00:00+08:00`}::timestamptz
         AND resolved_at < ${`${year + 1}-01-01T00:00:00+08:00`}::timestamptz`);
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'service_request_solved',
      qualifier: null,
      date: r.resolved_on,
      units: 1,
      refType: 'service_request',
      refId: Number(r.id),
    }));
  },
};
