import {
  checkOutflowReturn,
  chinaToday,
  OPEN_OUTFLOW_STATES,
  OUTFLOW_STATE_LABELS,
  type OutflowActivityInput,
  type OutflowDetail,
  type OutflowReturnInput,
  type OutflowState,
} from '@jiceng/core';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, ruleViolated } from '../../http/errors';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { appendPersonEvents } from '../persons/events';
import { loadDetail } from './read';
import { personOf, requireOutflow, requireSide, sidesOf, type OutflowRow } from './queries';
import { outflowActivities, outflows } from './schema';

function stateOf(row: OutflowRow): OutflowState {
  return row.outflow.state as OutflowState;
}

function requireOpen(row: OutflowRow): void {
  if (!OPEN_OUTFLOW_STATES.includes(stateOf(row))) {
    throw conflict(`该流出登记${OUTFLOW_STATE_LABELS[stateOf(row)]}，不能再办理`);
  }
}

/** T9: the inflow branch takes up the member's daily management. */
export async function confirmOutflow(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
): Promise<OutflowDetail> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const row = await requireOutflow(tx, actor, id, { lock: true });
    requireSide(actor, row, 'in', '只有流入地党组织可以确认');
    if (stateOf(row) !== 'registered') {
      throw conflict(`该流出登记${OUTFLOW_STATE_LABELS[stateOf(row)]}，不需要确认`);
    }
    await tx
      .update(outflows)
      .set({ state: 'confirmed', confirmedOn: today, confirmedBy: actor.userId })
      .where(eq(outflows.id, id));
    const person = await personOf(tx, row.outflow.personId);
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'outflow_confirmed',
        occurredOn: today,
        orgId: row.outflow.inflowOrgId,
        details: {
          outflowId: id,
          destination: row.outflow.destination,
          inflowOrgId: row.outflow.inflowOrgId,
          inflowOrgName: row.outflow.inflowOrgName,
        },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'outflow.confirmed',
      entityType: 'outflow',
      entityId: id,
      orgId: row.outflow.inflowOrgId,
      summary: { personId: person.id, before: { state: 'registered' }, after: { state: 'confirmed' } },
    });
    return loadDetail(tx, cipher, actor, id, today);
  });
}

/** The member is back: the outflow org closes the outflow, and the inflow org hears of it. */
export async function returnOutflow(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: OutflowReturnInput,
): Promise<OutflowDetail> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const row = await requireOutflow(tx, actor, id, { lock: true });
    requireSide(actor, row, 'out', '只有流出地党组织可以登记返回');
    requireOpen(row);
    const [violation] = checkOutflowReturn(row.outflow.outflowOn, input.returnedOn, today);
    if (violation) throw ruleViolated(violation);
    await tx
      .update(outflows)
      .set({ state: 'returned', returnedOn: input.returnedOn })
      .where(eq(outflows.id, id));
    const person = await personOf(tx, row.outflow.personId);
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'outflow_returned',
        occurredOn: input.returnedOn,
        orgId: row.outflow.orgId,
        details: {
          outflowId: id,
          destination: row.outflow.destination,
          inflowOrgId: row.outflow.inflowOrgId,
          inflowOrgName: row.outflow.inflowOrgName,
        },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'outflow.returned',
      entityType: 'outflow',
      entityId: id,
      orgId: row.outflow.orgId,
      summary: {
        personId: person.id,
        before: { state: row.outflow.state },
        after: { state: 'returned', returnedOn: input.returnedOn },
      },
    });
    const inflowOrgId = row.outflow.inflowOrgId;
    if (inflowOrgId !== null) {
      const contacts = (await orgContacts(tx, cipher, [inflowOrgId])).get(inflowOrgId)!;
      await notify(tx, cipher, {
        userIds: contacts.userIds,
        title: '流动党员已返回',
        body: `${row.orgName}的党员${person.name}已于 ${input.returnedOn} 返回，不再由${row.outflow.inflowOrgName}管理。`,
      });
    }
    return loadDetail(tx, cipher, actor, id, today);
  });
}

/**
 * T9: a meeting or activity the member took part in, or a contact with them, recorded by either org while
 * the member is away. The inflow org records as itself when it can; a contact moves `lastContactOn`.
 */
export async function recordOutflowActivity(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: OutflowActivityInput,
): Promise<OutflowDetail> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const row = await requireOutflow(tx, actor, id, { lock: true });
    const manage = sidesOf(actor, 'person.manage', row);
    if (!manage.in) requireSide(actor, row, 'out', '只有流出地或流入地党组织可以记录');
    requireOpen(row);
    if (input.occurredOn > today) {
      throw ruleViolated({
        rule: 'transfers.md T9',
        field: 'occurredOn',
        message: `日期（${input.occurredOn}）不能晚于今天`,
      });
    }
    if (input.occurredOn < row.outflow.outflowOn) {
      throw ruleViolated({
        rule: 'transfers.md T9',
        field: 'occurredOn',
        message: `日期（${input.occurredOn}）不能早于外出日期（${row.outflow.outflowOn}）`,
        allowedFrom: row.outflow.outflowOn,
      });
    }
    const orgId = manage.in ? row.outflow.inflowOrgId! : row.outflow.orgId;
    const [activity] = await tx
      .insert(outflowActivities)
      .values({
        outflowId: id,
        occurredOn: input.occurredOn,
        kind: input.kind,
        title: input.title,
        note: input.note || null,
        orgId,
        recordedBy: actor.userId,
      })
      .returning({ id: outflowActivities.id });
    if (input.kind === 'contact') {
      await tx
        .update(outflows)
        .set({
          lastContactOn: sql`GREATEST(COALESCE(${outflows.lastContactOn}, ${input.occurredOn}::date), ${input.occurredOn}::date)`,
        })
        .where(eq(outflows.id, id));
    }
    await recordAudit(tx, ctx, {
      action: 'outflow.activity_recorded',
      entityType: 'outflow',
      entityId: id,
      orgId,
      summary: {
        personId: row.outflow.personId,
        activityId: activity!.id,
        after: { occurredOn: input.occurredOn, kind: input.kind, title: input.title },
      },
    });
    return loadDetail(tx, cipher, actor, id, today);
  });
}
