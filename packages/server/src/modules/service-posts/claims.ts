import {
  postApprovalViolation,
  postClaimViolation,
  type PostClaimDecision,
  type PostClaimInput,
  type PostClaimState,
  type ServicePostClaim,
} from '@jiceng/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireActor, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { loadClaim, loadClaims } from './claim-views';
import { ownMember } from './members';
import { holdingCounts } from './post-views';
import { servicePostClaims, servicePosts } from './schema';

/**
 * A member claims a post of the own org or an org above it. The post row is locked first, so two members
 * claiming the last place at once are served one after the other and the second is refused.
 */
export async function claimPost(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  postId: number,
  input: PostClaimInput,
  today: string,
): Promise<ServicePostClaim> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownMember(tx, actor.userId);
    const [row] = await tx
      .select({ post: servicePosts, orgPath: orgs.path })
      .from(servicePosts)
      .innerJoin(orgs, eq(orgs.id, servicePosts.orgId))
      .where(eq(servicePosts.id, postId))
      .for('update', { of: servicePosts });
    // Only posts of the member's own org and the orgs above it are open to the member.
    if (!row || !person.orgPath.startsWith(row.orgPath)) throw notFound('岗位');
    const { post } = row;
    const [live] = await tx
      .select({ id: servicePostClaims.id })
      .from(servicePostClaims)
      .where(
        and(
          eq(servicePostClaims.postId, postId),
          eq(servicePostClaims.personId, person.id),
          inArray(servicePostClaims.state, ['pending', 'approved']),
        ),
      );
    if (live) throw conflict(`您已认领岗位“${post.title}”，不能重复认领`, 'postId');
    const { approved, pending } = await holdingCounts(tx, postId);
    const violation = postClaimViolation(
      {
        title: post.title,
        state: post.state as 'open' | 'closed',
        capacity: post.capacity,
        periodTo: post.periodTo,
      },
      approved + pending,
      today,
    );
    if (violation) throw new StepRefused([violation]);
    const [claim] = await tx
      .insert(servicePostClaims)
      .values({
        tenantOrgId: person.tenantOrgId,
        postId,
        personId: person.id,
        orgId: person.orgId,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning({ id: servicePostClaims.id });
    await recordAudit(tx, ctx, {
      action: 'service_post.claimed',
      entityType: 'service_post_claim',
      entityId: claim!.id,
      orgId: person.orgId,
      summary: { after: { postId, personId: person.id, state: 'pending' } },
    });
    const branch = (await orgContacts(tx, cipher, [person.orgId])).get(person.orgId);
    await notify(tx, cipher, {
      userIds: branch?.userIds ?? [],
      title: `岗位认领待审核：${person.name}`,
      body: `${person.name}认领了“${post.title}”，请审核。`,
    });
    return loadClaim(tx, claim!.id);
  });
}

/** The member withdraws an own claim, pending or approved; the place is free again. */
export async function withdrawClaim(db: Db, ctx: RequestContext, claimId: number): Promise<ServicePostClaim> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({ claim: servicePostClaims, userId: persons.userId })
      .from(servicePostClaims)
      .innerJoin(persons, eq(persons.id, servicePostClaims.personId))
      .where(eq(servicePostClaims.id, claimId))
      .for('update', { of: servicePostClaims });
    if (!claim || claim.userId !== actor.userId) throw notFound('认领记录');
    if (claim.claim.state !== 'pending' && claim.claim.state !== 'approved') {
      throw conflict('只有待审核或已认领的岗位可以撤回');
    }
    await setState(tx, claimId, 'withdrawn', { closedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'service_post.claim_withdrawn',
      entityType: 'service_post_claim',
      entityId: claimId,
      orgId: claim.claim.orgId,
      summary: { before: { state: claim.claim.state }, after: { state: 'withdrawn' } },
    });
    return loadClaim(tx, claimId);
  });
}

async function setState(
  tx: Tx,
  claimId: number,
  state: PostClaimState,
  extra: Partial<typeof servicePostClaims.$inferInsert>,
): Promise<void> {
  await tx
    .update(servicePostClaims)
    .set({ state, updatedAt: new Date(), ...extra })
    .where(eq(servicePostClaims.id, claimId));
}

