import { JOINT_REVIEW_RULE, type JointReview, type JointReviewCreateInput } from '@jiceng/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { DataCipher } from '../../http/crypto';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { refuseIfAny } from '../reviews/refused';
import { departmentsOf } from './departments';
import { jointReviewViews } from './joint-review-view';
import { electionOrg } from './org-context';
import { jointReviewCandidates, jointReviewers, jointReviews } from './schema';

/**
 * Sends a village's candidate list to every department of its county. ID numbers are stored encrypted;
 * a candidate on record without one given takes the number from their record.
 */
export async function createJointReview(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: JointReviewCreateInput,
): Promise<JointReview> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'meeting.manage', input.orgId);
    const org = await electionOrg(tx, input.orgId);
    refuseIfAny(
      org.village
        ? []
        : [
            {
              rule: JOINT_REVIEW_RULE,
              field: 'orgId',
              message: `${org.name}不是村党组织，村干部候选人资格联审只用于村级换届`,
            },
          ],
    );
    const departments = await departmentsOf(tx, org.tenantOrgId);
    const candidates = [];
    for (const c of input.candidates) {
      let idNumberEnc = c.idNumber ? cipher.encrypt(c.idNumber) : null;
      if (c.personId !== undefined) {
        const { person } = await requirePerson(tx, actor, 'person.read', c.personId);
        idNumberEnc ??= person.idNumberEnc;
      }
      candidates.push({
        personId: c.personId ?? null,
        name: c.name.trim(),
        idNumberEnc,
        post: c.post?.trim() ?? null,
      });
    }
    const [review] = await tx
      .insert(jointReviews)
      .values({
        tenantOrgId: org.tenantOrgId,
        orgId: org.id,
        title: input.title.trim(),
        departmentIds: departments.map((d) => d.id),
        createdBy: actor.userId,
      })
      .returning();
    await tx.insert(jointReviewCandidates).values(candidates.map((c) => ({ ...c, reviewId: review!.id })));
    await recordAudit(tx, ctx, {
      action: 'joint_review.sent',
      entityType: 'joint_review',
      entityId: review!.id,
      orgId: org.id,
      summary: {
        after: {
          title: review!.title,
          candidates: candidates.map((c) => c.name),
          departments: departments.map((d) => d.key),
        },
      },
    });
    const reviewers = await tx
      .select({ userId: jointReviewers.userId })
      .from(jointReviewers)
      .where(
        inArray(
          jointReviewers.departmentId,
          departments.map((d) => d.id),
        ),
      );
    await notify(tx, cipher, {
      userIds: reviewers.map((r) => r.userId),
      title: '村干部候选人资格联审',
      body: `${org.name}报送“${review!.title}”，共 ${candidates.length} 名候选人，请在联审页面审查。`,
    });
    const [view] = await jointReviewViews(tx, cipher, [review!]);
    return view!;
  });
}

/** Joint reviews of villages in the subtree of `orgId`, or in everything the actor reaches; newest first. */
export async function listJointReviews(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  orgId: number | undefined,
): Promise<JointReview[]> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    const under =
      orgId === undefined
        ? inScope(orgs.path, scopeOf(actor, 'meeting.read'))
        : sql`${orgs.path} LIKE ${(await requireOrg(tx, actor, 'meeting.read', orgId)).path + '%'}`;
    const rows = await tx
      .select({ review: jointReviews })
      .from(jointReviews)
      .innerJoin(orgs, eq(orgs.id, jointReviews.orgId))
      .where(and(under, inScope(orgs.path, scopeOf(actor, 'meeting.read'))))
      .orderBy(desc(jointReviews.createdAt), desc(jointReviews.id))
      .limit(200);
    return jointReviewViews(
      tx,
      cipher,
      rows.map((r) => r.review),
    );
  });
}
