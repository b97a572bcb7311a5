import {
  DEFAULT_ASSESSMENT_ITEMS,
  isComputedMetric,
  type AssessmentItem,
  type AssessmentItemView,
  type AssessmentMetric,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';

/** The item set in force at an org: set by the nearest org up the tree with items, or the defaults. */
export interface ItemSet {
  setBy: { id: number; name: string; path: string } | null;
  updatedBy: string | null;
  updatedAt: string | null;
  items: AssessmentItemView[];
}

export const asView = (item: AssessmentItem): AssessmentItemView => ({
  ...item,
  computed: isComputedMetric(item.metric),
});

export const DEFAULT_SET: ItemSet = {
  setBy: null,
  updatedBy: null,
  updatedAt: null,
  items: DEFAULT_ASSESSMENT_ITEMS.map(asView),
};

/** The ids on a materialized path `/1/12/305/`, top first. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

/**
 * The item set in force at each of the given paths, in one query: every set of an org on any of the paths,
 * and for each path the deepest of them.
 */
export async function itemSetsFor(tx: Tx, paths: readonly string[]): Promise<Map<string, ItemSet>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  const result = new Map<string, ItemSet>();
  if (ids.length === 0) return result;
  const rows = await tx.execute<{
    org_id: number;
    org_name: string;
    org_path: string;
    key: string;
    name: string;
    max_score: number;
    metric: AssessmentMetric;
    description: string | null;
    updated_by: string | null;
    updated_at: string;
  }>(sql`
    SELECT i.org_id, o.name AS org_name, o.path AS org_path, i.key, i.name, i.max_score, i.metric,
           i.description, u.display_name AS updated_by, i.updated_at::text AS updated_at
      FROM assessment_items i JOIN orgs o ON o.id = i.org_id LEFT JOIN users u ON u.id = i.updated_by
     WHERE o.dissolved_at IS NULL AND i.org_id IN (${sql.join(
       ids.map((id) => sql`${id}`),
       sql`, `,
     )})
     ORDER BY i.org_id, i.sort_order, i.id`);
  const sets = new Map<string, ItemSet>();
  for (const r of rows.rows) {
    let set = sets.get(r.org_path);
    if (!set) {
      set = {
        setBy: { id: Number(r.org_id), name: r.org_name, path: r.org_path },
        updatedBy: r.updated_by,
        updatedAt: r.updated_at,
        items: [],
      };
      sets.set(r.org_path, set);
    }
    if (r.updated_at > (set.updatedAt ?? '')) set.updatedAt = r.updated_at;
    set.items.push(
      asView({
        key: r.key,
        name: r.name,
        maxScore: Number(r.max_score),
        metric: r.metric,
        description: r.description,
      }),
    );
  }
  for (const path of paths) {
    let best: ItemSet | undefined;
    for (const [setPath, set] of sets) {
      if (path.startsWith(setPath) && (!best || setPath.length > best.setBy!.path.length)) best = set;
    }
    result.set(path, best ?? DEFAULT_SET);
  }
  return result;
}

export async function itemSetFor(tx: Tx, path: string): Promise<ItemSet> {
  return (await itemSetsFor(tx, [path])).get(path) ?? DEFAULT_SET;
}
