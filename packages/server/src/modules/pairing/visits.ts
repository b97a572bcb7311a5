import {
  chinaToday,
  visitValueViolations,
  visitViolations,
  type MyVisitInput,
  type Visit,
  type VisitInput,
  type VisitPage,
  type VisitsQuery,
} from '@jiceng/core';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { conflict, notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { ownPerson } from '../persons/self-service';
import { requireHousehold, type HouseholdRow } from './access';
import { subtreeWhere } from './households';
import { orgs as orgsTable } from '../orgs/schema';
import { pairingHouseholds, pairings, pairingVisits } from './schema';
import { loadVisit, loadVisits } from './views';

/**
 * Records a visit by `visitorPersonId` in the caller's transaction: the visitor must be paired with the
 * household on the visit's date (pairing.visit_paired, pairing.visit_period), and the money and goods must
 * match the help kinds. Every broken rule is named at once.
 */
async function insertVisit(
  tx: Tx,
  ctx: RequestContext,
  household: HouseholdRow,
  visitorPersonId: number,
  input: MyVisitInput,
  bySelf: boolean,
  today: string,
): Promise<Visit> {
  const periods = await tx
    .select({ id: pairings.id, startedOn: pairings.startedOn, endedOn: pairings.endedOn })
    .from(pairings)
    .where(and(eq(pairings.householdId, household.id), eq(pairings.helperPersonId, visitorPersonId)));
  const violations = [
    ...visitViolations({
      visitedOn: input.visitedOn,
      today,
      household: { consentedOn: household.consentedOn, closedOn: household.closedOn },
      periods,
    }),
    ...visitValueViolations(input),
  ];
  if (violations.length) throw new StepRefused(violations);
  const pairing = periods.find(
    (p) => p.startedOn <= input.visitedOn && (p.endedOn === null || input.visitedOn <= p.endedOn),
  )!;
  const [row] = await tx
    .insert(pairingVisits)
    .values({
      tenantOrgId: household.tenantOrgId,
      pairingId: pairing.id,
      householdId: household.id,
      visitorPersonId,
      visitedOn: input.visitedOn,
      notes: input.notes,
      helpKinds: input.helpKinds,
      moneyFen: input.moneyFen,
      goodsFen: input.goodsFen,
      goodsDescription: input.goodsDescription || null,
      bySelf,
      recordedBy: ctx.actor!.userId,
    })
    .returning({ id: pairingVisits.id });
  await recordAudit(tx, ctx, {
    action: 'pairing.visit_recorded',
    entityType: 'pairing_visit',
    entityId: row!.id,
    orgId: household.orgId,
    summary: {
      after: {
        householdId: household.id,
        visitorPersonId,
        visitedOn: input.visitedOn,
        helpKinds: input.helpKinds,
        moneyFen: input.moneyFen,
        goodsFen: input.goodsFen,
        bySelf,
      },
    },
  });
  return loadVisit(tx, row!.id);
}

/** Staff record a visit for a helper paired with a household in their reach. */
export async function recordVisit(
  db: Db,
  ctx: RequestContext,
  input: VisitInput,
  today = chinaToday(),
): Promise<Visit> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { household } = await requireHousehold(tx, actor, 'service.manage', input.householdId);
    const { visitorPersonId, ...visit } = input;
    return insertVisit(tx, ctx, household, visitorPersonId, visit, false, today);
  });
}

/**
 * A member logs a visit to one of their own households. The household is found only through the member's
 * pairings: any other household answers as not paired (pairing.visit_paired), whatever its org.
 */
export async function recordOwnVisit(
  db: Db,
  ctx: RequestContext,
  input: MyVisitInput,
  today = chinaToday(),
): Promise<Visit> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const [household] = await tx
      .select()
      .from(pairingHouseholds)
      .where(
        and(
          eq(pairingHouseholds.id, input.householdId),
          sql`EXISTS (SELECT 1 FROM pairings pr WHERE pr.household_id = ${pairingHouseholds.id}
                       AND pr.helper_person_id = ${person.id})`,
        ),
      );
    if (!household) {
      throw new StepRefused([
        {
          rule: 'pairing.visit_paired',
          field: 'householdId',
          message: '您与该帮扶对象没有结对关系，不能登记走访',
        },
      ]);
    }
    return insertVisit(tx, ctx, household, person.id, input, true, today);
  });
}

/** A wrong visit is voided with a reason, never erased; it then counts nowhere (coverage, points). */
export async function voidVisit(db: Db, ctx: RequestContext, id: number, reason: string): Promise<Visit> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const [visit] = await tx.select().from(pairingVisits).where(eq(pairingVisits.id, id)).for('update');
    if (!visit) throw notFound('走访记录');
    const { household } = await requireHousehold(tx, actor, 'service.manage', visit.householdId);
    if (visit.voidedAt) throw conflict('该走访记录已作废');
    await tx
      .update(pairingVisits)
      .set({ voidedAt: new Date(), voidedBy: actor.userId, voidReason: reason })
      .where(eq(pairingVisits.id, id));
    await recordAudit(tx, ctx, {
      action: 'pairing.visit_voided',
      entityType: 'pairing_visit',
      entityId: id,
      orgId: household.orgId,
      summary: { visitedOn: visit.visitedOn, visitorPersonId: visit.visitorPersonId, reason },
    });
    return loadVisit(tx, id);
  });
}

/** The visit filter of a list and of its Excel export. */
async function visitsWhere(tx: Tx, ctx: RequestContext, query: Omit<VisitsQuery, 'page' | 'pageSize'>) {
  const actor = requirePermission(ctx, 'service.read');
  const conditions = await subtreeWhere(tx, actor, query.orgId);
  if (query.householdId) conditions.push(eq(pairingVisits.householdId, query.householdId));
  if (query.visitorPersonId) conditions.push(eq(pairingVisits.visitorPersonId, query.visitorPersonId));
  if (query.from) conditions.push(gte(pairingVisits.visitedOn, query.from));
  if (query.to) conditions.push(lte(pairingVisits.visitedOn, query.to));
  return and(...conditions);
}

/** A page of visits, newest first, with the money and goods of every (not voided) visit the filter finds. */
export async function listVisits(db: Db, ctx: RequestContext, query: VisitsQuery): Promise<VisitPage> {
  requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const where = await visitsWhere(tx, ctx, query);
    const [totals] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        money: sql<string>`coalesce(sum(${pairingVisits.moneyFen}) FILTER (WHERE ${pairingVisits.voidedAt} IS NULL), 0)::text`,
        goods: sql<string>`coalesce(sum(${pairingVisits.goodsFen}) FILTER (WHERE ${pairingVisits.voidedAt} IS NULL), 0)::text`,
      })
      .from(pairingVisits)
      .innerJoin(pairingHouseholds, eq(pairingHouseholds.id, pairingVisits.householdId))
      .innerJoin(orgsTable, eq(orgsTable.id, pairingHouseholds.orgId))
      .where(where);
    const items = await loadVisits(tx, where, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items,
      total: Number(totals?.n ?? 0),
      page: query.page,
      pageSize: query.pageSize,
      moneyFen: Number(totals?.money ?? 0),
      goodsFen: Number(totals?.goods ?? 0),
    };
  });
}

/** Every visit the filter finds, for the Excel export (the same filter as the list). */
export async function allVisits(
  db: Db,
  ctx: RequestContext,
  query: Omit<VisitsQuery, 'page' | 'pageSize'>,
): Promise<Visit[]> {
  requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => loadVisits(tx, await visitsWhere(tx, ctx, query)));
}
