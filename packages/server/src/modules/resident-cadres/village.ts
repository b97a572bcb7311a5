import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { requireOrg, type ScopedOrg } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { badRequest, notFound } from '../../http/errors';

export interface VillageOrg extends ScopedOrg {
  tenantOrgId: number;
}

/**
 * The village-level org a cadre is assigned to, reached with cadre.manage: a rural org (unit kind
 * 农村) that is not a group and not a branch inside a village general branch (the village is the 总支).
 */
export async function requireVillage(tx: Tx, actor: Actor, orgId: number): Promise<VillageOrg> {
  const org = await requireOrg(tx, actor, 'cadre.manage', orgId);
  const { rows } = await tx.execute<{
    unit_kind: string | null;
    tenant_org_id: number;
    parent_unit: string | null;
  }>(
    sql`SELECT o.unit_kind, o.tenant_org_id, p.unit_kind AS parent_unit
          FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id WHERE o.id = ${org.id}`,
  );
  const row = rows[0]!;
  if (row.unit_kind !== 'village' || org.kind === 'group' || row.parent_unit === 'village') {
    throw badRequest('派驻村（villageOrgId）应为村级党组织（村党委、村党总支或村党支部）', 'villageOrgId');
  }
  return { ...org, tenantOrgId: Number(row.tenant_org_id) };
}

/** The dispatching org: any live org of the same tenant (a county department, the county or a township). */
export async function requireDispatcher(
  tx: Tx,
  tenantOrgId: number,
  orgId: number,
): Promise<{ id: number; name: string }> {
  const { rows } = await tx.execute<{ id: number; name: string }>(
    sql`SELECT id, name FROM orgs WHERE id = ${orgId} AND tenant_org_id = ${tenantOrgId} AND dissolved_at IS NULL`,
  );
  if (!rows[0]) throw notFound('选派单位');
  return { id: Number(rows[0].id), name: rows[0].name };
}

/**
 * SQL: the id of the township an org sits in — its nearest committee or working committee above it,
 * read off the materialized path (the ancestors' ids), so it is one primary-key lookup per ancestor.
 */
export function townshipIdOf(orgId: SQLWrapper, path: SQLWrapper): SQL<number | null> {
  return sql<number | null>`(SELECT a.id FROM orgs a
      WHERE a.id = ANY(string_to_array(trim(both '/' from ${path}), '/')::int[]) AND a.id <> ${orgId}
        AND a.kind IN ('committee', 'working_committee')
      ORDER BY a.depth DESC LIMIT 1)`;
}
