import { chinaToday, compareMonth, monthLabel, monthOf, type IsoDate, type OrgKind } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { badRequest } from '../../http/errors';

export interface BranchRow {
  id: number;
  name: string;
  kind: OrgKind;
  path: string;
  tenantOrgId: number;
  /** The org between the root and the branch (a general branch), when the branch is not directly under it. */
  parentName: string | null;
}

/** Every live branch (L7 kinds) under the root, whoever asks: ranking is among all of a committee's branches. */
export async function branchesUnder(tx: Tx, root: { id: number; path: string }): Promise<BranchRow[]> {
  const rows = await tx.execute<{
    id: number;
    name: string;
    kind: OrgKind;
    path: string;
    tenant_org_id: number;
    parent_id: number | null;
    parent_name: string | null;
  }>(sql`
    SELECT o.id, o.name, o.kind, o.path, o.tenant_org_id, o.parent_id, p.name AS parent_name
      FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id
     WHERE o.kind IN ('branch', 'joint_branch') AND o.dissolved_at IS NULL AND o.path LIKE ${root.path + '%'}
     ORDER BY o.path`);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    kind: r.kind,
    path: r.path,
    tenantOrgId: Number(r.tenant_org_id),
    parentName:
      r.parent_id === null || Number(r.parent_id) === root.id || Number(r.id) === root.id
        ? null
        : r.parent_name,
  }));
}

/** A month that has begun: nothing is scored or published ahead of time. */
export function requireStartedMonth(month: string, today: IsoDate = chinaToday()): void {
  if (compareMonth(month, monthOf(today)) > 0) {
    throw badRequest(`考核月份${monthLabel(month)}还未开始，不能评分或发布`, 'month');
  }
}
