import type { OrgKind } from '@jiceng/core';
import { monthsBetween, pathInScope } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf, type Scope } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { complianceRootOrg, type RootOrg } from '../compliance/reach';
import type { DuesFigures, DuesSummary, DuesSummaryQuery } from '@jiceng/core';

interface Cell extends DuesFigures {
  month: string;
  /** The id of the root's child on the row's path, or '' for the root's own members. */
  child: string;
}

const ZERO: DuesFigures = { dueFen: 0, collectedFen: 0, voluntaryFen: 0, members: 0, paidMembers: 0 };

function add(a: DuesFigures, b: DuesFigures): DuesFigures {
  return {
    dueFen: a.dueFen + b.dueFen,
    collectedFen: a.collectedFen + b.collectedFen,
    voluntaryFen: a.voluntaryFen + b.voluntaryFen,
    members: a.members + b.members,
    paidMembers: a.paidMembers + b.paidMembers,
  };
}

/**
 * Reads the per-org monthly totals the triggers keep (migration 0010): a few rows per branch and month,
 * found through the orgs' paths, so a province's year is tens of thousands of rows, not millions.
 * The root's child on each row's path is cut from the org's current path: a moved org reports where it is.
 */
export async function summaryCells(tx: Tx, root: { path: string }, scope: Scope, year: number) {
  const prefix = `${root.path}%`;
  const from = `${year}-01`;
  const to = `${year}-12`;
  const child = sql.raw(`split_part(substr(o.path, ${root.path.length + 1}), '/', 1)`);
  // JIT compiles for longer than this aggregate runs; it only ever adds latency here.
  await tx.execute(sql`SET LOCAL jit = off`);
  const rows = await tx.execute<Record<keyof Cell, string>>(sql`
    SELECT t.month, ${child} AS child,
      sum(t.due_fen)::text AS "dueFen", sum(t.members)::text AS members,
      sum(t.collected_fen)::text AS "collectedFen", sum(t.paid_members)::text AS "paidMembers",
      sum(t.voluntary_fen)::text AS "voluntaryFen"
    FROM dues_month_totals t JOIN orgs o ON o.id = t.org_id
    WHERE o.path LIKE ${prefix} AND t.month BETWEEN ${from} AND ${to} AND ${inScope(sql`o.path`, scope)}
    GROUP BY t.month, child`);
  return rows.rows.map((r): Cell => ({
    month: r.month,
    child: r.child,
    dueFen: Number(r.dueFen),
    collectedFen: Number(r.collectedFen),
    voluntaryFen: Number(r.voluntaryFen),
    members: Number(r.members),
    paidMembers: Number(r.paidMembers),
  }));
}

type OrgRow = {
  id: number;
  name: string;
  kind: OrgKind;
  path: string;
};

/** The root's live children within reach (or above it), and any other org the data names. */
async function childOrgs(tx: Tx, root: RootOrg, scope: Scope, dataIds: readonly number[]) {
  const ids = dataIds.length
    ? sql`OR id IN (${sql.join(
        dataIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await tx.execute<OrgRow>(sql`
    SELECT id, name, kind, path FROM orgs
    WHERE (parent_id = ${root.id} AND dissolved_at IS NULL AND kind <> 'group') ${ids}`);
  return rows.rows
    .map((r) => ({ ...r, id: Number(r.id) }))
    .filter(
      (r) =>
        dataIds.includes(r.id) ||
        pathInScope(scope, r.path) ||
        (scope !== 'all' && scope.some((p) => p.startsWith(r.path))),
    );
}

/** Due against collected for a subtree within reach: by month, by direct child for the year, in total. */
export async function getDuesSummary(
  db: Db,
  ctx: RequestContext,
  query: DuesSummaryQuery,
): Promise<DuesSummary> {
  const actor = requirePermission(ctx, 'dues.read');
  const scope = scopeOf(actor, 'dues.read');
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, query.orgId);
    const cells = await summaryCells(tx, root, scope, query.year);
    const byMonth = new Map<string, DuesFigures>();
    const byChild = new Map<string, DuesFigures>();
    for (const cell of cells) {
      byMonth.set(cell.month, add(byMonth.get(cell.month) ?? ZERO, cell));
      byChild.set(cell.child, add(byChild.get(cell.child) ?? ZERO, cell));
    }
    const dataIds = [...byChild.keys()].filter((c) => c !== '').map(Number);
    const children = await childOrgs(tx, root, scope, dataIds);
    const rootRef = { id: root.id, name: root.name, kind: root.kind };
    const rows = children
      .map((o) => ({
        org: { id: o.id, name: o.name, kind: o.kind },
        self: false,
        ...(byChild.get(String(o.id)) ?? ZERO),
      }))
      .sort((a, b) => a.org.name.localeCompare(b.org.name, 'zh'));
    // The root's own members last, as a "直属" row; a branch (no children) always has it.
    const own = byChild.get('');
    if (own || (children.length === 0 && pathInScope(scope, root.path))) {
      rows.push({ org: rootRef, self: true, ...(own ?? ZERO) });
    }
    // Every month of the year, so a month nobody was billed for shows as a row of zeros.
    const months = monthsBetween(`${query.year}-01`, `${query.year}-12`).map((month) => ({
      month,
      ...(byMonth.get(month) ?? ZERO),
    }));
    return {
      year: query.year,
      org: rootRef,
      months,
      children: rows,
      totals: months.reduce<DuesFigures>((sum, m) => add(sum, m), ZERO),
    };
  });
}
