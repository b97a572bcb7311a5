import {
  serviceHoursViolation,
  type ServiceHoursDecision,
  type ServiceHoursEntry,
  type ServiceHoursInput,
  type ServiceHoursState,
} from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
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
import { loadHours, loadHoursEntry } from './claim-views';
import { serviceHours, servicePostClaims, servicePosts } from './schema';

/** The claim with its post and the member's account, locked so a day's total is counted once at a time. */
async function lockClaim(tx: Tx, claimId: number) {
  const [row] = await tx
    .select({
      claim: servicePostClaims,
      post: servicePosts,
      userId: persons.userId,
      personName: persons.name,
    })
    .from(servicePostClaims)
    .innerJoin(servicePosts, eq(servicePosts.id, servicePostClaims.postId))
    .innerJoin(persons, eq(persons.id, servicePostClaims.personId))
    .where(eq(servicePostClaims.id, claimId))
    .for('update', { of: servicePostClaims });
  return row;
}

/** Hours the member already has on a day (pending or confirmed, any post). */
async function loggedOn(tx: Tx, personId: number, workedOn: string): Promise<number> {
  const { rows } = await tx.execute<{ total: string }>(
    sql`SELECT coalesce(sum(hours), 0)::text AS total FROM service_hours
         WHERE person_id = ${personId} AND worked_on = ${workedOn} AND state <> 'rejected'`,
  );
  return Number(rows[0]!.total);
}

async function insertHours(
  tx: Tx,
  ctx: RequestContext,
  row: NonNullable<Awaited<ReturnType<typeof lockClaim>>>,
  input: ServiceHoursInput,
  today: string,
  byMember: boolean,
): Promise<number> {
  const violation = serviceHoursViolation(
    input,
    row.post,
    await loggedOn(tx, row.claim.personId, input.workedOn),
    today,
  );
  if (violation) throw new StepRefused([violation]);
  const [entry] = await tx
    .insert(serviceHours)
    .values({
      tenantOrgId: row.claim.tenantOrgId,
      claimId: row.claim.id,
      personId: row.claim.personId,
      orgId: row.claim.orgId,
      workedOn: input.workedOn,
      hours: input.hours,
      note: input.note || null,
      state: byMember ? 'pending' : 'confirmed',
      loggedByMember: byMember,
      decidedBy: byMember ? null : ctx.actor!.userId,
      decidedAt: byMember ? null : new Date(),
      createdBy: ctx.actor!.userId,
    })
    .returning({ id: serviceHours.id });
  await recordAudit(tx, ctx, {
    action: byMember ? 'service_hours.logged' : 'service_hours.recorded',
    entityType: 'service_hours',
    entityId: entry!.id,
    orgId: row.claim.orgId,
    summary: { after: { claimId: row.claim.id, workedOn: input.workedOn, hours: input.hours } },
  });
  return entry!.id;
}

/** The member logs hours on an own approved claim; they wait for the branch to confirm. */
export async function logOwnHours(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  claimId: number,
  input: ServiceHoursInput,
  today: string,
): Promise<ServiceHoursEntry> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const row = await lockClaim(tx, claimId);
    if (!row || row.userId !== actor.userId) throw notFound('认领记录');
    if (row.claim.state !== 'approved') throw conflict('认领通过后才能登记服务时长');
    const id = await insertHours(tx, ctx, row, input, today, true);
    const branch = (await orgContacts(tx, cipher, [row.claim.orgId])).get(row.claim.orgId);
    await notify(tx, cipher, {
      userIds: branch?.userIds ?? [],
      title: `服务时长待确认：${row.personName}`,
      body: `${row.personName}登记了 ${input.workedOn}“${row.post.title}”${input.hours} 小时，请确认。`,
    });
    return loadHoursEntry(tx, id);
  });
}

/** A claim locked for the branch, reached through the member's org (outside reach: not found). */
async function lockClaimForBranch(tx: Tx, ctx: RequestContext, claimId: number) {
  const actor = requirePermission(ctx, 'service.manage');
  const row = await lockClaim(tx, claimId);
  if (!row) throw notFound('认领记录');
  await requireOrg(tx, actor, 'service.manage', row.claim.orgId).catch((error: { status?: number }) => {
    throw error.status === 404 ? notFound('认领记录') : error;
  });
  return row;
}

/** The branch records hours on an approved (or since ended) claim: confirmed at once. */
export async function recordHours(
  db: Db,
  ctx: RequestContext,
  claimId: number,
  input: ServiceHoursInput,
  today: string,
): Promise<ServiceHoursEntry> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const row = await lockClaimForBranch(tx, ctx, claimId);
    if (row.claim.state !== 'approved' && row.claim.state !== 'ended') {
      throw conflict('只有已认领（或已结束）的岗位可以登记服务时长');
    }
    return loadHoursEntry(tx, await insertHours(tx, ctx, row, input, today, false));
  });
}

/** The branch confirms a member's hours (they then earn points) or rejects them with a reason. */
export async function decideHours(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  hoursId: number,
  decision: ServiceHoursDecision,
): Promise<ServiceHoursEntry> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(serviceHours).where(eq(serviceHours.id, hoursId)).for('update');
    if (!entry) throw notFound('服务时长记录');
    await requireOrg(tx, actor, 'service.manage', entry.orgId).catch((error: { status?: number }) => {
      throw error.status === 404 ? notFound('服务时长记录') : error;
    });
    if (entry.state !== 'pending') throw conflict('该服务时长已经确认过');
    const state: ServiceHoursState = decision.confirm ? 'confirmed' : 'rejected';
    const reason = decision.reason || null;
    await tx
      .update(serviceHours)
      .set({ state, decisionReason: reason, decidedBy: actor.userId, decidedAt: new Date() })
      .where(eq(serviceHours.id, hoursId));
    await recordAudit(tx, ctx, {
      action: decision.confirm ? 'service_hours.confirmed' : 'service_hours.rejected',
      entityType: 'service_hours',
      entityId: hoursId,
      orgId: entry.orgId,
      summary: { before: { state: 'pending' }, after: { state, decisionReason: reason } },
    });
    const [person] = await tx
      .select({ userId: persons.userId })
      .from(persons)
      .where(eq(persons.id, entry.personId));
    if (person?.userId) {
      await notify(tx, cipher, {
        userIds: [person.userId],
        title: decision.confirm ? `服务时长已确认：${entry.hours} 小时` : '服务时长未确认',
        body: decision.confirm
          ? `您 ${entry.workedOn} 登记的 ${entry.hours} 小时已确认。`
          : `您 ${entry.workedOn} 登记的 ${entry.hours} 小时未确认。理由：${reason}`,
      });
    }
    return loadHoursEntry(tx, hoursId);
  });
}

/** Hours of members under an org within reach, of a state or a claim. */
export async function listHours(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; state?: ServiceHoursState | undefined; claimId?: number | undefined },
): Promise<ServiceHoursEntry[]> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.read', query.orgId);
    return loadHours(
      tx,
      and(
        sql`${orgs.path} LIKE ${org.path + '%'}`,
        inScope(orgs.path, scopeOf(actor, 'service.read')),
        query.state ? eq(serviceHours.state, query.state) : undefined,
        query.claimId ? eq(serviceHours.claimId, query.claimId) : undefined,
      ),
    );
  });
}
