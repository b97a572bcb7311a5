import { onTimeFigures, type IsoDate, type RequestClock, type ServiceRequestState } from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { Measures } from './measure';

/**
 * The service metrics of the assessment (岗位认领, 群众诉求, 结对走访): one query each for all the branches
 * of the month. A branch counts everything in its subtree (its groups), as the other metrics do.
 */

export interface MonthSpan {
  start: IsoDate;
  end: IsoDate;
}

/** A China calendar date of a timestamp column, as the service modules read their days. */
const chinaDate = (column: SQL) => sql`(${column} AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * posts_claimed: members on the roster (probationary or full, active, not transferred out: the roster
 * as it stands now) and those of them holding a claim the branch approved at some point of the month —
 * approved by the month's end and not ended before it began. A claim the member withdrew does not count
 * (as in the module's own assessment count); the claim counts where it was made (its org), which is the
 * branch that decided it.
 */
export async function postsClaimed(
  tx: Tx,
  branchIds: SQL,
  { start, end }: MonthSpan,
  into: Measures,
): Promise<void> {
  const rows = await tx.execute<{ id: number; members: number; holding: number }>(sql`
    SELECT b.id, count(p.id)::int AS members,
           count(p.id) FILTER (WHERE EXISTS (
             SELECT 1 FROM service_post_claims c JOIN orgs co ON co.id = c.org_id
              WHERE c.person_id = p.id AND co.path LIKE b.path || '%'
                AND c.state IN ('approved', 'ended') AND c.decided_at IS NOT NULL
                AND ${chinaDate(sql`c.decided_at`)} <= ${end}::date
                AND (c.closed_at IS NULL OR ${chinaDate(sql`c.closed_at`)} >= ${start}::date)))::int AS holding
      FROM orgs b JOIN orgs o ON o.path LIKE b.path || '%'
      JOIN persons p ON p.org_id = o.id
     WHERE b.id IN (${branchIds})
       AND p.stage IN ('probationary', 'full') AND p.standing = 'active' AND p.transferred_out_on IS NULL
     GROUP BY b.id`);
  const byOrg = new Map(rows.rows.map((r) => [Number(r.id), r]));
  for (const [id, measures] of into) {
    const r = byOrg.get(id);
    measures.posts_claimed = {
      metric: 'posts_claimed',
      members: Number(r?.members ?? 0),
      holding: Number(r?.holding ?? 0),
    };
  }
}

const at = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

/**
 * requests_answered: the requests whose resolve deadline falls in the month, scored with the service
 * requests module's own on-time figures (onTimeFigures: resolved with both deadlines met over resolved
 * ones and open ones past the deadline; rejected and withdrawn left out). Counting by the deadline puts
 * each request in exactly one month. `now` decides whether an open request is already late.
 */
export async function requestsAnswered(
  tx: Tx,
  branchIds: SQL,
  { start, end }: MonthSpan,
  now: Date,
  into: Measures,
): Promise<void> {
  // Epoch milliseconds: the same numbers whichever driver reads the timestamps.
  const rows = await tx.execute<{
    id: number;
    state: ServiceRequestState;
    respond_by: number;
    resolve_by: number;
    responded_at: number | null;
    resolved_at: number | null;
  }>(sql`
    SELECT b.id, r.state,
           (extract(epoch FROM r.respond_by) * 1000)::float8 AS respond_by,
           (extract(epoch FROM r.resolve_by) * 1000)::float8 AS resolve_by,
           (extract(epoch FROM r.responded_at) * 1000)::float8 AS responded_at,
           (extract(epoch FROM r.resolved_at) * 1000)::float8 AS resolved_at
      FROM orgs b JOIN orgs o ON o.path LIKE b.path || '%'
      JOIN service_requests r ON r.org_id = o.id
     WHERE b.id IN (${branchIds})
       AND r.state NOT IN ('rejected', 'withdrawn')
       AND ${chinaDate(sql`r.resolve_by`)} BETWEEN ${start}::date AND ${end}::date`);
  const byOrg = new Map<number, RequestClock[]>();
  for (const r of rows.rows) {
    const list = byOrg.get(Number(r.id)) ?? [];
    list.push({
      state: r.state,
      respondBy: new Date(Number(r.respond_by)),
      resolveBy: new Date(Number(r.resolve_by)),
      respondedAt: at(r.responded_at),
      resolvedAt: at(r.resolved_at),
    });
    byOrg.set(Number(r.id), list);
  }
  for (const [id, measures] of into) {
    const { counted, onTime, overdueOpen } = onTimeFigures(byOrg.get(id) ?? [], now);
    measures.requests_answered = { metric: 'requests_answered', counted, onTime, overdueOpen };
  }
}

/**
 * pairing_visits: the households of the branch's subtree (where the pairing module's coverage counts
 * them) with a pairing active on some day of the month, and those of them with a visit in the month that
 * was not voided. A household closed before the month began is out of the programme and not counted.
 */
export async function pairingVisits(
  tx: Tx,
  branchIds: SQL,
  { start, end }: MonthSpan,
  into: Measures,
): Promise<void> {
  const rows = await tx.execute<{ id: number; paired: number; visited: number }>(sql`
    SELECT b.id, count(h.id)::int AS paired,
           count(h.id) FILTER (WHERE EXISTS (
             SELECT 1 FROM pairing_visits v
              WHERE v.household_id = h.id AND v.voided_at IS NULL
                AND v.visited_on BETWEEN ${start}::date AND ${end}::date))::int AS visited
      FROM orgs b JOIN orgs o ON o.path LIKE b.path || '%'
      JOIN pairing_households h ON h.org_id = o.id
     WHERE b.id IN (${branchIds})
       AND (h.closed_on IS NULL OR h.closed_on >= ${start}::date)
       AND EXISTS (
         SELECT 1 FROM pairings pr
          WHERE pr.household_id = h.id AND pr.started_on <= ${end}::date
            AND (pr.ended_on IS NULL OR pr.ended_on >= ${start}::date))
     GROUP BY b.id`);
  const byOrg = new Map(rows.rows.map((r) => [Number(r.id), r]));
  for (const [id, measures] of into) {
    const r = byOrg.get(id);
    measures.pairing_visits = {
      metric: 'pairing_visits',
      paired: Number(r?.paired ?? 0),
      visited: Number(r?.visited ?? 0),
    };
  }
}
