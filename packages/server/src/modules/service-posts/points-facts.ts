import type { PointFact } from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { FactCollector } from '../points/facts';

const idList = (ids: readonly number[]): SQL =>
  sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::int[]`;

/**
 * Volunteer hours (source `volunteer_hours`, one unit an hour): hours on a claimed post once the branch
 * confirmed them, and the hours credited for being present at a recurring activity.
 */
export const volunteerHoursFacts: FactCollector = {
  name: 'volunteer_hours',
  async collect(tx, personIds, year) {
    if (personIds.length === 0) return [];
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const { rows } = await tx.execute<{
      ref_type: 'volunteer_hours' | 'activity_attendance';
      ref_id: number;
      person_id: number;
      day: string;
      hours: string;
    }>(
      sql`SELECT 'volunteer_hours' AS ref_type, h.id AS ref_id, h.person_id, h.worked_on::text AS day,
                 h.hours::text AS hours
            FROM service_hours h
           WHERE h.person_id = ANY(${idList(personIds)}) AND h.state = 'confirmed'
             AND h.worked_on BETWEEN ${from}::date AND ${to}::date
          UNION ALL
          SELECT 'activity_attendance', s.id, s.person_id, o.held_on::text, s.hours::text
            FROM activity_signups s JOIN activity_occurrences o ON o.id = s.occurrence_id
           WHERE s.person_id = ANY(${idList(personIds)}) AND s.mark = 'present' AND s.hours > 0
             AND o.state = 'planned' AND o.held_on BETWEEN ${from}::date AND ${to}::date`,
    );
    return rows.map((r): PointFact => ({
      personId: Number(r.person_id),
      source: 'volunteer_hours',
      qualifier: null,
      date: r.day,
      units: Number(r.hours),
      refType: r.ref_type,
      refId: Number(r.ref_id),
    }));
  },
};
