import { and, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { inScope, type Scope } from '../../../auth/access';
import { orgs } from '../schema';

export interface ExistingOrg {
  id: number;
  code: string | null;
  name: string;
  kind: string;
  path: string;
  depth: number;
  tenantOrgId: number;
}

const columns = {
  id: orgs.id,
  code: orgs.code,
  name: orgs.name,
  kind: orgs.kind,
  path: orgs.path,
  depth: orgs.depth,
  tenantOrgId: orgs.tenantOrgId,
  parentId: orgs.parentId,
};

/** Active orgs in the reach with one of these codes, by code (codes repeat across the tree). */
export async function existingByCode(
  db: Db,
  codes: readonly string[],
  scope: Scope,
): Promise<Map<string, ExistingOrg[]>> {
  const byCode = new Map<string, ExistingOrg[]>();
  if (codes.length === 0) return byCode;
  const rows = await db
    .select(columns)
    .from(orgs)
    .where(and(inArray(orgs.code, [...codes]), isNull(orgs.dissolvedAt), inScope(orgs.path, scope)));
  for (const row of rows) byCode.set(row.code!, [...(byCode.get(row.code!) ?? []), row]);
  return byCode;
}

/**
 * Active children of these parents (null: top-level orgs) holding one of these codes, keyed
 * `parentId|code`: the sibling codes a new org may not take (orgs_sibling_code_uq).
 */
export async function takenSiblingCodes(
  db: Db,
  parentIds: readonly (number | null)[],
  codes: readonly string[],
): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  if (codes.length === 0 || parentIds.length === 0) return taken;
  const ids = parentIds.filter((id): id is number => id !== null);
  const parentCondition =
    ids.length && parentIds.includes(null)
      ? or(inArray(orgs.parentId, ids), isNull(orgs.parentId))
      : ids.length
        ? inArray(orgs.parentId, ids)
        : isNull(orgs.parentId);
  const rows = await db
    .select(columns)
    .from(orgs)
    .where(and(parentCondition, inArray(orgs.code, [...codes]), isNull(orgs.dissolvedAt)));
  for (const row of rows) taken.set(siblingKey(row.parentId, row.code!), row.name);
  return taken;
}

export function siblingKey(parentId: number | null, code: string): string {
  return `${parentId ?? 0}|${code}`;
}
