import type { PointsDeductionView } from '@jiceng/core';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { users } from '../users/schema';
import { pointEntries, pointsDeductions } from './schema';

const recorder = alias(users, 'recorder');
const revoker = alias(users, 'revoker');

/**
 * Deductions matching `where`, newest first, each with the points it costs as last computed (the entry the
 * recomputation wrote for it; none once revoked).
 */
export async function deductionsWhere(tx: Tx, where: SQL | undefined): Promise<PointsDeductionView[]> {
  const rows = await tx
    .select({
      d: pointsDeductions,
      orgName: orgs.name,
      recordedByName: recorder.displayName,
      revokedByName: revoker.displayName,
      points: pointEntries.points,
    })
    .from(pointsDeductions)
    .innerJoin(orgs, eq(orgs.id, pointsDeductions.orgId))
    .leftJoin(recorder, eq(recorder.id, pointsDeductions.recordedBy))
    .leftJoin(revoker, eq(revoker.id, pointsDeductions.revokedBy))
    .leftJoin(
      pointEntries,
      and(
        eq(pointEntries.personId, pointsDeductions.personId),
        eq(pointEntries.source, 'violation'),
        eq(pointEntries.refType, 'points_deduction'),
        eq(pointEntries.refId, pointsDeductions.id),
      ),
    )
    .where(where)
    .orderBy(desc(pointsDeductions.occurredOn), desc(pointsDeductions.id));
  return rows.map(({ d, orgName, recordedByName, revokedByName, points }) => ({
    id: d.id,
    personId: d.personId,
    orgId: d.orgId,
    orgName,
    occurredOn: d.occurredOn,
    description: d.description,
    basis: d.basis,
    points: points ?? null,
    recordedByName: recordedByName ?? null,
    createdAt: d.createdAt.toISOString(),
    revokedAt: d.revokedAt?.toISOString() ?? null,
    revokedByName: revokedByName ?? null,
    revokeReason: d.revokeReason,
  }));
}

export async function deductionById(tx: Tx, id: number): Promise<PointsDeductionView> {
  const [view] = await deductionsWhere(tx, eq(pointsDeductions.id, id));
  return view!;
}
