import {
  awardTargetViolation,
  chinaToday,
  MEMBER_STAGES,
  type Award,
  type AwardInput,
  type AwardKind,
} from '@jiceng/core';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, conflict, notFound } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { awards } from './schema';
import { loadAward, loadAwards } from './views';

/** Who an award goes to, checked and reached with award.manage; the tenant it belongs to. */
async function awardTarget(
  tx: Tx,
  ctx: RequestContext,
  input: { kind: AwardKind; orgId?: number | null; personId?: number | null },
): Promise<{ tenantOrgId: number; orgId: number | null; personId: number | null; auditOrgId: number }> {
  const actor = requirePermission(ctx, 'award.manage');
  const violation = awardTargetViolation(input);
  if (violation) throw badRequest(violation.message, violation.field);
  if (input.orgId != null) {
    const org = await requireOrg(tx, actor, 'award.manage', input.orgId);
    const [row] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, org.id));
    return { tenantOrgId: row!.tenantOrgId, orgId: org.id, personId: null, auditOrgId: org.id };
  }
  const { person } = await requirePerson(tx, actor, 'award.manage', input.personId!);
  const isMember =
    person.stage !== null &&
    MEMBER_STAGES.includes(person.stage as (typeof MEMBER_STAGES)[number]) &&
    person.standing === 'active';
  if (!isMember) throw badRequest('获奖党员（personId）应为在册党员', 'personId');
  return { tenantOrgId: person.tenantOrgId, orgId: null, personId: person.id, auditOrgId: person.orgId };
}

/** Records an award in the caller's transaction (the 五个好 evaluation records one too). */
export async function insertAward(tx: Tx, ctx: RequestContext, input: AwardInput): Promise<Award> {
  const target = await awardTarget(tx, ctx, input);
  if (input.conferredOn > chinaToday()) throw badRequest('授予日期不能晚于今天', 'conferredOn');
  const [row] = await tx
    .insert(awards)
    .values({
      tenantOrgId: target.tenantOrgId,
      kind: input.kind,
      level: input.level,
      conferredBy: input.conferredBy,
      conferredOn: input.conferredOn,
      year: input.year,
      orgId: target.orgId,
      personId: target.personId,
      docRef: input.docRef || null,
      note: input.note || null,
      recordedBy: ctx.actor!.userId,
    })
    .returning({ id: awards.id });
  await recordAudit(tx, ctx, {
    action: 'award.recorded',
    entityType: 'award',
    entityId: row!.id,
    orgId: target.auditOrgId,
    summary: {
      after: {
        kind: input.kind,
        level: input.level,
        year: input.year,
        orgId: target.orgId,
        personId: target.personId,
      },
    },
  });
  return loadAward(tx, row!.id);
}

export async function createAward(db: Db, ctx: RequestContext, input: AwardInput): Promise<Award> {
  requirePermission(ctx, 'award.manage');
  return db.transaction((tx) => insertAward(tx, ctx, input));
}

/** Marks an award revoked with a reason, in the caller's transaction; it stays on record. */
export async function revokeAwardIn(tx: Tx, ctx: RequestContext, id: number, reason: string): Promise<Award> {
  const actor = requirePermission(ctx, 'award.manage');
  const [row] = await tx.select().from(awards).where(eq(awards.id, id)).for('update');
  if (!row) throw notFound('表彰记录');
  const auditOrgId =
    row.orgId !== null
      ? (await requireOrg(tx, actor, 'award.manage', row.orgId)).id
      : (await requirePerson(tx, actor, 'award.manage', row.personId!)).person.orgId;
  if (row.revokedAt) throw conflict('该表彰记录已撤销');
  await tx
    .update(awards)
    .set({ revokedAt: new Date(), revokedBy: actor.userId, revokeReason: reason })
    .where(eq(awards.id, id));
  await recordAudit(tx, ctx, {
    action: 'award.revoked',
    entityType: 'award',
    entityId: id,
    orgId: auditOrgId,
    summary: { kind: row.kind, year: row.year, reason },
  });
  return loadAward(tx, id);
}

export async function revokeAward(db: Db, ctx: RequestContext, id: number, reason: string): Promise<Award> {
  requirePermission(ctx, 'award.manage');
  return db.transaction((tx) => revokeAwardIn(tx, ctx, id, reason));
}

/** SQL: the award's org (org awards) or person (person awards) is within what the actor may read. */
export function readableAwards(ctx: RequestContext): SQL {
  const actor = requirePermission(ctx, 'org.read');
  return sql`((${awards.orgId} IS NOT NULL AND ${inScope(orgs.path, scopeOf(actor, 'org.read'))})
    OR (${awards.personId} IS NOT NULL AND ${inScope(persons.orgPath, scopeOf(actor, 'person.read'))}))`;
}

/** Awards within reach, under an org (its own and its subtree's, orgs and people), of a year and kind. */
export async function listAwards(
  db: Db,
  ctx: RequestContext,
  query: { orgId?: number; year?: number; kind?: AwardKind },
): Promise<Award[]> {
  const actor = requirePermission(ctx, 'org.read');
  const readable = readableAwards(ctx);
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [readable];
    if (query.orgId) {
      const root = await complianceRootOrg(tx, scopeOf(actor, 'org.read'), query.orgId);
      conditions.push(
        sql`(${orgs.path} LIKE ${root.path + '%'} OR ${persons.orgPath} LIKE ${root.path + '%'})`,
      );
    }
    if (query.year) conditions.push(eq(awards.year, query.year));
    if (query.kind) conditions.push(eq(awards.kind, query.kind));
    return loadAwards(tx, and(...conditions)!);
  });
}

/** An org's own awards (not its subtree's). */
export async function orgAwards(db: Db, ctx: RequestContext, orgId: number): Promise<Award[]> {
  const actor = requirePermission(ctx, 'org.read');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'org.read', orgId);
    return loadAwards(tx, eq(awards.orgId, orgId));
  });
}
