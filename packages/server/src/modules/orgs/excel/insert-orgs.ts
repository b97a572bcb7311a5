import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connection';
import type { Progress } from '../../imports/handler';
import { orgs } from '../schema';
import type { PreparedOrg } from './check-file';

const BATCH = 1000;

interface Placed {
  id: number;
  path: string;
  depth: number;
  tenantOrgId: number;
}

/**
 * Creates the orgs as createOrg does, in bulk: ids drawn from the sequence first so that each path
 * `/<ancestor ids>/<id>/`, depth and tenant (the root's id) are known before the rows are written,
 * parents before children. Returns the paths of the new orgs.
 */
export async function insertOrgs(
  tx: Tx,
  rows: readonly PreparedOrg[],
  progress: Progress,
): Promise<string[]> {
  const drawn = await tx.execute<{ id: number }>(
    sql`SELECT nextval(pg_get_serial_sequence('orgs', 'id'))::int AS id FROM generate_series(1, ${rows.length})`,
  );
  const ids = drawn.rows.map((r) => Number(r.id));
  const placed = new Map<number, Placed>();
  const records = rows.map((row, i) => {
    const id = ids[i]!;
    const parent: Placed | null =
      'top' in row.parent
        ? null
        : 'existing' in row.parent
          ? row.parent.existing
          : placed.get(row.parent.row)!;
    const place: Placed = {
      id,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: (parent?.depth ?? -1) + 1,
      tenantOrgId: parent?.tenantOrgId ?? id,
    };
    placed.set(row.row, place);
    return {
      ...place,
      parentId: parent?.id ?? null,
      kind: row.value.kind,
      name: row.value.name,
      code: row.value.code,
      unitKind: row.value.unitKind,
      mayApproveAdmissions: false,
      termStartedOn: row.value.termStartedOn,
      termYears: row.value.termYears,
    };
  });
  for (let start = 0; start < records.length; start += BATCH) {
    await tx.insert(orgs).values(records.slice(start, start + BATCH));
    progress(Math.min(start + BATCH, records.length));
  }
  return records.map((r) => r.path);
}
