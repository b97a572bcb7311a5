import {
  chinaToday,
  monthLabel,
  type AssessmentBoard,
  type AssessmentMonthInput,
  type IsoDate,
  type OrgKind,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db, Tx } from '../../db/connection';
import { recordAudit } from '../../audit/service';
import { badRequest } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { buildBoard } from './board-data';
import { frozen, publicationsFor } from './publications';
import { requireStartedMonth } from './reach';
import { assessmentPublished } from './schema';

/** Publishes a committee's month: from now on no score of a branch below it changes for that month. */
export async function publishMonth(
  db: Db,
  ctx: RequestContext,
  input: AssessmentMonthInput,
  today: IsoDate = chinaToday(),
): Promise<AssessmentBoard> {
  const actor = requirePermission(ctx, 'assessment.manage');
  requireStartedMonth(input.month, today);
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'assessment.manage', input.orgId);
    await publishUnder(tx, ctx, { id: org.id, path: org.path, kind: org.kind as OrgKind }, input.month);
    const root = await complianceRootOrg(tx, 'all', org.id);
    return buildBoard(tx, root, scopeOf(actor, 'assessment.read'), input.month);
  });
}

/** The work of publishMonth inside its transaction (the demo calls it directly). */
export async function publishUnder(
  tx: Tx,
  ctx: RequestContext,
  org: { id: number; path: string; kind: OrgKind },
  month: string,
): Promise<void> {
  if (org.kind === 'branch' || org.kind === 'joint_branch' || org.kind === 'group') {
    throw badRequest('考核结果由党委、党总支发布', 'orgId');
  }
  const existing = (await publicationsFor(tx, [org.path], month)).get(org.path);
  if (existing) throw frozen(existing, month);
  const scored = await tx.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM assessment_scores s JOIN orgs o ON o.id = s.branch_id
     WHERE s.month = ${month} AND o.path LIKE ${org.path + '%'}`);
  if (Number(scored.rows[0]?.n ?? 0) === 0) {
    throw badRequest(`${monthLabel(month)}还没有任何评分，请先自动评分`, 'month');
  }
  await tx
    .insert(assessmentPublished)
    .values({ orgId: org.id, month, publishedBy: ctx.actor?.userId ?? null });
  await recordAudit(tx, ctx, {
    action: 'assessment.published',
    entityType: 'org',
    entityId: org.id,
    orgId: org.id,
    summary: { month: monthLabel(month) },
  });
}