/** A claim locked for a branch decision, with the member's account; outside reach it is not found. */
async function lockClaimForBranch(tx: Tx, ctx: RequestContext, claimId: number) {
  const actor = requirePermission(ctx, 'service.manage');
  const [row] = await tx
    .select({ claim: servicePostClaims, userId: persons.userId, personName: persons.name })
    .from(servicePostClaims)
    .innerJoin(persons, eq(persons.id, servicePostClaims.personId))
    .where(eq(servicePostClaims.id, claimId))
    .for('update', { of: servicePostClaims });
  if (!row) throw notFound('认领记录');
  await requireOrg(tx, actor, 'service.manage', row.claim.orgId).catch((error: { status?: number }) => {
    throw error.status === 404 ? notFound('认领记录') : error;
  });
  return { ...row, actor };
}

/**
 * The member's branch approves (within the capacity: the post row is locked so two approvals cannot both
 * take the last place) or refuses with a reason; the member is told.
 */
export async function decideClaim(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  claimId: number,
  decision: PostClaimDecision,
): Promise<ServicePostClaim> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { claim, userId, actor } = await lockClaimForBranch(tx, ctx, claimId);
    const [post] = await tx
      .select()
      .from(servicePosts)
      .where(eq(servicePosts.id, claim.postId))
      .for('update');
    if (claim.state !== 'pending') throw conflict('该认领已经审核过或已撤回');
    if (decision.approve) {
      const { approved } = await holdingCounts(tx, claim.postId);
      const violation = postApprovalViolation(post!, approved);
      if (violation) throw new StepRefused([violation]);
    }
    const state: PostClaimState = decision.approve ? 'approved' : 'refused';
    const reason = decision.reason || null;
    await setState(tx, claimId, state, {
      decisionReason: reason,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: decision.approve ? 'service_post.claim_approved' : 'service_post.claim_refused',
      entityType: 'service_post_claim',
      entityId: claimId,
      orgId: claim.orgId,
      summary: { before: { state: 'pending' }, after: { state, decisionReason: reason } },
    });
    if (userId !== null) {
      await notify(tx, cipher, {
        userIds: [userId],
        title: decision.approve ? `岗位认领已通过：${post!.title}` : `岗位认领未通过：${post!.title}`,
        body: decision.approve
          ? `您认领的“${post!.title}”已通过，请按时上岗并登记服务时长。`
          : `您认领的“${post!.title}”未通过。理由：${reason}`,
      });
    }
    return loadClaim(tx, claimId);
  });
}

/** The branch ends an approved claim (the service is over); its hours stay on record. */
export async function endClaim(
  db: Db,
  ctx: RequestContext,
  claimId: number,
  reason: string | null | undefined,
): Promise<ServicePostClaim> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { claim } = await lockClaimForBranch(tx, ctx, claimId);
    if (claim.state !== 'approved') throw conflict('只有已认领的岗位可以结束');
    await setState(tx, claimId, 'ended', { closedAt: new Date(), closeReason: reason || null });
    await recordAudit(tx, ctx, {
      action: 'service_post.claim_ended',
      entityType: 'service_post_claim',
      entityId: claimId,
      orgId: claim.orgId,
      summary: { before: { state: 'approved' }, after: { state: 'ended', reason: reason || null } },
    });
    return loadClaim(tx, claimId);
  });
}

/** Claims by members under an org within reach, of a state and a post. */
export async function listClaims(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; state?: PostClaimState | undefined; postId?: number | undefined },
): Promise<ServicePostClaim[]> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.read', query.orgId);
    return loadClaims(
      tx,
      and(
        sql`${orgs.path} LIKE ${org.path + '%'}`,
        inScope(orgs.path, scopeOf(actor, 'service.read')),
        query.state ? eq(servicePostClaims.state, query.state) : undefined,
        query.postId ? eq(servicePostClaims.postId, query.postId) : undefined,
      ),
    );
  });
}
