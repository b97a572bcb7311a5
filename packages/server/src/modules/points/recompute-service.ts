import type { PointsRecomputeInput, PointsRecomputeResult } from '@jiceng/core';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { recomputePoints } from './recompute';

/** A committee or branch recomputes a year's points for everything under it (after a rule change, say). */
export async function recomputeForOrg(
  db: Db,
  ctx: RequestContext,
  input: PointsRecomputeInput,
): Promise<PointsRecomputeResult> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.manage', input.orgId);
    const summary = await recomputePoints(tx, org.path, input.year);
    await recordAudit(tx, ctx, {
      action: 'points.recomputed',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: { year: input.year, ...summary },
    });
    return { orgId: org.id, year: input.year, ...summary };
  });
}
