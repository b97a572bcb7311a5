import {
  isBranchKind,
  monthLabel,
  pointsToTenths,
  tenthsText,
  type AssessmentScoreInput,
  type AssessmentScoreParams,
  type AssessmentScoreView,
  type OrgKind,
} from '@jiceng/core';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import type { Db } from '../../db/connection';
import { recordAudit } from '../../audit/service';
import { badRequest } from '../../http/errors';
import { cellOf, scoresOf } from './board-data';
import { itemSetFor } from './item-sets';
import { frozen, publicationsFor } from './publications';
import { requireStartedMonth } from './reach';
import { orgs } from '../orgs/schema';
import { assessmentScores } from './schema';

/**
 * A committee's hand score of one item for a branch and month, with its evidence: within 0 and the item's
 * maximum, refused once the month is published for the branch. It replaces a computed score, and a later
 * computation leaves it alone.
 */
export async function setHandScore(
  db: Db,
  ctx: RequestContext,
  params: AssessmentScoreParams,
  input: AssessmentScoreInput,
): Promise<AssessmentScoreView> {
  const actor = requirePermission(ctx, 'assessment.manage');
  requireStartedMonth(params.month);
  return db.transaction(async (tx) => {
    const branch = await requireOrg(tx, actor, 'assessment.manage', params.branchId);
    if (!isBranchKind(branch.kind as OrgKind)) throw badRequest('只能为党支部评分', 'branchId');
    const publication = (await publicationsFor(tx, [branch.path], params.month)).get(branch.path);
    if (publication) throw frozen(publication, params.month);
    const item = (await itemSetFor(tx, branch.path)).items.find((i) => i.key === params.itemKey);
    if (!item) throw badRequest(`“${params.itemKey}”不是该支部适用的考核项目`, 'itemKey');
    const tenths = pointsToTenths(input.score);
    if (tenths === null) throw badRequest('得分最多保留一位小数', 'score');
    if (tenths > item.maxScore * 10) {
      throw badRequest(`得分不能超过“${item.name}”的满分 ${item.maxScore} 分`, 'score');
    }
    const [before] = await tx
      .select()
      .from(assessmentScores)
      .where(
        and(
          eq(assessmentScores.branchId, branch.id),
          eq(assessmentScores.month, params.month),
          eq(assessmentScores.itemKey, item.key),
        ),
      );
    const [org] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, branch.id));
    await tx
      .insert(assessmentScores)
      .values({
        tenantOrgId: org!.tenantOrgId,
        branchId: branch.id,
        month: params.month,
        itemKey: item.key,
        scoreTenths: tenths,
        maxScore: item.maxScore,
        scoredHow: 'manual',
        evidence: input.evidence,
        scoredBy: ctx.actor?.userId ?? null,
      })
      .onConflictDoUpdate({
        target: [assessmentScores.branchId, assessmentScores.month, assessmentScores.itemKey],
        set: {
          scoreTenths: tenths,
          maxScore: item.maxScore,
          scoredHow: 'manual',
          evidence: input.evidence,
          scoredBy: ctx.actor?.userId ?? null,
          scoredAt: new Date(),
        },
      });
    await recordAudit(tx, ctx, {
      action: 'assessment.scored',
      entityType: 'org',
      entityId: branch.id,
      orgId: branch.id,
      summary: {
        month: monthLabel(params.month),
        item: item.name,
        before: before ? tenthsText(before.scoreTenths) : null,
        after: tenthsText(tenths),
        evidence: input.evidence,
      },
    });
    const [stored] = await scoresOf(tx, [branch.id], params.month).then((rows) =>
      rows.filter((r) => r.item_key === item.key),
    );
    return { branchId: branch.id, month: params.month, cell: cellOf(item, stored) };
  });
}
