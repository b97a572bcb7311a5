import { checkElectionMayBeRecorded, JOINT_REVIEW_RULE, type RuleViolation } from '@jiceng/core';
import { desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgs } from '../orgs/schema';
import { jointReviewViews } from './joint-review-view';
import type { ElectionOrg } from './org-context';
import { jointReviews } from './schema';

interface Named {
  personId?: number;
  name: string;
}

/**
 * A village election may be recorded only when its candidates are on a joint review of the org (or of a
 * village org above it) and every department passed each of them. The review named, else the latest.
 */
export async function villageBlockers(
  tx: Tx,
  cipher: DataCipher,
  org: ElectionOrg,
  candidates: readonly Named[],
  jointReviewId: number | undefined,
): Promise<{ violations: RuleViolation[]; reviewId: number | null }> {
  const [found] = await tx
    .select({ review: jointReviews, orgPath: orgs.path })
    .from(jointReviews)
    .innerJoin(orgs, eq(orgs.id, jointReviews.orgId))
    .where(jointReviewId === undefined ? eq(jointReviews.orgId, org.id) : eq(jointReviews.id, jointReviewId))
    .orderBy(desc(jointReviews.createdAt), desc(jointReviews.id))
    .limit(1);
  if (!found || !org.path.startsWith(found.orgPath)) {
    return {
      reviewId: null,
      violations: [
        {
          rule: JOINT_REVIEW_RULE,
          field: 'jointReviewId',
          message:
            jointReviewId === undefined
              ? `${org.name}是村党组织，须先将候选人报送资格联审，全部通过后才能记录选举`
              : '所选资格联审不是本组织的',
        },
      ],
    };
  }
  const [view] = await jointReviewViews(tx, cipher, [found.review]);
  const violations: RuleViolation[] = [];
  candidates.forEach((c, i) => {
    const name = c.name.trim();
    const match = view!.candidates.find((v) =>
      c.personId !== undefined && v.personId !== null ? v.personId === c.personId : v.name === name,
    );
    if (!match) {
      violations.push({
        rule: JOINT_REVIEW_RULE,
        field: `candidates.${i}`,
        message: `候选人${name}不在资格联审“${view!.title}”的名单中`,
      });
      return;
    }
    const [blocker] = checkElectionMayBeRecorded(
      [
        {
          name: match.name,
          decisions: match.decisions.map((d) => ({ department: d.department, decision: d.decision })),
        },
      ],
      view!.departments,
    );
    if (blocker) violations.push({ ...blocker, field: `candidates.${i}` });
  });
  return { violations, reviewId: found.review.id };
}
