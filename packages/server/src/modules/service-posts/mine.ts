import { addDays, type IsoDate, type MyServicePosts, type PostClaimState } from '@jiceng/core';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor } from '../../auth/access';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { loadMemberOccurrences } from './activities-views';
import { loadClaims, loadHours } from './claim-views';
import { ownMember } from './members';
import { loadPosts } from './post-views';
import { activityOccurrences, activitySeries, serviceHours, servicePostClaims, servicePosts } from './schema';

/** How far back the phone shows past activities (with the hours credited) and how far ahead the coming ones. */
const PAST_DAYS = 30;
const AHEAD_DAYS = 60;

/** Orgs whose path is a prefix of the member's: the own org and every org above it. */
const aboveOrAt = (orgPath: string) => sql`${orgPath} LIKE ${orgs.path} || '%'`;

/**
 * A member's phone view: the open posts of the own org and the orgs above it (with places left and the own
 * claim), the own claims and hours, and the activities of the last month and the next two.
 */
export async function myServicePosts(db: Db, ctx: RequestContext, today: IsoDate): Promise<MyServicePosts> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownMember(tx, actor.userId);
    const claims = await loadClaims(tx, eq(servicePostClaims.personId, person.id));
    const latest = new Map<number, PostClaimState>();
    for (const c of claims) if (!latest.has(c.postId)) latest.set(c.postId, c.state);
    const posts = await loadPosts(tx, and(aboveOrAt(person.orgPath), eq(servicePosts.state, 'open')));
    const hours = await loadHours(tx, eq(serviceHours.personId, person.id));
    const activities = await loadMemberOccurrences(
      tx,
      person.id,
      and(
        aboveOrAt(person.orgPath),
        eq(activitySeries.state, 'active'),
        gte(activityOccurrences.heldOn, addDays(today, -PAST_DAYS)),
        lte(activityOccurrences.heldOn, addDays(today, AHEAD_DAYS)),
      )!,
    );
    const year = today.slice(0, 4);
    const { rows } = await tx.execute<{ total: string }>(
      sql`SELECT (
            (SELECT coalesce(sum(hours), 0) FROM service_hours
              WHERE person_id = ${person.id} AND state = 'confirmed'
                AND worked_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date)
          + (SELECT coalesce(sum(s.hours), 0) FROM activity_signups s
              JOIN activity_occurrences o ON o.id = s.occurrence_id
             WHERE s.person_id = ${person.id} AND s.mark = 'present'
               AND o.held_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date)
          )::text AS total`,
    );
    return {
      posts: posts
        .filter((p) => p.placesLeft > 0 || latest.get(p.id) === 'pending' || latest.get(p.id) === 'approved')
        .map((p) => ({ ...p, myClaimState: latest.get(p.id) ?? null })),
      claims,
      hours,
      activities,
      confirmedHoursThisYear: Number(rows[0]!.total),
    };
  });
}
