import {
  BRANCH_KINDS,
  checkOutflow,
  chinaToday,
  maskPhone,
  OPEN_OUTFLOW_STATES,
  type InflowOrgHit,
  type OrgKind,
  type OutflowDetail,
  type OutflowInput,
  type Stage,
  type Standing,
} from '@jiceng/core';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { AppError, ruleViolated } from '../../http/errors';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { appendPersonEvents } from '../persons/events';
import { transfers } from '../transfers/schema';
import { loadDetail } from './read';
import { outflows } from './schema';

const OPEN_OUTFLOW_MESSAGE = '该党员已有未结束的流出登记，须先登记返回';
/** Transfer states in which the relationship is still on its way (T7). */
const OPEN_TRANSFER_STATES = ['requested', 'issued'];

/** 409 with the T9 rule: the same answer whether the open outflow was seen or raced in at the same moment. */
function openOutflowConflict(): AppError {
  return new AppError(409, 'conflict', OPEN_OUTFLOW_MESSAGE, 'personId', 'transfers.md T9');
}

function isOpenOutflowRace(error: unknown): boolean {
  // drizzle wraps the driver's error; the unique violation is on it or on its cause.
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | null; e;) {
    if (e.code === '23505' && e.constraint === 'outflows_open_uq') return true;
    e = (e.cause ?? null) as typeof e;
  }
  return false;
}

/** Any live branch in Jiceng, in whatever tree: the outflow org names it without being able to read it. */
async function inflowBranch(tx: Tx, id: number) {
  const [org] = await tx
    .select({ id: orgs.id, kind: orgs.kind, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.id, id), isNull(orgs.dissolvedAt)));
  if (!org) throw new AppError(404, 'not_found', '流入地党组织不存在或已撤销', 'inflowOrgId');
  return { ...org, kind: org.kind as OrgKind };
}

/**
 * T8, T9: the member's branch registers the outflow. With an inflow branch in Jiceng it waits for that
 * branch's confirmation (and its accounts are told); with only a name there is nobody to confirm it here,
 * so it is confirmed at once.
 */
export async function registerOutflow(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: OutflowInput,
): Promise<OutflowDetail> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  try {
    return await db.transaction(async (tx) => {
      const { person } = await requirePerson(tx, actor, 'person.manage', input.personId);
      const inflow = input.inflowOrgId === undefined ? null : await inflowBranch(tx, input.inflowOrgId);
      const [open] = await tx
        .select({ id: outflows.id })
        .from(outflows)
        .where(and(eq(outflows.personId, person.id), inArray(outflows.state, [...OPEN_OUTFLOW_STATES])));
      const [openTransfer] = await tx
        .select({ id: transfers.id })
        .from(transfers)
        .where(and(eq(transfers.personId, person.id), inArray(transfers.state, OPEN_TRANSFER_STATES)));
      if (open) throw openOutflowConflict();
      const [violation] = checkOutflow({
        stage: person.stage as Stage | null,
        standing: person.standing as Standing,
        ownOrgId: person.orgId,
        inflow,
        openOutflow: false,
        openTransfer: openTransfer !== undefined,
        outflowOn: input.outflowOn,
        today,
      });
      if (violation) throw ruleViolated(violation);

      const inflowOrgName = inflow?.name ?? input.inflowOrgName!;
      const state = inflow ? 'registered' : 'confirmed';
      const [row] = await tx
        .insert(outflows)
        .values({
          tenantOrgId: person.tenantOrgId,
          personId: person.id,
          orgId: person.orgId,
          inflowOrgId: inflow?.id ?? null,
          inflowOrgName,
          destination: input.destination,
          contactEnc: cipher.encrypt(input.contact),
          cardNumber: input.cardNumber ?? null,
          reason: input.reason || null,
          outflowOn: input.outflowOn,
          state,
          confirmedOn: inflow ? null : today,
          lastContactOn: null,
          createdBy: actor.userId,
        })
        .returning({ id: outflows.id });
      const id = row!.id;
      await appendPersonEvents(tx, person, actor.userId, [
        {
          type: 'outflow_registered',
          occurredOn: input.outflowOn,
          orgId: person.orgId,
          details: {
            outflowId: id,
            destination: input.destination,
            inflowOrgId: inflow?.id ?? null,
            inflowOrgName,
          },
        },
      ]);
      await recordAudit(tx, ctx, {
        action: 'outflow.registered',
        entityType: 'outflow',
        entityId: id,
        orgId: person.orgId,
        summary: {
          after: {
            personId: person.id,
            outflowOn: input.outflowOn,
            destination: input.destination,
            contact: maskPhone(input.contact),
            inflowOrgId: inflow?.id ?? null,
            inflowOrgName,
            cardNumber: input.cardNumber ?? null,
            state,
          },
        },
      });
      if (inflow) {
        const contacts = (await orgContacts(tx, cipher, [inflow.id])).get(inflow.id)!;
        const [own] = await tx.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, person.orgId));
        await notify(tx, cipher, {
          userIds: contacts.userIds,
          title: '有流动党员待确认',
          body: `${own!.name}的党员${person.name}自 ${input.outflowOn} 起外出到${input.destination}，登记流入${inflow.name}，请在“流动党员”中确认并纳入日常管理。`,
        });
      }
      return loadDetail(tx, cipher, actor, id, today);
    });
  } catch (error) {
    if (isOpenOutflowRace(error)) throw openOutflowConflict();
    throw error;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Branches anywhere in Jiceng by name, for naming the inflow org (T9). Deliberately not limited to the
 * actor's reach: only the id and the names on the way down are shown, nothing inside the branch.
 */
export async function searchInflowOrgs(
  db: Db,
  ctx: RequestContext,
  query: { q: string },
): Promise<InflowOrgHit[]> {
  requirePermission(ctx, 'person.manage');
  return db.transaction(async (tx) => {
    const pattern = '%' + escapeLike(query.q) + '%';
    const rows = await tx
      .select({ id: orgs.id, name: orgs.name, path: orgs.path })
      .from(orgs)
      .where(
        and(
          isNull(orgs.dissolvedAt),
          inArray(orgs.kind, [...BRANCH_KINDS]),
          sql`${orgs.name} ILIKE ${pattern}`,
        ),
      )
      .orderBy(
        sql`CASE WHEN ${orgs.name} = ${query.q} THEN 0 WHEN ${orgs.name} ILIKE ${escapeLike(query.q) + '%'} THEN 1 ELSE 2 END`,
        asc(orgs.name),
        asc(orgs.id),
      )
      .limit(20);
    const ids = new Set<number>();
    for (const r of rows) for (const part of r.path.split('/').filter(Boolean)) ids.add(Number(part));
    const names = new Map<number, string>();
    if (ids.size) {
      const named = await tx
        .select({ id: orgs.id, name: orgs.name })
        .from(orgs)
        .where(inArray(orgs.id, [...ids]));
      for (const n of named) names.set(n.id, n.name);
    }
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      fullName: r.path
        .split('/')
        .filter(Boolean)
        .map((part) => names.get(Number(part)) ?? '')
        .join(' / '),
    }));
  });
}
