import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgPosts, orgs } from '../orgs/schema';
import type { StoredCandidate } from './view';

export interface ElectionEffects {
  endedPosts: { id: number; post: string; holderName: string }[];
  addedPostIds: number[];
}

/**
 * The elected take office on the day of the election (L15): the org's term restarts, the outgoing posts
 * end, and the elected become committee members. The secretary and deputy are chosen afterwards (L16)
 * through the posts of the org. A revote for empty seats only adds its elected to the committee.
 */
export async function takeEffect(
  tx: Tx,
  orgId: number,
  heldOn: string,
  termYears: number,
  elected: readonly StoredCandidate[],
  revote: boolean,
): Promise<ElectionEffects> {
  let endedPosts: ElectionEffects['endedPosts'] = [];
  if (!revote) {
    endedPosts = await tx
      .update(orgPosts)
      .set({ endedOn: heldOn })
      .where(and(eq(orgPosts.orgId, orgId), isNull(orgPosts.endedOn)))
      .returning({ id: orgPosts.id, post: orgPosts.post, holderName: orgPosts.holderName });
    await tx.update(orgs).set({ termStartedOn: heldOn, termYears }).where(eq(orgs.id, orgId));
  }
  const added =
    elected.length > 0
      ? await tx
          .insert(orgPosts)
          .values(
            elected.map((c) => ({
              orgId,
              post: 'committee_member',
              holderName: c.name,
              personId: c.personId,
              startedOn: heldOn,
            })),
          )
          .returning({ id: orgPosts.id })
      : [];
  return { endedPosts, addedPostIds: added.map((a) => a.id) };
}
