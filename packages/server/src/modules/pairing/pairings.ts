import {
  chinaToday,
  pairingEndViolation,
  pairingViolations,
  type Pairing,
  type PairingEnd,
  type PairingInput,
  type PairingsQuery,
} from '@jiceng/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { loadHelper, requireHousehold } from './access';
import { subtreeWhere } from './households';
import { pairings } from './schema';
import { loadPairing, loadPairings } from './views';

/** Pairs a helper with a household that consented; every rule it breaks is named at once. */
export async function createPairing(
  db: Db,
  ctx: RequestContext,
  input: PairingInput,
  today = chinaToday(),
): Promise<Pairing> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.manage', input.householdId, true);
    const helper = await loadHelper(tx, actor, input.helperPersonId);
    const samePair = await tx
      .select({ startedOn: pairings.startedOn, endedOn: pairings.endedOn })
      .from(pairings)
      .where(and(eq(pairings.householdId, household.id), eq(pairings.helperPersonId, helper.id)));
    const violations = pairingViolations({
      household: { consentedOn: household.consentedOn, closedOn: household.closedOn },
      helperEligible: helper.role !== null,
      startedOn: input.startedOn,
      today,
      samePairPeriods: samePair,
    });
    if (violations.length) throw new StepRefused(violations);
    const [row] = await tx
      .insert(pairings)
      .values({
        tenantOrgId: household.tenantOrgId,
        householdId: household.id,
        helperPersonId: helper.id,
        helperRole: helper.role!,
        startedOn: input.startedOn,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning({ id: pairings.id });
    await recordAudit(tx, ctx, {
      action: 'pairing.paired',
      entityType: 'pairing',
      entityId: row!.id,
      orgId: household.orgId,
      summary: {
        after: {
          householdId: household.id,
          helperPersonId: helper.id,
          role: helper.role,
          startedOn: input.startedOn,
        },
      },
    });
    return loadPairing(tx, row!.id);
  });
}

export async function endPairing(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: PairingEnd,
  today = chinaToday(),
): Promise<Pairing> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const [pairing] = await tx.select().from(pairings).where(eq(pairings.id, id)).for('update');
    if (!pairing) throw notFound('结对记录');
    const { household } = await requireHousehold(tx, actor, 'service.manage', pairing.householdId);
    if (pairing.endedOn) throw conflict(`该结对已于 ${pairing.endedOn} 结束`);
    const violation = pairingEndViolation(pairing, input.endedOn, today);
    if (violation) throw new StepRefused([violation]);
    const [lateVisit] = await tx
      .execute<{ visited_on: string }>(
        sql`
      SELECT max(visited_on)::text AS visited_on FROM pairing_visits
       WHERE pairing_id = ${id} AND voided_at IS NULL AND visited_on > ${input.endedOn}::date`,
      )
      .then((r) => r.rows);
    if (lateVisit?.visited_on) {
      throw new StepRefused([
        {
          rule: 'pairing.period',
          field: 'endedOn',
          message: `结束日期（endedOn）不能早于已登记的走访日期 ${lateVisit.visited_on}`,
          allowedFrom: lateVisit.visited_on,
        },
      ]);
    }
    await tx
      .update(pairings)
      .set({
        endedOn: input.endedOn,
        endReason: input.reason,
        endNote: input.note || null,
        endedBy: actor.userId,
      })
      .where(eq(pairings.id, id));
    await recordAudit(tx, ctx, {
      action: 'pairing.ended',
      entityType: 'pairing',
      entityId: id,
      orgId: household.orgId,
      summary: { after: { endedOn: input.endedOn, reason: input.reason } },
    });
    return loadPairing(tx, id);
  });
}

export async function listPairings(db: Db, ctx: RequestContext, query: PairingsQuery): Promise<Pairing[]> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const conditions = await subtreeWhere(tx, actor, query.orgId);
    if (query.householdId) conditions.push(eq(pairings.householdId, query.householdId));
    if (query.helperPersonId) conditions.push(eq(pairings.helperPersonId, query.helperPersonId));
    if (query.active === true) conditions.push(isNull(pairings.endedOn));
    if (query.active === false) conditions.push(sql`${pairings.endedOn} IS NOT NULL`);
    return loadPairings(tx, and(...conditions));
  });
}
