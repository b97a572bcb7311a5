import {
  postCapacityViolation,
  type ServicePost,
  type ServicePostInput,
  type ServicePostKind,
  type ServicePostState,
  type ServicePostUpdate,
} from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { orgs } from '../orgs/schema';
import { holdingCounts, loadPost, loadPosts } from './post-views';
import { servicePosts } from './schema';

/** The tenant an org belongs to. */
export async function tenantOf(tx: Tx, orgId: number): Promise<number> {
  const [row] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, orgId));
  return row!.tenantOrgId;
}

/** A post row, locked for the rest of the transaction, after checking the actor may act on its org. */
export async function lockPost(tx: Tx, ctx: RequestContext, postId: number) {
  const actor = requirePermission(ctx, 'service.manage');
  const [post] = await tx.select().from(servicePosts).where(eq(servicePosts.id, postId)).for('update');
  if (!post) throw notFound('岗位');
  try {
    await requireOrg(tx, actor, 'service.manage', post.orgId);
  } catch (error) {
    // A post outside reach is not revealed.
    if ((error as { status?: number }).status === 404) throw notFound('岗位');
    throw error;
  }
  return post;
}

/** Publishes a post of an org, open for claims. */
export async function createPost(db: Db, ctx: RequestContext, input: ServicePostInput): Promise<ServicePost> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', input.orgId);
    const [row] = await tx
      .insert(servicePosts)
      .values({
        tenantOrgId: await tenantOf(tx, org.id),
        orgId: org.id,
        kind: input.kind,
        title: input.title,
        description: input.description || null,
        place: input.place || null,
        capacity: input.capacity,
        periodFrom: input.periodFrom ?? null,
        periodTo: input.periodTo ?? null,
        createdBy: actor.userId,
      })
      .returning({ id: servicePosts.id });
    await recordAudit(tx, ctx, {
      action: 'service_post.created',
      entityType: 'service_post',
      entityId: row!.id,
      orgId: org.id,
      summary: { after: { kind: input.kind, title: input.title, capacity: input.capacity } },
    });
    return loadPost(tx, row!.id);
  });
}

/** Edits a post or opens/closes it; the capacity may not drop below the claims holding a place. */
export async function updatePost(
  db: Db,
  ctx: RequestContext,
  postId: number,
  input: ServicePostUpdate,
): Promise<ServicePost> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const post = await lockPost(tx, ctx, postId);
    const periodFrom = input.periodFrom === undefined ? post.periodFrom : input.periodFrom;
    const periodTo = input.periodTo === undefined ? post.periodTo : input.periodTo;
    if (periodFrom && periodTo && periodFrom > periodTo) {
      throw badRequest('服务期结束日期（periodTo）不能早于开始日期', 'periodTo');
    }
    if (input.capacity !== undefined && input.capacity < post.capacity) {
      const { approved, pending } = await holdingCounts(tx, postId);
      const violation = postCapacityViolation(input.capacity, approved + pending);
      if (violation) throw new StepRefused([violation]);
    }
    const after = {
      kind: input.kind,
      title: input.title,
      description: input.description === undefined ? undefined : input.description || null,
      place: input.place === undefined ? undefined : input.place || null,
      capacity: input.capacity,
      periodFrom: input.periodFrom === undefined ? undefined : input.periodFrom,
      periodTo: input.periodTo === undefined ? undefined : input.periodTo,
      state: input.state,
    };
    const change = diff(post as Record<string, unknown>, after);
    if (Object.keys(change.after).length) {
      await tx
        .update(servicePosts)
        .set({ ...change.after, updatedAt: new Date() })
        .where(eq(servicePosts.id, postId));
      await recordAudit(tx, ctx, {
        action: 'service_post.updated',
        entityType: 'service_post',
        entityId: postId,
        orgId: post.orgId,
        summary: change,
      });
    }
    return loadPost(tx, postId);
  });
}

/** Posts of an org and its subtree within reach, of a state and kind. */
export async function listPosts(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; state?: ServicePostState | undefined; kind?: ServicePostKind | undefined },
): Promise<ServicePost[]> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.read', query.orgId);
    return loadPosts(
      tx,
      and(
        sql`${orgs.path} LIKE ${org.path + '%'}`,
        inScope(orgs.path, scopeOf(actor, 'service.read')),
        query.state ? eq(servicePosts.state, query.state) : undefined,
        query.kind ? eq(servicePosts.kind, query.kind) : undefined,
      ),
    );
  });
}

export async function getPost(db: Db, ctx: RequestContext, postId: number): Promise<ServicePost> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ orgId: servicePosts.orgId })
      .from(servicePosts)
      .where(eq(servicePosts.id, postId));
    if (!row) throw notFound('岗位');
    await requireOrg(tx, actor, 'service.read', row.orgId).catch((error: { status?: number }) => {
      throw error.status === 404 ? notFound('岗位') : error;
    });
    return loadPost(tx, postId);
  });
}
