import {
  averageTenths,
  pathInScope,
  rankRows,
  type AssessmentBoard,
  type AssessmentBoardQuery,
  type AssessmentYear,
  type AssessmentYearQuery,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { complianceRootOrg } from '../compliance/reach';
import { buildBoard } from './board-data';
import { DEFAULT_SET, itemSetsFor, pathIds } from './item-sets';
import { branchesUnder } from './reach';

/** A committee's monthly board (any org at or above the reader's reach; only rows within it come back). */
export async function getBoard(
  db: Db,
  ctx: RequestContext,
  query: AssessmentBoardQuery,
): Promise<AssessmentBoard> {
  const actor = requirePermission(ctx, 'assessment.read');
  const scope = scopeOf(actor, 'assessment.read');
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, query.orgId);
    return buildBoard(tx, root, scope, query.month);
  });
}

/** The year of a committee's branches: each month's total, the average of the scored months, and the rank. */
export async function getYear(
  db: Db,
  ctx: RequestContext,
  query: AssessmentYearQuery,
): Promise<AssessmentYear> {
  const actor = requirePermission(ctx, 'assessment.read');
  const scope = scopeOf(actor, 'assessment.read');
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, query.orgId);
    const branches = await branchesUnder(tx, root);
    const sets = await itemSetsFor(
      tx,
      branches.map((b) => b.path),
    );
    const from = `${query.year}-01`;
    const to = `${query.year}-12`;
    const totals = branches.length
      ? await tx.execute<{ branch_id: number; month: string; total: number }>(sql`
          SELECT branch_id, month, sum(score_tenths)::int AS total FROM assessment_scores
           WHERE month BETWEEN ${from} AND ${to} AND branch_id IN (${sql.join(
             branches.map((b) => sql`${b.id}`),
             sql`, `,
           )})
           GROUP BY branch_id, month`)
      : { rows: [] };
    const published = await tx.execute<{ month: string }>(sql`
      SELECT DISTINCT month FROM assessment_published
       WHERE month BETWEEN ${from} AND ${to} AND org_id IN (${sql.join(
         pathIds(root.path).map((id) => sql`${id}`),
         sql`, `,
       )})`);
    const publishedMonths = new Set(published.rows.map((r) => r.month));
    const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;
    const rows = branches.map((branch) => {
      const months: (number | null)[] = Array.from({ length: 12 }, () => null);
      for (const t of totals.rows) {
        if (Number(t.branch_id) === branch.id) months[monthIndex(t.month)] = Number(t.total);
      }
      const average = averageTenths(months);
      return {
        branch: { id: branch.id, name: branch.name, kind: branch.kind },
        parentName: branch.parentName,
        months,
        maxTotal: (sets.get(branch.path) ?? DEFAULT_SET).items.reduce((a, i) => a + i.maxScore, 0),
        averageTenths: average,
        scoredMonths: months.filter((m) => m !== null).length,
      };
    });
    const ranks = rankRows(rows.map((r) => ({ totalTenths: r.averageTenths, maxTotal: r.maxTotal })));
    const visible = rows
      .map((r, i) => ({ ...r, rank: ranks[i] ?? null }))
      .filter((_, i) => pathInScope(scope, branches[i]!.path))
      .sort(
        (a, b) =>
          (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
          a.branch.name.localeCompare(b.branch.name, 'zh-CN'),
      );
    return {
      org: { id: root.id, name: root.name, kind: root.kind },
      year: query.year,
      published: Array.from({ length: 12 }, (_, i) =>
        publishedMonths.has(`${query.year}-${String(i + 1).padStart(2, '0')}`),
      ),
      rankedAmong: ranks.filter((r) => r !== null).length,
      rows: visible,
    };
  });
}
