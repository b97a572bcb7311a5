import type { PointFact } from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { pairingVisitFacts } from '../pairing/points-facts';
import { volunteerHoursFacts } from '../service-posts/points-facts';
import { serviceRequestFacts } from '../service-requests/points-facts';
import { trainingHoursFacts } from '../trainings/points-facts';

/**
 * Where each source of points finds its records (issue 9: nobody types a score twice). A collector answers
 * the facts of a year for some members; each module that records a source exports its collector, listed
 * below.
 */
export interface FactCollector {
  name: string;
  collect(tx: Tx, personIds: readonly number[], year: number): Promise<PointFact[]>;
}

const idList = (ids: readonly number[]): SQL =>
  sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::int[]`;

const yearRange = (column: SQL, year: number): SQL =>
  sql`${column} >= ${`${year}-01-01`}::date AND ${column} <= ${`${year}-12-31`}::date`;

/** Present at a closed meeting (minutes and attendance locked), by the meeting's kind and held date. */
const meetingAttendance: FactCollector = {
  name: 'meeting_attendance',
  async collect(tx, personIds, year) {
    const { rows } = await tx.execute<{
      person_id: number;
      meeting_id: number;
      kind: string;
      held_on: string;
    }>(
      sql`SELECT a.person_id, m.id AS meeting_id, m.kind, m.held_on
          FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
          WHERE a.person_id = ANY(${idList(personIds)}) AND a.mark = 'present'
            AND m.state = 'closed' AND ${yearRange(sql`m.held_on`, year)}`,
    );
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'meeting_attendance',
      qualifier: r.kind,
      date: r.held_on,
      units: 1,
      refType: 'meeting',
      refId: Number(r.meeting_id),
    }));
  },
};

/**
 * A month's dues paid on time: an active regular payment made within its own month or before it (paid in
 * advance, it counts in the month it pays for).
 */
const duesOnTime: FactCollector = {
  name: 'dues_on_time',
  async collect(tx, personIds, year) {
    const { rows } = await tx.execute<{ id: number; person_id: number; month: string; paid_on: string }>(
      sql`SELECT id, person_id, month, paid_on FROM dues_payments
          WHERE person_id = ANY(${idList(personIds)}) AND kind = 'regular' AND active
            AND month >= ${`${year}-01`} AND month <= ${`${year}-12`}
            AND to_char(paid_on, 'YYYY-MM') <= month`,
    );
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'dues_on_time',
      qualifier: null,
      date: r.paid_on.slice(0, 7) === r.month ? r.paid_on : `${r.month}-01`,
      units: 1,
      refType: 'dues_payment',
      refId: Number(r.id),
    }));
  },
};

/** An honour conferred on the member, by its kind. */
const personAwards: FactCollector = {
  name: 'award',
  async collect(tx, personIds, year) {
    const { rows } = await tx.execute<{ id: number; person_id: number; kind: string; conferred_on: string }>(
      sql`SELECT id, person_id, kind, conferred_on FROM awards
          WHERE person_id = ANY(${idList(personIds)}) AND revoked_at IS NULL
            AND ${yearRange(sql`conferred_on`, year)}`,
    );
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'award',
      qualifier: r.kind,
      date: r.conferred_on,
      units: 1,
      refType: 'award',
      refId: Number(r.id),
    }));
  },
};

/** A claim the branch approved, for the points it granted (still within the manual rule's caps). */
const approvedClaims: FactCollector = {
  name: 'manual',
  async collect(tx, personIds, year) {
    const { rows } = await tx.execute<{
      id: number;
      person_id: number;
      occurred_on: string;
      granted_points: number;
    }>(
      sql`SELECT id, person_id, occurred_on, granted_points FROM points_claims
          WHERE person_id = ANY(${idList(personIds)}) AND status = 'approved'
            AND ${yearRange(sql`occurred_on`, year)}`,
    );
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'manual',
      qualifier: null,
      date: r.occurred_on,
      units: 1,
      refType: 'points_claim',
      refId: Number(r.id),
      fixedPoints: Number(r.granted_points),
    }));
  },
};

/**
 * A violation the branch recorded, not revoked: one unit each, priced by the violation rule in force (its
 * points negative, its caps bounding the deduction), so a changed rule reprices every deduction.
 */
const violationFacts: FactCollector = {
  name: 'violation',
  async collect(tx, personIds, year) {
    const { rows } = await tx.execute<{ id: number; person_id: number; occurred_on: string }>(
      sql`SELECT id, person_id, occurred_on FROM points_deductions
          WHERE person_id = ANY(${idList(personIds)}) AND revoked_at IS NULL
            AND ${yearRange(sql`occurred_on`, year)}`,
    );
    return rows.map((r) => ({
      personId: Number(r.person_id),
      source: 'violation',
      qualifier: null,
      date: r.occurred_on,
      units: 1,
      refType: 'points_deduction',
      refId: Number(r.id),
    }));
  },
};

/** Every collector the recomputation runs; a module that starts recording a source adds its own here. */
export const FACT_COLLECTORS: readonly FactCollector[] = [
  meetingAttendance,
  duesOnTime,
  personAwards,
  approvedClaims,
  violationFacts,
  volunteerHoursFacts,
  serviceRequestFacts,
  pairingVisitFacts,
  trainingHoursFacts,
];

export async function factsOf(tx: Tx, personIds: readonly number[], year: number): Promise<PointFact[]> {
  if (personIds.length === 0) return [];
  const all: PointFact[] = [];
  for (const collector of FACT_COLLECTORS) all.push(...(await collector.collect(tx, personIds, year)));
  return all;
}
