import { periodOf, ruleSetFor, type ComputedMetric, type IsoDate, type MetricMeasure } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { evaluateBranches } from '../compliance/evaluate';
import { loadActiveRules, loadBranches } from '../compliance/load';
import { boardEntries } from '../development/board-rules';
import { peopleInDevelopment } from '../development/board';
import { pairingVisits, postsClaimed, requestsAnswered } from './service-measures';

export type Measures = Map<number, Partial<Record<ComputedMetric, MetricMeasure>>>;

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** The first and last day of a month. */
export function monthSpan(month: string): { start: IsoDate; end: IsoDate } {
  const period = periodOf(`${month}-01`, 'month');
  return { start: period.start, end: period.end };
}

/**
 * meetings_held: org-life compliance (L1 with local rules) of the requirements falling due in the month —
 * every monthly one, and a quarterly or yearly one in its last month — met against due at the month's end.
 */
async function meetingsHeld(tx: Tx, ids: readonly number[], month: string, into: Measures) {
  const { start, end } = monthSpan(month);
  const branches = await loadBranches(tx, sql`o.id IN (${idList(ids)})`, `${month.slice(0, 4)}-01-01`, end);
  const rules = await loadActiveRules(
    tx,
    branches.map((b) => b.path),
  );
  for (const { branch, compliance } of evaluateBranches(branches, rules, start, end)) {
    let due = 0;
    let met = 0;
    for (const item of compliance) {
      for (const period of item.periods) {
        if (period.end < start || period.end > end) continue;
        due += 1;
        if (period.status === 'met') met += 1;
      }
    }
    into.get(branch.id)!.meetings_held = { metric: 'meetings_held', met, due };
  }
}

/** attendance_rate: present / expected over the month's closed meetings of the branch and its groups. */
async function attendance(tx: Tx, ids: readonly number[], month: string, into: Measures) {
  const { start, end } = monthSpan(month);
  const rows = await tx.execute<{ org_id: number; meetings: number; expected: number; present: number }>(sql`
    SELECT m.org_id, count(DISTINCT m.id)::int AS meetings,
           count(a.id) FILTER (WHERE a.expected)::int AS expected,
           count(a.id) FILTER (WHERE a.expected AND a.mark = 'present')::int AS present
      FROM meetings m LEFT JOIN meeting_attendees a ON a.meeting_id = m.id
     WHERE m.state = 'closed' AND m.held_on BETWEEN ${start}::date AND ${end}::date
       AND m.org_id IN (${idList(ids)})
     GROUP BY m.org_id`);
  const byOrg = new Map(rows.rows.map((r) => [Number(r.org_id), r]));
  for (const id of ids) {
    const r = byOrg.get(id);
    into.get(id)!.attendance_rate = {
      metric: 'attendance_rate',
      meetings: Number(r?.meetings ?? 0),
      expected: Number(r?.expected ?? 0),
      present: Number(r?.present ?? 0),
    };
  }
}

/** dues_collected: the month's due and collected amounts of the branch and anything below it (dues_month_totals). */
async function dues(tx: Tx, ids: readonly number[], month: string, into: Measures) {
  const rows = await tx.execute<{ id: number; due: string; collected: string; members: string }>(sql`
    SELECT b.id, coalesce(sum(t.due_fen), 0)::text AS due, coalesce(sum(t.collected_fen), 0)::text AS collected,
           coalesce(sum(t.members), 0)::text AS members
      FROM orgs b JOIN orgs o ON o.path LIKE b.path || '%'
      JOIN dues_month_totals t ON t.org_id = o.id AND t.month = ${month}
     WHERE b.id IN (${idList(ids)})
     GROUP BY b.id`);
  const byOrg = new Map(rows.rows.map((r) => [Number(r.id), r]));
  for (const id of ids) {
    const r = byOrg.get(id);
    into.get(id)!.dues_collected = {
      metric: 'dues_collected',
      dueFen: Number(r?.due ?? 0),
      collectedFen: Number(r?.collected ?? 0),
      members: Number(r?.members ?? 0),
    };
  }
}

/**
 * development_on_time: the development board's overdue duties at the month's end (today for the running
 * month), from each person's steps recorded up to that day. The stage is the person's current one, so a
 * month long past reads approximately.
 */
async function development(
  tx: Tx,
  ids: readonly number[],
  root: { id: number },
  asOf: IsoDate,
  into: Measures,
) {
  const groups = await tx.execute<{ id: number; parent_id: number }>(sql`
    SELECT id, parent_id FROM orgs WHERE kind = 'group' AND parent_id IN (${idList(ids)})`);
  const branchOf = new Map<number, number>(ids.map((id) => [id, id]));
  for (const g of groups.rows) branchOf.set(Number(g.id), Number(g.parent_id));
  const counts = new Map<number, { overdue: number; inDevelopment: number }>();
  const set = ruleSetFor(asOf);
  for (const person of await peopleInDevelopment(tx, sql`true`, root.id)) {
    const branch = branchOf.get(person.orgId);
    if (branch === undefined) continue;
    const history = person.history.filter((s) => s.date <= asOf);
    if (history.length === 0) continue;
    const entries = boardEntries(person, history, asOf, set);
    const c = counts.get(branch) ?? { overdue: 0, inDevelopment: 0 };
    c.inDevelopment += 1;
    c.overdue += entries.filter((e) => e.overdue).length;
    counts.set(branch, c);
  }
  for (const id of ids) {
    const c = counts.get(id) ?? { overdue: 0, inDevelopment: 0 };
    into.get(id)!.development_on_time = { metric: 'development_on_time', ...c };
  }
}

/**
 * Everything the computed metrics need for these branches (all under `root`) and the month. `now` is the
 * moment an open request's deadline is judged against (the on-time rate needs a moment, not a day).
 */
export async function measureBranches(
  tx: Tx,
  root: { id: number },
  branchIds: readonly number[],
  month: string,
  today: IsoDate,
  now: Date = new Date(),
): Promise<Measures> {
  const measures: Measures = new Map(branchIds.map((id) => [id, {}]));
  if (branchIds.length === 0) return measures;
  const span = monthSpan(month);
  await meetingsHeld(tx, branchIds, month, measures);
  await attendance(tx, branchIds, month, measures);
  await dues(tx, branchIds, month, measures);
  await development(tx, branchIds, root, span.end < today ? span.end : today, measures);
  await postsClaimed(tx, idList(branchIds), span, measures);
  await requestsAnswered(tx, idList(branchIds), span, now, measures);
  await pairingVisits(tx, idList(branchIds), span, measures);
  return measures;
}
