import type { OrgKind, PathOrg } from '@jiceng/core';
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';

export interface ChainOrg extends PathOrg {
  path: string;
  tenantOrgId: number;
  dissolved: boolean;
}

/** The org and its ancestors, root first: what transferPath of core walks. */
export async function orgChain(tx: Tx, orgId: number): Promise<ChainOrg[]> {
  const [org] = await tx.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, orgId));
  if (!org) return [];
  const ids = org.path.split('/').filter(Boolean).map(Number);
  const rows = await tx
    .select({
      id: orgs.id,
      name: orgs.name,
      kind: orgs.kind,
      mayApproveAdmissions: orgs.mayApproveAdmissions,
      path: orgs.path,
      tenantOrgId: orgs.tenantOrgId,
      dissolvedAt: orgs.dissolvedAt,
    })
    .from(orgs)
    .where(inArray(orgs.id, ids));
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind as OrgKind,
      mayApproveAdmissions: row.mayApproveAdmissions,
      path: row.path,
      tenantOrgId: row.tenantOrgId,
      dissolved: row.dissolvedAt !== null,
    };
  });
}

/** How a branch is named on a letter: its committee and itself, e.g. 示范镇党委南村党支部. */
export function letterName(chain: readonly ChainOrg[]): string {
  return chain
    .slice(-2)
    .map((o) => o.name)
    .join('');
}
