import { POINTS_CLAIM_STATUSES, type PointsClaimStatus, type PointsClaimView } from '@jiceng/core';
import { desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { users } from '../users/schema';
import { pointsClaims } from './schema';

const decider = alias(users, 'decider');

const statusOf = (value: string): PointsClaimStatus =>
  (POINTS_CLAIM_STATUSES as readonly string[]).includes(value) ? (value as PointsClaimStatus) : 'pending';

/** Claims matching `where`, newest first, with the member's and the branch's names. */
export async function claimsWhere(tx: Tx, where: SQL | undefined, limit = 500): Promise<PointsClaimView[]> {
  const rows = await tx
    .select({
      claim: pointsClaims,
      personName: persons.name,
      orgName: orgs.name,
      decidedByName: decider.displayName,
    })
    .from(pointsClaims)
    .innerJoin(persons, eq(persons.id, pointsClaims.personId))
    .innerJoin(orgs, eq(orgs.id, pointsClaims.orgId))
    .leftJoin(decider, eq(decider.id, pointsClaims.decidedBy))
    .where(where)
    .orderBy(desc(pointsClaims.createdAt), desc(pointsClaims.id))
    .limit(limit);
  return rows.map(({ claim, personName, orgName, decidedByName }) => ({
    id: claim.id,
    personId: claim.personId,
    personName,
    orgId: claim.orgId,
    orgName,
    occurredOn: claim.occurredOn,
    points: claim.points,
    description: claim.description,
    evidence: claim.evidence,
    status: statusOf(claim.status),
    grantedPoints: claim.grantedPoints,
    decisionReason: claim.decisionReason,
    decidedAt: claim.decidedAt?.toISOString() ?? null,
    decidedByName: decidedByName ?? null,
    createdAt: claim.createdAt.toISOString(),
  }));
}

export async function claimById(tx: Tx, id: number): Promise<PointsClaimView> {
  const [view] = await claimsWhere(tx, eq(pointsClaims.id, id), 1);
  return view!;
}
