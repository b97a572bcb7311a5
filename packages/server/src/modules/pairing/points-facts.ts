import type { PointFact } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { FactCollector } from '../points/facts';

/**
 * 结对帮扶走访 (points source `pairing_visit`): one fact per visit the member made to a paired household in
 * the year, by its date. A voided visit earns nothing, so voiding one takes its points away on recompute.
 * Visits staff recorded for the member count too: the visit is the member's, whoever typed it.
 */
export const pairingVisitFacts: FactCollector = {
  name: 'pairing_visit',
  async collect(tx, personIds, year) {
    if (personIds.length === 0) return [];
    const ids = sql`ARRAY[${sql.join(
      personIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::int[]`;
    const { rows } = await tx.execute<{ id: number; visitor_person_id: number; visited_on: string }>(
      sql`SELECT id, visitor_person_id, visited_on::text AS visited_on FROM pairing_visits
          WHERE visitor_person_id = ANY(${ids}) AND voided_at IS NULL
            AND visited_on >= ${`${year}-01-01`}::date AND visited_on <= ${`${year}-12-31`}::date`,
    );
    return rows.map((r): PointFact => ({
      personId: Number(r.visitor_person_id),
      source: 'pairing_visit',
      qualifier: null,
      date: r.visited_on,
      units: 1,
      refType: 'pairing_visit',
      refId: Number(r.id),
    }));
  },
};
