import { chinaToday } from '@jiceng/core';
import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { recomputePointsStepwise, type RecomputeSummary } from './recompute';

/**
 * Every change Jiceng makes is audited, so the newest audit entry tells whether anything that earns points
 * can have changed since the last run; an hour with nothing new costs one index lookup.
 */
let lastRun: { auditId: number; year: number } | null = null;

/**
 * The hourly run: this year's points for every tree, in short transactions, only when something was
 * recorded since the last run (or the year turned). Only members whose entries changed are rewritten.
 */
export async function runPointsHourly(db: Db, today = chinaToday()): Promise<RecomputeSummary | null> {
  const year = Number(today.slice(0, 4));
  const [latest] = (await db.execute<{ id: string | null }>(sql`SELECT max(id)::text AS id FROM audit_log`))
    .rows;
  const auditId = Number(latest?.id ?? 0);
  if (lastRun && lastRun.auditId === auditId && lastRun.year === year) return null;
  const roots = await db
    .select({ path: orgs.path })
    .from(orgs)
    .where(sql`${isNull(orgs.parentId)} AND ${isNull(orgs.dissolvedAt)}`);
  const total: RecomputeSummary = { persons: 0, changedPersons: 0, entries: 0 };
  for (const root of roots) {
    const done = await recomputePointsStepwise(db, root.path, year);
    total.persons += done.persons;
    total.changedPersons += done.changedPersons;
    total.entries += done.entries;
  }
  lastRun = { auditId, year };
  return total;
}
