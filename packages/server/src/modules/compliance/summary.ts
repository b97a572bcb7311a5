import {
  chinaToday,
  MEETING_KINDS,
  meetingKindLabel,
  periodLabel,
  summarizeCompliance,
  type ComplianceCell,
  type ComplianceOrgRef,
  type ComplianceSummary,
  type ComplianceSummaryQuery,
  type IsoDate,
  type OrgKind,
  type OverdueBranch,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { evaluateBranches, yearStart, type EvaluatedBranch } from './evaluate';
import { loadActiveRules, loadBranches } from './load';
import { branchesWhere, complianceRootOrg, meetingReadScope, ruleRoots, type RootOrg } from './reach';

/** The row a branch is counted in: the root's child on its path, or the root itself for its own branches. */
function rowOf(root: RootOrg, branch: EvaluatedBranch['branch']): number {
  if (branch.id === root.id || branch.parentId === root.id) return root.id;
  return Number(branch.path.slice(root.path.length).split('/')[0]);
}

/** The columns: every base kind, then the custom kinds some branch must hold, by label. */
function kindsOf(evaluated: readonly EvaluatedBranch[]): { kind: string; label: string }[] {
  const custom = new Map<string, string>();
  for (const { compliance } of evaluated) {
    for (const item of compliance) {
      const kind = item.requirement.kind;
      if (!(MEETING_KINDS as readonly string[]).includes(kind))
        custom.set(kind, item.requirement.label ?? kind);
    }
  }
  return [
    ...MEETING_KINDS.map((kind) => ({ kind, label: meetingKindLabel(kind) })),
    ...[...custom]
      .map(([kind, label]) => ({ kind, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh')),
  ];
}

/** Per branch and kind, the periods of this year up to `on` that ended unmet (any group's, for group meetings). */
function overdueOf(evaluated: readonly EvaluatedBranch[], root: RootOrg): OverdueBranch[] {
  const result: OverdueBranch[] = [];
  for (const { branch, compliance } of evaluated) {
    const byKind = new Map<string, OverdueBranch>();
    for (const item of compliance) {
      const missed = item.periods.filter((p) => p.status === 'overdue');
      if (missed.length === 0) continue;
      const kind = item.requirement.kind;
      const entry = byKind.get(kind) ?? {
        orgId: branch.id,
        orgName: branch.name,
        rowOrgId: rowOf(root, branch),
        kind,
        label: item.requirement.label ?? meetingKindLabel(kind),
        periods: [],
        groups: [],
      };
      for (const p of missed) {
        if (!entry.periods.some((q) => q.key === p.key))
          entry.periods.push({ key: p.key, label: periodLabel(p) });
      }
      const group = branch.groups.find((g) => g.id === item.groupId);
      if (group) entry.groups.push(group.name);
      byKind.set(kind, entry);
    }
    for (const entry of byKind.values()) {
      entry.periods.sort((a, b) => (a.key < b.key ? -1 : 1));
      result.push(entry);
    }
  }
  return result;
}

function cellsOf(
  evaluated: readonly EvaluatedBranch[],
  kinds: readonly { kind: string; label: string }[],
  overdue: readonly OverdueBranch[],
  on: IsoDate,
): ComplianceCell[] {
  const summaries = summarizeCompliance(
    evaluated.map((e) => ({ orgId: e.branch.id, compliance: e.compliance })),
    on,
  );
  const ids = new Set(evaluated.map((e) => e.branch.id));
  return kinds.map(({ kind, label }) => {
    const summary = summaries.find((s) => s.kind === kind) ?? {
      kind,
      label,
      branches: 0,
      met: 0,
      share: null,
      dueOrgIds: [],
      overdueOrgIds: [],
    };
    const overdueInYearOrgIds = overdue
      .filter((o) => o.kind === kind && ids.has(o.orgId))
      .map((o) => o.orgId);
    return { ...summary, label, overdueInYearOrgIds };
  });
}

async function orgRefs(tx: Tx, ids: readonly number[]): Promise<Map<number, ComplianceOrgRef>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.execute<{ id: number; name: string; kind: OrgKind }>(sql`
    SELECT id, name, kind FROM orgs WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(rows.rows.map((r) => [Number(r.id), { id: Number(r.id), name: r.name, kind: r.kind }]));
}

/**
 * A committee's view (issue 7, point 3): per child org (and the org itself for the branches directly under
 * it) and kind, the share of branches that met the period containing `on`, and the branches that left an
 * earlier period of the year unmet; the same over the whole subtree within reach.
 */
export async function getComplianceSummary(
  db: Db,
  ctx: RequestContext,
  query: ComplianceSummaryQuery,
): Promise<ComplianceSummary> {
  const actor = requirePermission(ctx, 'meeting.read');
  const scope = meetingReadScope(actor);
  const on = query.on ?? chinaToday();
  const since = yearStart(on);
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, query.orgId);
    const branches = await loadBranches(tx, branchesWhere(scope, root), since, on);
    const rules = branches.length ? await loadActiveRules(tx, ruleRoots(scope, root)) : [];
    const evaluated = evaluateBranches(branches, rules, since, on);
    const kinds = kindsOf(evaluated);
    const overdue = overdueOf(evaluated, root);
    const byRow = new Map<number, EvaluatedBranch[]>();
    for (const e of evaluated) {
      const row = rowOf(root, e.branch);
      byRow.set(row, [...(byRow.get(row) ?? []), e]);
    }
    const refs = await orgRefs(
      tx,
      [...byRow.keys()].filter((id) => id !== root.id),
    );
    const rootRef = { id: root.id, name: root.name, kind: root.kind };
    const rows = [...byRow]
      .map(([id, list]) => ({
        org: id === root.id ? rootRef : refs.get(id)!,
        self: id === root.id,
        branches: list.length,
        cells: cellsOf(list, kinds, overdue, on),
      }))
      // Child orgs by name; the root's own branches last, as a "直属" row.
      .sort((a, b) => Number(a.self) - Number(b.self) || a.org.name.localeCompare(b.org.name, 'zh'));
    return {
      on,
      org: rootRef,
      kinds,
      rows,
      totals: { branches: evaluated.length, cells: cellsOf(evaluated, kinds, overdue, on) },
      overdue,
    };
  });
}
