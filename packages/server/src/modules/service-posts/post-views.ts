import {
  postPlacesLeft,
  SERVICE_POST_KIND_LABELS,
  type ServicePost,
  type ServicePostKind,
  type ServicePostState,
} from '@jiceng/core';
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { serviceHours, servicePostClaims, servicePosts } from './schema';

const countClaims = (state: string) =>
  sql<number>`(SELECT count(*)::int FROM ${servicePostClaims} c
                WHERE c.post_id = ${servicePosts.id} AND c.state = ${state})`;

/** Posts matching `where` (over posts and their org), newest period first, with their places and hours. */
export async function loadPosts(tx: Tx, where: SQL | undefined): Promise<ServicePost[]> {
  const rows = await tx
    .select({
      post: servicePosts,
      orgName: orgs.name,
      approved: countClaims('approved'),
      pending: countClaims('pending'),
      hours: sql<string>`(SELECT coalesce(sum(h.hours), 0)::text FROM ${serviceHours} h
                          JOIN ${servicePostClaims} c ON c.id = h.claim_id
                          WHERE c.post_id = ${servicePosts.id} AND h.state = 'confirmed')`,
    })
    .from(servicePosts)
    .innerJoin(orgs, eq(orgs.id, servicePosts.orgId))
    .where(where)
    .orderBy(asc(servicePosts.state), desc(servicePosts.createdAt), desc(servicePosts.id));
  return rows.map(({ post: p, orgName, approved, pending, hours }) => ({
    id: p.id,
    orgId: p.orgId,
    orgName,
    kind: p.kind as ServicePostKind,
    kindLabel: SERVICE_POST_KIND_LABELS[p.kind as ServicePostKind],
    title: p.title,
    description: p.description,
    place: p.place,
    capacity: p.capacity,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    state: p.state as ServicePostState,
    approvedCount: Number(approved),
    pendingCount: Number(pending),
    placesLeft: postPlacesLeft(p.capacity, Number(approved) + Number(pending)),
    confirmedHours: Number(hours),
  }));
}

export async function loadPost(tx: Tx, id: number): Promise<ServicePost> {
  const [post] = await loadPosts(tx, eq(servicePosts.id, id));
  return post!;
}

/** Claims holding a place on the post (pending or approved), counted in the caller's transaction. */
export async function holdingCounts(tx: Tx, postId: number): Promise<{ approved: number; pending: number }> {
  const { rows } = await tx.execute<{ approved: number; pending: number }>(
    sql`SELECT count(*) FILTER (WHERE state = 'approved')::int AS approved,
               count(*) FILTER (WHERE state = 'pending')::int AS pending
          FROM service_post_claims WHERE post_id = ${postId}`,
  );
  return { approved: Number(rows[0]!.approved), pending: Number(rows[0]!.pending) };
}
