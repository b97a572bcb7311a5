import {
  checkDuesPaidUpTo,
  checkTransferStart,
  chinaToday,
  DEFAULT_LETTER_VALIDITY_DAYS,
  outboundPath,
  transferPath,
  type IsoDate,
  type OrgKind,
  type RuleViolation,
  type Stage,
  type Standing,
  type Transfer,
  type TransferExternalOutInput,
  type TransferStartInput,
  type TransferStop,
} from '@jiceng/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { requirePerson, type PersonRow } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, ruleViolated } from '../../http/errors';
import { outflows } from '../mobile/schema';
import { orgs } from '../orgs/schema';
import { appendPersonEvents } from '../persons/events';
import { persons } from '../persons/schema';
import { letterName, orgChain } from './chain';
import { notifyTransfer } from './notify-path';
import { transfers, transferStops } from './schema';
import { transferViews } from './views';
import { uniqueViolation } from '../../db/errors';

function refuse(violations: RuleViolation[]): void {
  if (violations[0]) throw ruleViolated(violations[0]);
}

/** The person, locked, with whether a transfer or an outflow of theirs is still open. */
async function lockedMember(tx: Tx, actor: Actor, personId: number) {
  const { person } = await requirePerson(tx, actor, 'person.manage', personId);
  await tx.execute(sql`SELECT 1 FROM ${persons} WHERE ${persons.id} = ${personId} FOR UPDATE`);
  const [open] = await tx
    .select({ id: transfers.id })
    .from(transfers)
    .where(and(eq(transfers.personId, personId), inArray(transfers.state, ['requested', 'issued'])));
  const [outflow] = await tx
    .select({ id: outflows.id })
    .from(outflows)
    .where(and(eq(outflows.personId, personId), inArray(outflows.state, ['registered', 'confirmed'])));
  return { person, openTransfer: !!open, openOutflow: !!outflow };
}

/** The open-transfer index (T7) also stops a second request racing past the check above. */
async function insertTransfer(tx: Tx, values: typeof transfers.$inferInsert): Promise<number> {
  try {
    const [row] = await tx.insert(transfers).values(values).returning({ id: transfers.id });
    return row!.id;
  } catch (error) {
    if (uniqueViolation(error) !== null) {
      throw conflict('该党员已有未完成的组织关系转接，须先完成或撤销', 'personId');
    }
    throw error;
  }
}

async function insertStops(tx: Tx, transferId: number, stops: TransferStop[], actor: Actor, today: IsoDate) {
  await tx.insert(transferStops).values(
    stops.map((stop, seq) => ({
      transferId,
      seq,
      orgId: stop.orgId,
      role: stop.role,
      // The sending branch acts by starting the transfer; the next org on the path is up.
      state: seq === 0 ? 'done' : seq === 1 ? 'pending' : 'waiting',
      actedOn: seq === 0 ? today : null,
      actedBy: seq === 0 ? actor.userId : null,
    })),
  );
}

async function started(
  tx: Tx,
  cipher: DataCipher,
  ctx: RequestContext,
  actor: Actor,
  person: PersonRow,
  transferId: number,
  stops: TransferStop[],
  toOrgName: string,
  today: IsoDate,
): Promise<Transfer> {
  await insertStops(tx, transferId, stops, actor, today);
  await appendPersonEvents(tx, person, actor.userId, [
    {
      type: 'transfer_requested',
      occurredOn: today,
      orgId: person.orgId,
      details: { transferId, toOrgName },
    },
  ]);
  await recordAudit(tx, ctx, {
    action: 'transfer.requested',
    entityType: 'transfer',
    entityId: transferId,
    orgId: person.orgId,
    summary: { after: { personId: person.id, toOrgName } },
  });
  const next = stops[1];
  if (next) {
    await notifyTransfer(tx, cipher, {
      orgIds: [next.orgId],
      title: `组织关系转接待办：${person.name}`,
      body: `${person.name} 的组织关系拟转往${toOrgName}，请“${next.orgName}”办理。`,
    });
  }
  return (await transferViews(tx, actor, [transferId], today))[0]!;
}

/** The sending branch starts a transfer to another branch in Jiceng (T1, T5–T7). */
export async function startTransfer(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: TransferStartInput,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, openTransfer, openOutflow } = await lockedMember(tx, actor, input.personId);
    const [to] = await tx.select().from(orgs).where(eq(orgs.id, input.toOrgId));
    refuse([
      ...checkTransferStart({
        stage: person.stage as Stage | null,
        standing: person.standing as Standing,
        fromOrgId: person.orgId,
        to: to ? { id: to.id, kind: to.kind as OrgKind, dissolved: to.dissolvedAt !== null } : null,
        openTransfer,
        openOutflow,
      }),
      ...checkDuesPaidUpTo(input.duesPaidUpTo, today),
    ]);
    if (input.toGroupId) {
      const [group] = await tx
        .select({ id: orgs.id })
        .from(orgs)
        .where(and(eq(orgs.id, input.toGroupId), eq(orgs.parentId, input.toOrgId), eq(orgs.kind, 'group')));
      if (!group) {
        throw ruleViolated({
          rule: 'transfers.md T7',
          field: 'toGroupId',
          message: '党小组不属于接收党支部',
        });
      }
    }
    const fromChain = await orgChain(tx, person.orgId);
    const toChain = await orgChain(tx, input.toOrgId);
    const path = transferPath(fromChain, toChain);
    const transferId = await insertTransfer(tx, {
      tenantOrgId: person.tenantOrgId,
      personId: person.id,
      kind: 'internal',
      state: 'requested',
      fromOrgId: person.orgId,
      fromOrgName: letterName(fromChain),
      toOrgId: input.toOrgId,
      toGroupId: input.toGroupId ?? null,
      toOrgName: letterName(toChain),
      issuerOrgId: path.issuerId,
      validityDays: input.validityDays ?? DEFAULT_LETTER_VALIDITY_DAYS,
      duesPaidUpTo: input.duesPaidUpTo,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    return started(tx, cipher, ctx, actor, person, transferId, path.stops, letterName(toChain), today);
  });
}

/** A letter to an org outside Jiceng: issued along the sending side, the receipt recorded by hand later. */
export async function startOutbound(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: TransferExternalOutInput,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, openTransfer, openOutflow } = await lockedMember(tx, actor, input.personId);
    refuse([
      // The receiving org is outside, so only the member and the open items are checked.
      ...checkTransferStart({
        stage: person.stage as Stage | null,
        standing: person.standing as Standing,
        fromOrgId: person.orgId,
        to: { id: -1, kind: 'branch' },
        openTransfer,
        openOutflow,
      }),
      ...checkDuesPaidUpTo(input.duesPaidUpTo, today),
    ]);
    const fromChain = await orgChain(tx, person.orgId);
    const path = outboundPath(fromChain);
    const transferId = await insertTransfer(tx, {
      tenantOrgId: person.tenantOrgId,
      personId: person.id,
      kind: 'outbound',
      state: 'requested',
      fromOrgId: person.orgId,
      fromOrgName: letterName(fromChain),
      toOrgId: null,
      toOrgName: input.toOrgName,
      toOrgAddress: input.toOrgAddress ?? null,
      issuerOrgId: path.issuerId,
      validityDays: input.validityDays ?? DEFAULT_LETTER_VALIDITY_DAYS,
      duesPaidUpTo: input.duesPaidUpTo,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    return started(tx, cipher, ctx, actor, person, transferId, path.stops, input.toOrgName, today);
  });
}
