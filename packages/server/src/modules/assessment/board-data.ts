import {
  pathInScope,
  rankRows,
  type AssessmentBoard,
  type AssessmentCell,
  type AssessmentItemView,
  type AssessmentRow,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../auth/access';
import type { Tx } from '../../db/connection';
import type { RootOrg } from '../compliance/reach';
import { DEFAULT_SET, itemSetsFor, type ItemSet } from './item-sets';
import { publicationsFor, type StoredPublication } from './publications';
import { branchesUnder, type BranchRow } from './reach';

type StoredScore = {
  branch_id: number;
  item_key: string;
  score_tenths: number;
  max_score: number;
  scored_how: 'auto' | 'manual';
  basis: string | null;
  evidence: string | null;
  scored_by: string | null;
  scored_at: string;
};

export async function scoresOf(tx: Tx, branchIds: readonly number[], month: string) {
  if (branchIds.length === 0) return [];
  const rows = await tx.execute<StoredScore>(sql`
    SELECT s.branch_id, s.item_key, s.score_tenths, s.max_score, s.scored_how, s.basis, s.evidence,
           u.display_name AS scored_by, s.scored_at::text AS scored_at
      FROM assessment_scores s LEFT JOIN users u ON u.id = s.scored_by
     WHERE s.month = ${month} AND s.branch_id IN (${sql.join(
       branchIds.map((id) => sql`${id}`),
       sql`, `,
     )})`);
  return rows.rows;
}

export function cellOf(item: AssessmentItemView, score: StoredScore | undefined): AssessmentCell {
  return {
    itemKey: item.key,
    applicable: true,
    maxScore: score ? Number(score.max_score) : item.maxScore,
    scoreTenths: score ? Number(score.score_tenths) : null,
    scoredHow: score?.scored_how ?? null,
    basis: score?.basis ?? null,
    evidence: score?.evidence ?? null,
    scoredBy: score?.scored_by ?? null,
    scoredAt: score ? new Date(score.scored_at).toISOString() : null,
  };
}

/** The board's columns: the root's items, then any other item a set below it uses. */
function columnsOf(rootSet: ItemSet, branchSets: Iterable<ItemSet>): AssessmentItemView[] {
  const columns = [...rootSet.items];
  const seen = new Set(columns.map((c) => c.key));
  for (const set of branchSets) {
    for (const item of set.items) {
      if (!seen.has(item.key)) columns.push(item);
      seen.add(item.key);
    }
  }
  return columns;
}

const publicView = (p: StoredPublication | undefined) =>
  p ? { org: p.org, publishedAt: p.publishedAt, publishedBy: p.publishedBy } : null;

function rowOf(
  branch: BranchRow,
  set: ItemSet,
  columns: readonly AssessmentItemView[],
  scores: Map<string, StoredScore>,
  publication: StoredPublication | undefined,
): Omit<AssessmentRow, 'rank'> {
  const own = new Map(set.items.map((i) => [i.key, i]));
  const cells = columns.map((column) => {
    const item = own.get(column.key);
    if (!item) return { ...cellOf(column, undefined), applicable: false };
    return cellOf(item, scores.get(column.key));
  });
  const scored = set.items.flatMap((i) => {
    const s = scores.get(i.key);
    return s ? [Number(s.score_tenths)] : [];
  });
  return {
    branch: { id: branch.id, name: branch.name, kind: branch.kind },
    parentName: branch.parentName,
    cells,
    totalTenths: scored.length ? scored.reduce((a, b) => a + b, 0) : null,
    maxTotal: set.items.reduce((a, i) => a + i.maxScore, 0),
    missing: set.items.filter((i) => !scores.has(i.key)).map((i) => i.key),
    publication: publicView(publication),
  };
}

/**
 * The month's board under `root`: every branch's cells, total and rank among all the root's branches; only
 * the rows within `scope` come back (a branch secretary sees their own branch and its rank).
 */
export async function buildBoard(
  tx: Tx,
  root: RootOrg,
  scope: Scope,
  month: string,
): Promise<AssessmentBoard> {
  const branches = await branchesUnder(tx, root);
  const paths = [root.path, ...branches.map((b) => b.path)];
  const sets = await itemSetsFor(tx, paths);
  const publications = await publicationsFor(tx, paths, month);
  const rootSet = sets.get(root.path) ?? DEFAULT_SET;
  const columns = columnsOf(
    rootSet,
    branches.map((b) => sets.get(b.path) ?? DEFAULT_SET),
  );
  const byBranch = new Map<number, Map<string, StoredScore>>();
  for (const s of await scoresOf(
    tx,
    branches.map((b) => b.id),
    month,
  )) {
    const id = Number(s.branch_id);
    const map = byBranch.get(id) ?? new Map<string, StoredScore>();
    map.set(s.item_key, s);
    byBranch.set(id, map);
  }
  const rows = branches.map((b) =>
    rowOf(
      b,
      sets.get(b.path) ?? DEFAULT_SET,
      columns,
      byBranch.get(b.id) ?? new Map(),
      publications.get(b.path),
    ),
  );
  const ranks = rankRows(rows);
  const ranked: AssessmentRow[] = rows.map((row, i) => ({ ...row, rank: ranks[i] ?? null }));
  const visible = ranked.filter((_, i) => pathInScope(scope, branches[i]!.path));
  visible.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.branch.name.localeCompare(b.branch.name, 'zh-CN'),
  );
  return {
    org: { id: root.id, name: root.name, kind: root.kind },
    month,
    items: columns,
    itemsSetBy: rootSet.setBy ? { id: rootSet.setBy.id, name: rootSet.setBy.name } : null,
    publication: publicView(publications.get(root.path)),
    rankedAmong: ranks.filter((r) => r !== null).length,
    rows: visible,
  };
}
