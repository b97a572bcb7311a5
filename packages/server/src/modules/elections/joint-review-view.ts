import {
  candidateCleared,
  checkElectionMayBeRecorded,
  maskIdNumber,
  type DepartmentDecision,
  type JointReview,
  type JointReviewDecision,
} from '@jiceng/core';
import { asc, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import {
  jointReviewCandidates,
  jointReviewDecisions,
  jointReviewDepartments,
  type jointReviews,
} from './schema';

type ReviewRow = typeof jointReviews.$inferSelect;

/** Reviews with their department × candidate matrix, in the order given. */
export async function jointReviewViews(
  tx: Tx,
  cipher: DataCipher,
  reviews: readonly ReviewRow[],
): Promise<JointReview[]> {
  if (reviews.length === 0) return [];
  const reviewIds = reviews.map((r) => r.id);
  const departmentIds = [...new Set(reviews.flatMap((r) => r.departmentIds))];
  // One query at a time: a transaction's connection runs them in order anyway.
  const orgRows = await tx
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(
      inArray(
        orgs.id,
        reviews.map((r) => r.orgId),
      ),
    );
  const departments = departmentIds.length
    ? await tx.select().from(jointReviewDepartments).where(inArray(jointReviewDepartments.id, departmentIds))
    : [];
  const candidates = await tx
    .select()
    .from(jointReviewCandidates)
    .where(inArray(jointReviewCandidates.reviewId, reviewIds))
    .orderBy(asc(jointReviewCandidates.id));
  const decisions = candidates.length
    ? await tx
        .select()
        .from(jointReviewDecisions)
        .where(
          inArray(
            jointReviewDecisions.candidateId,
            candidates.map((c) => c.id),
          ),
        )
    : [];
  const orgName = new Map(orgRows.map((o) => [o.id, o.name]));
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  return reviews.map((review) => {
    const reviewDepartments = review.departmentIds
      .map((id) => departmentById.get(id))
      .filter((d) => d !== undefined)
      .map((d) => ({ id: d.id, key: d.key, label: d.label }));
    const views = candidates
      .filter((c) => c.reviewId === review.id)
      .map((c) => {
        const mine = decisions.filter((d) => d.candidateId === c.id);
        const cells = reviewDepartments.map((d) => {
          const row = mine.find((m) => m.departmentId === d.id);
          return {
            departmentId: d.id,
            department: d.key,
            decision: (row?.decision ?? 'pending') as JointReviewDecision,
            reason: row?.reason ?? null,
            decidedAt: row?.decidedAt.toISOString() ?? null,
          };
        });
        const asDecisions: DepartmentDecision[] = cells.map((cell) => ({
          department: cell.department,
          decision: cell.decision,
          reason: cell.reason,
        }));
        return {
          id: c.id,
          personId: c.personId,
          name: c.name,
          idNumberMasked: c.idNumberEnc ? maskIdNumber(cipher.decrypt(c.idNumberEnc)) : null,
          post: c.post,
          decisions: cells,
          cleared: candidateCleared(asDecisions, reviewDepartments),
          asDecisions,
        };
      });
    const blockers = checkElectionMayBeRecorded(
      views.map((v) => ({ personId: v.personId, name: v.name, decisions: v.asDecisions })),
      reviewDepartments,
    );
    return {
      id: review.id,
      orgId: review.orgId,
      orgName: orgName.get(review.orgId) ?? '',
      title: review.title,
      createdAt: review.createdAt.toISOString(),
      departments: reviewDepartments,
      candidates: views.map(({ asDecisions: _decisions, ...view }) => view),
      cleared: views.length > 0 && blockers.length === 0,
      blockers,
    };
  });
}
