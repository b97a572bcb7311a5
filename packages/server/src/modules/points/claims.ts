import {
  chinaToday,
  MEMBER_STAGES,
  ruleFor,
  type PointsClaimDecision,
  type PointsClaimInput,
  type PointsClaimList,
  type PointsClaimStatus,
  type PointsClaimView,
  type RuleViolation,
} from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireActor, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { AppError, conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { ownPerson } from '../persons/self-service';
import { claimById, claimsWhere } from './claim-views';
import { closedMonthViolation } from './closed-months';
import { recomputePerson } from './recompute';
import { rulesInForceAt } from './rules-chain';
import { pointsClaims } from './schema';

const RULE = 'points.claim';

/** A member claims points for something Jiceng does not record; the branch decides. */
export async function fileClaim(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: PointsClaimInput,
): Promise<PointsClaimView> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    if (!person.stage || !MEMBER_STAGES.includes(person.stage as (typeof MEMBER_STAGES)[number])) {
      throw new AppError(404, 'not_found', '党员（含预备党员）才有积分，您的档案不能申报积分');
    }
    const violations: RuleViolation[] = [];
    if (input.occurredOn > chinaToday()) {
      violations.push({ rule: RULE, field: 'occurredOn', message: '发生日期不能晚于今天' });
    }
    const closed = await closedMonthViolation(tx, person.orgPath, input.occurredOn.slice(0, 7));
    if (closed) violations.push(closed);
    if (violations.length) throw new StepRefused(violations);

    const [row] = await tx
      .insert(pointsClaims)
      .values({
        tenantOrgId: person.tenantOrgId,
        personId: person.id,
        orgId: person.orgId,
        occurredOn: input.occurredOn,
        points: input.points,
        description: input.description,
        evidence: input.evidence || null,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'points.claim_filed',
      entityType: 'points_claim',
      entityId: row!.id,
      orgId: person.orgId,
      summary: { after: { personId: person.id, occurredOn: input.occurredOn, points: input.points } },
    });
    const branch = (await orgContacts(tx, cipher, [person.orgId])).get(person.orgId);
    await notify(tx, cipher, {
      userIds: branch?.userIds ?? [],
      title: `积分申报待审核：${person.name}`,
      body: `${person.name}申报 ${input.points} 分（${input.occurredOn}）：${input.description}`,
    });
    return claimById(tx, row!.id);
  });
}

/** The claims of members under an org, optionally of one status, within the caller's reach. */
export async function listClaims(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; status?: PointsClaimStatus | undefined },
): Promise<PointsClaimList> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.read', query.orgId);
    const where = and(
      sql`${orgs.path} LIKE ${org.path + '%'}`,
      inScope(orgs.path, scopeOf(actor, 'points.read')),
      query.status ? eq(pointsClaims.status, query.status) : undefined,
    );
    return { items: await claimsWhere(tx, where) };
  });
}

/** The most a branch may grant for one claim: the manual rule's monthly cap, else its yearly cap. */
function grantLimit(rule: ReturnType<typeof ruleFor>): { cap: number; label: string } | null {
  if (!rule) return null;
  if (rule.monthlyCap !== null) return { cap: rule.monthlyCap, label: `${rule.setByOrgName}规定的每月上限` };
  if (rule.yearlyCap !== null) return { cap: rule.yearlyCap, label: `${rule.setByOrgName}规定的每年上限` };
  return null;
}

/** Approve with the points granted (within the manual rule's cap) or refuse with a reason; the member hears. */
export async function decideClaim(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  claimId: number,
  decision: PointsClaimDecision,
): Promise<PointsClaimView> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const [claim] = await tx.select().from(pointsClaims).where(eq(pointsClaims.id, claimId)).for('update');
    if (!claim) throw notFound('积分申报');
    const { person } = await requirePerson(tx, actor, 'points.manage', claim.personId);
    if (claim.status !== 'pending') throw conflict('该申报已经审核过');

    const granted = decision.approve ? (decision.points ?? claim.points) : null;
    if (granted !== null) {
      const limit = grantLimit(ruleFor(await rulesInForceAt(tx, person.orgPath), 'manual', null));
      if (limit && granted > limit.cap) {
        throw new StepRefused([
          { rule: RULE, field: 'points', message: `认定分值不能高于${limit.label} ${limit.cap} 分` },
        ]);
      }
    }
    const status: PointsClaimStatus = decision.approve ? 'approved' : 'refused';
    const reason = decision.approve ? decision.decisionReason || null : decision.decisionReason!;
    await tx
      .update(pointsClaims)
      .set({
        status,
        grantedPoints: granted,
        decisionReason: reason,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      })
      .where(eq(pointsClaims.id, claimId));
    await recomputePerson(tx, claim.personId, Number(claim.occurredOn.slice(0, 4)));
    await recordAudit(tx, ctx, {
      action: decision.approve ? 'points.claim_approved' : 'points.claim_refused',
      entityType: 'points_claim',
      entityId: claimId,
      orgId: person.orgId,
      summary: { after: { status, grantedPoints: granted, decisionReason: reason } },
    });
    if (person.userId !== null) {
      await notify(tx, cipher, {
        userIds: [person.userId],
        title: decision.approve ? `积分申报已通过：认定 ${granted} 分` : '积分申报未通过',
        body: decision.approve
          ? `您 ${claim.occurredOn} 的申报“${claim.description}”已通过，认定 ${granted} 分。`
          : `您 ${claim.occurredOn} 的申报“${claim.description}”未通过。理由：${reason}`,
      });
    }
    return claimById(tx, claimId);
  });
}
