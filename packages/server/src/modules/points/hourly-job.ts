import { chinaToday } from '@jiceng/core';
import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { recomputePointsStepwise, type RecomputeSummary } from './recompute';

/**
 * Every change Jiceng makes is audited with the org it belongs to, so the audit entries written since the
 * last run say which subtrees can have new points; an hour with nothing new costs one index lookup.
 */
const lastRuns = new WeakMap<Db, { auditId: number; day: string }>();

/** Entries that never touch a record points are computed from (sign-ins, messages sent). */
const IRRELEVANT_ACTIONS = sql`(action LIKE 'auth.%' OR action LIKE 'notification.%')`;

const EMPTY: RecomputeSummary = { persons: 0, changedPersons: 0, entries: 0 };

function add(total: RecomputeSummary, done: RecomputeSummary): RecomputeSummary {
  return {
    persons: total.persons + done.persons,
    changedPersons: total.changedPersons + done.changedPersons,
    entries: total.entries + done.entries,
  };
}

/** Keeps only the paths no other path in the set contains: a subtree recomputed once covers its orgs below. */
export function outermostPaths(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort();
  const kept: string[] = [];
  for (const path of sorted) if (!kept.some((outer) => path.startsWith(outer))) kept.push(path);
  return kept;
}

/**
 * The subtrees touched since `auditId`: each audited org's path. `null` means some change names no org
 * (an install-wide job), so every tree is recomputed.
 */
async function touchedPaths(db: Db, auditId: number): Promise<string[] | null> {
  const { rows } = await db.execute<{ path: string | null; unscoped: boolean }>(
    sql`SELECT DISTINCT o.path, a.org_id IS NULL AS unscoped
        FROM audit_log a LEFT JOIN orgs o ON o.id = a.org_id
        WHERE a.id > ${auditId} AND NOT ${IRRELEVANT_ACTIONS}`,
  );
  if (rows.some((r) => r.unscoped)) return null;
  return outermostPaths(rows.flatMap((r) => (r.path ? [r.path] : [])));
}

async function rootPaths(db: Db): Promise<string[]> {
  const roots = await db
    .select({ path: orgs.path })
    .from(orgs)
    .where(sql`${isNull(orgs.parentId)} AND ${isNull(orgs.dissolvedAt)}`);
  return roots.map((r) => r.path);
}

/**
 * The hourly run of this year's points, in short transactions. The first run of a day covers every tree (the
 * year may have turned, a member may have moved between trees); the other hours only the subtrees whose orgs
 * had something recorded since the previous run, and none when nothing was. Only members whose entries
 * changed are rewritten.
 */
export async function runPointsHourly(db: Db, today = chinaToday()): Promise<RecomputeSummary | null> {
  const year = Number(today.slice(0, 4));
  const [latest] = (await db.execute<{ id: string | null }>(sql`SELECT max(id)::text AS id FROM audit_log`))
    .rows;
  const auditId = Number(latest?.id ?? 0);
  const lastRun = lastRuns.get(db);
  const sameDay = lastRun?.day === today;
  if (lastRun && sameDay && lastRun.auditId === auditId) return null;
  const paths =
    (lastRun && sameDay ? await touchedPaths(db, lastRun.auditId) : null) ?? (await rootPaths(db));
  let total = EMPTY;
  for (const path of paths) total = add(total, await recomputePointsStepwise(db, path, year));
  lastRuns.set(db, { auditId, day: today });
  return total;
}
