import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';

export interface ElectionOrg {
  id: number;
  name: string;
  path: string;
  tenantOrgId: number;
  unitKind: string | null;
  termStartedOn: string | null;
  termYears: number;
  /** The org is a village's or sits under one: village cadre candidates go through joint review first. */
  village: boolean;
}

/** The org with what elections need to know of it, including whether any org on its path is a village's. */
export async function electionOrg(tx: Tx, orgId: number): Promise<ElectionOrg> {
  const [row] = await tx
    .select({
      id: orgs.id,
      name: orgs.name,
      path: orgs.path,
      tenantOrgId: orgs.tenantOrgId,
      unitKind: orgs.unitKind,
      termStartedOn: orgs.termStartedOn,
      termYears: orgs.termYears,
      village: sql<boolean>`EXISTS (SELECT 1 FROM orgs a WHERE "orgs"."path" LIKE a.path || '%' AND a.unit_kind = 'village')`,
    })
    .from(orgs)
    .where(eq(orgs.id, orgId));
  if (!row) throw new Error(`org ${orgId} vanished inside its transaction`);
  return row;
}
