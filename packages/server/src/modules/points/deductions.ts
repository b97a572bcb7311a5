import {
  chinaToday,
  MEMBER_STAGES,
  pathInScope,
  type PointsDeductionInput,
  type PointsDeductionList,
  type PointsDeductionView,
  type RuleViolation,
} from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { closedMonthViolation } from './closed-months';
import { deductionById, deductionsWhere } from './deduction-views';
import { recomputePerson } from './recompute';
import { pointsDeductions } from './schema';

const RULE = 'points.deduction';

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The branch records a deduction for a member's violation; the violation rule in force prices it, within
 * its caps, and the member's points are recomputed at once.
 */
export async function recordDeduction(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: PointsDeductionInput,
): Promise<PointsDeductionView> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const { person, orgPath } = await requirePerson(tx, actor, 'points.manage', personId);
    const violations: RuleViolation[] = [];
    if (!person.stage || !MEMBER_STAGES.includes(person.stage as (typeof MEMBER_STAGES)[number])) {
      violations.push({
        rule: RULE,
        field: 'personId',
        message: '党员（含预备党员）才有积分，不能对该人员记录扣分',
      });
    }
    if (input.occurredOn > chinaToday()) {
      violations.push({ rule: RULE, field: 'occurredOn', message: '发生日期不能晚于今天' });
    } else if (person.admissionDate && input.occurredOn < person.admissionDate) {
      violations.push({
        rule: RULE,
        field: 'occurredOn',
        message: `发生日期不能早于入党日期 ${person.admissionDate}`,
      });
    }
    const closed = await closedMonthViolation(tx, orgPath, input.occurredOn.slice(0, 7), '记录扣分');
    if (closed) violations.push(closed);
    if (violations.length) throw new StepRefused(violations);

    const [row] = await tx
      .insert(pointsDeductions)
      .values({
        tenantOrgId: person.tenantOrgId,
        personId: person.id,
        orgId: person.orgId,
        occurredOn: input.occurredOn,
        description: input.description,
        basis: input.basis || null,
        recordedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'points.deduction_recorded',
      entityType: 'points_deduction',
      entityId: row!.id,
      orgId: person.orgId,
      summary: {
        after: {
          personId: person.id,
          occurredOn: input.occurredOn,
          description: input.description,
          basis: input.basis || null,
        },
      },
    });
    await recomputePerson(tx, person.id, yearOf(input.occurredOn));
    return deductionById(tx, row!.id);
  });
}

/** A member's deductions, revoked ones included (they stay on record), newest first. */
export async function listDeductions(
  db: Db,
  ctx: RequestContext,
  personId: number,
): Promise<PointsDeductionList> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const { person, orgPath } = await requirePerson(tx, actor, 'points.read', personId);
    return {
      items: await deductionsWhere(tx, eq(pointsDeductions.personId, person.id)),
      mayManage: pathInScope(scopeOf(actor, 'points.manage'), orgPath),
    };
  });
}

/**
 * Revokes a wrongly recorded deduction with a reason: it stays on record, and the member's points no
 * longer count it. A closed month does not stop a revocation (it corrects the record, it adds no points
 * by claim).
 */
export async function revokeDeduction(
  db: Db,
  ctx: RequestContext,
  deductionId: number,
  revokeReason: string,
): Promise<PointsDeductionView> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(pointsDeductions)
      .where(eq(pointsDeductions.id, deductionId))
      .for('update');
    if (!row) throw notFound('扣分记录');
    const { person } = await requirePerson(tx, actor, 'points.manage', row.personId);
    if (row.revokedAt) throw conflict('该扣分记录已撤销');
    await tx
      .update(pointsDeductions)
      .set({ revokedAt: new Date(), revokedBy: actor.userId, revokeReason })
      .where(eq(pointsDeductions.id, deductionId));
    await recordAudit(tx, ctx, {
      action: 'points.deduction_revoked',
      entityType: 'points_deduction',
      entityId: deductionId,
      orgId: person.orgId,
      summary: { before: { revokedAt: null }, after: { revokeReason } },
    });
    await recomputePerson(tx, row.personId, yearOf(row.occurredOn));
    return deductionById(tx, deductionId);
  });
}
