import { termInfo, chinaToday, type ElectionHistory, type UnitKind } from '@jiceng/core';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { users } from '../users/schema';
import { electionOrg } from './org-context';
import { elections } from './schema';
import { toElection } from './view';

/** The org's term (L11–L12) and its elections, newest first, with their tallies. */
export async function electionHistory(db: Db, ctx: RequestContext, orgId: number): Promise<ElectionHistory> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'meeting.read', orgId);
    const org = await electionOrg(tx, orgId);
    const rows = await tx
      .select({ election: elections, recordedByName: users.displayName })
      .from(elections)
      .leftJoin(users, eq(users.id, elections.recordedBy))
      .where(eq(elections.orgId, orgId))
      .orderBy(desc(elections.heldOn), desc(elections.id));
    const term = termInfo(org.termStartedOn, org.termYears, chinaToday());
    return {
      orgId: org.id,
      orgName: org.name,
      unitKind: org.unitKind as UnitKind | null,
      needsJointReview: org.village,
      termStartedOn: org.termStartedOn,
      termYears: org.termYears,
      termEndsOn: term.endsOn,
      termStatus: term.status,
      elections: rows.map((r) => toElection(r.election, r.recordedByName)),
    };
  });
}
