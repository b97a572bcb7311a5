import {
  chinaToday,
  JOINT_REVIEW_DECISION_LABELS,
  JOINT_REVIEW_RULE,
  maskIdNumber,
  pathInScope,
  type JointReviewDecisionInput,
  type JointReviewQueueItem,
} from '@jiceng/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { inScope, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { DataCipher } from '../../http/crypto';
import { forbidden, notFound } from '../../http/errors';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { refuseIfAny } from '../reviews/refused';
import {
  jointReviewCandidates,
  jointReviewDecisions,
  jointReviewDepartments,
  jointReviewers,
  jointReviews,
} from './schema';

/**
 * What waits for the calling reviewer: candidates of reviews sent to a department the caller is listed
 * for, in villages under that department's county and inside the caller's reach, with no decision yet.
 */
export async function reviewerQueue(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
): Promise<JointReviewQueueItem[]> {
  const actor = requirePermission(ctx, 'joint_review.decide');
  const scope = scopeOf(actor, 'joint_review.decide');
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        reviewId: jointReviews.id,
        reviewTitle: jointReviews.title,
        orgId: orgs.id,
        orgName: orgs.name,
        sentAt: jointReviews.createdAt,
        candidateId: jointReviewCandidates.id,
        name: jointReviewCandidates.name,
        idNumberEnc: jointReviewCandidates.idNumberEnc,
        post: jointReviewCandidates.post,
        departmentId: jointReviewDepartments.id,
        department: jointReviewDepartments.key,
        departmentLabel: jointReviewDepartments.label,
      })
      .from(jointReviewers)
      .innerJoin(jointReviewDepartments, eq(jointReviewDepartments.id, jointReviewers.departmentId))
      .innerJoin(jointReviews, sql`${jointReviewDepartments.id} = ANY(${jointReviews.departmentIds})`)
      .innerJoin(orgs, eq(orgs.id, jointReviews.orgId))
      .innerJoin(jointReviewCandidates, eq(jointReviewCandidates.reviewId, jointReviews.id))
      .where(
        and(
          eq(jointReviewers.userId, actor.userId),
          eq(jointReviews.tenantOrgId, jointReviewDepartments.orgId),
          inScope(orgs.path, scope),
          sql`NOT EXISTS (SELECT 1 FROM joint_review_decisions d
                           WHERE d.candidate_id = ${jointReviewCandidates.id}
                             AND d.department_id = ${jointReviewDepartments.id})`,
        ),
      )
      .orderBy(asc(jointReviews.createdAt), asc(jointReviewCandidates.id), asc(jointReviewDepartments.id))
      .limit(500);
    return rows.map(({ idNumberEnc, sentAt, ...row }) => ({
      ...row,
      sentOn: chinaToday(sentAt),
      idNumberMasked: idNumberEnc ? maskIdNumber(cipher.decrypt(idNumberEnc)) : null,
    }));
  });
}

/**
 * One department's decision on one candidate; only a reviewer listed for that department may give it, and
 * may revise it (an objection cleared up later). An objection is sent to the village's accounts.
 */
export async function decide(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  reviewId: number,
  candidateId: number,
  input: JointReviewDecisionInput,
) {
  const actor = requirePermission(ctx, 'joint_review.decide');
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        review: jointReviews,
        orgPath: orgs.path,
        orgName: orgs.name,
        candidate: jointReviewCandidates,
      })
      .from(jointReviewCandidates)
      .innerJoin(jointReviews, eq(jointReviews.id, jointReviewCandidates.reviewId))
      .innerJoin(orgs, eq(orgs.id, jointReviews.orgId))
      .where(and(eq(jointReviewCandidates.id, candidateId), eq(jointReviews.id, reviewId)));
    if (!found || !pathInScope(scopeOf(actor, 'joint_review.decide'), found.orgPath)) {
      throw notFound('联审候选人');
    }
    const [department] = await tx
      .select()
      .from(jointReviewDepartments)
      .where(
        and(
          eq(jointReviewDepartments.orgId, found.review.tenantOrgId),
          eq(jointReviewDepartments.key, input.department),
        ),
      );
    refuseIfAny(
      department && found.review.departmentIds.includes(department.id)
        ? []
        : [{ rule: JOINT_REVIEW_RULE, field: 'department', message: '该部门不在本次资格联审的部门之列' }],
    );
    const [listed] = await tx
      .select({ id: jointReviewers.id })
      .from(jointReviewers)
      .where(and(eq(jointReviewers.departmentId, department!.id), eq(jointReviewers.userId, actor.userId)));
    if (!listed) throw forbidden(`您不是${department!.label}的联审审查人员，不能代其他部门审查`);
    const reason = input.decision === 'objected' ? (input.reason ?? '').trim() : null;
    const values = {
      candidateId,
      departmentId: department!.id,
      decision: input.decision,
      reason,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    };
    const [row] = await tx
      .insert(jointReviewDecisions)
      .values(values)
      .onConflictDoUpdate({
        target: [jointReviewDecisions.candidateId, jointReviewDecisions.departmentId],
        set: { decision: values.decision, reason, decidedBy: actor.userId, decidedAt: values.decidedAt },
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'joint_review.decided',
      entityType: 'joint_review_candidate',
      entityId: candidateId,
      orgId: found.review.orgId,
      summary: {
        after: {
          candidate: found.candidate.name,
          department: department!.key,
          decision: input.decision,
          reason,
        },
      },
    });
    if (input.decision === 'objected') {
      // The inbox only: the reason may touch a candidate's record, not for a text message.
      const contacts = (await orgContacts(tx, cipher, [found.review.orgId])).get(found.review.orgId);
      await notify(tx, cipher, {
        userIds: contacts?.userIds ?? [],
        title: '村干部候选人资格联审有异议',
        body: `${department!.label}对“${found.review.title}”中的候选人${found.candidate.name}${JOINT_REVIEW_DECISION_LABELS.objected}：${reason}`,
      });
    }
    return {
      departmentId: department!.id,
      department: department!.key,
      decision: input.decision,
      reason,
      decidedAt: row!.decidedAt.toISOString(),
    };
  });
}
