import {
  checkDuesPaidUpTo,
  checkLetterReceipt,
  chinaToday,
  letterExpiresOn,
  MEMBER_STAGES,
  type RuleViolation,
  type Transfer,
  type TransferInboundInput,
  type TransferReceiptInput,
  type TransferReceiveInput,
} from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, forbidden, ruleViolated } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { appendPersonEvents } from '../persons/events';
import { persons } from '../persons/schema';
import { insertPerson } from '../persons/service';
import { reaches, requireStopInReach, requireTransfer } from './access';
import { requireOpen } from './act';
import { letterName, orgChain } from './chain';
import { notifyTransfer } from './notify-path';
import { transfers, transferStops } from './schema';
import { transferViews } from './views';

function refuse(violations: RuleViolation[]): void {
  if (violations[0]) throw ruleViolated(violations[0]);
}

/**
 * T7: the member reports to the receiving branch, which takes them in: the person moves to the branch (and
 * group) in the same transaction, and the receipt goes back at once, the issuer being in Jiceng too (T5).
 * Two receipts at once: the transfer row is locked, so the second finds it done and gets 409.
 */
export async function receiveTransfer(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: TransferReceiveInput,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { row, stops } = await requireTransfer(tx, actor, id, true);
    if (row.state === 'received' || row.state === 'receipt_returned') {
      throw conflict(`该党员已于 ${row.receivedOn} 报到接收`);
    }
    requireOpen(row);
    const current = stops.find((s) => s.state === 'pending');
    if (!current || current.role !== 'receive' || row.state !== 'issued') {
      throw conflict('介绍信尚未开具并转达接收党支部，还不能报到接收');
    }
    requireStopInReach(actor, current);
    refuse(
      checkLetterReceipt({
        issuedOn: row.issuedOn!,
        validityDays: row.validityDays,
        receivedOn: input.receivedOn,
        lateStatement: input.lateStatement,
        today,
      }),
    );
    const groupId = input.groupId ?? row.toGroupId;
    if (groupId) {
      const [group] = await tx
        .select({ id: orgs.id })
        .from(orgs)
        .where(and(eq(orgs.id, groupId), eq(orgs.parentId, row.toOrgId!), eq(orgs.kind, 'group')));
      if (!group) {
        throw ruleViolated({ rule: 'transfers.md T7', field: 'groupId', message: '党小组不属于接收党支部' });
      }
    }
    const [to] = await tx.select().from(orgs).where(eq(orgs.id, row.toOrgId!));
    await tx.execute(sql`SELECT 1 FROM ${persons} WHERE ${persons.id} = ${row.personId} FOR UPDATE`);
    await tx
      .update(persons)
      .set({ orgId: to!.id, groupId: groupId ?? null, tenantOrgId: to!.tenantOrgId, updatedAt: sql`now()` })
      .where(eq(persons.id, row.personId));
    await tx
      .update(transferStops)
      .set({ state: 'done', actedOn: input.receivedOn, actedBy: actor.userId })
      .where(eq(transferStops.id, current.id));
    await tx
      .update(transfers)
      .set({
        state: 'receipt_returned',
        receivedOn: input.receivedOn,
        receiptReturnedOn: today,
        lateStatement: input.lateStatement ?? null,
        updatedAt: sql`now()`,
      })
      .where(eq(transfers.id, id));
    const [person] = await tx.select().from(persons).where(eq(persons.id, row.personId));
    await appendPersonEvents(tx, person!, actor.userId, [
      {
        type: 'transfer_received',
        occurredOn: input.receivedOn,
        orgId: to!.id,
        details: { transferId: id, letterNumber: row.letterNumber, fromOrgName: row.fromOrgName },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'transfer.received',
      entityType: 'transfer',
      entityId: id,
      orgId: to!.id,
      summary: { before: { orgId: row.fromOrgId }, after: { orgId: to!.id, groupId: groupId ?? null } },
    });
    await notifyTransfer(tx, cipher, {
      orgIds: [stops[0]!.orgId, ...(row.issuerOrgId ? [row.issuerOrgId] : [])],
      title: `组织关系已转达：${person!.name}`,
      body: `${person!.name} 已于 ${input.receivedOn} 到${row.toOrgName}报到，回执已返回（介绍信 ${row.letterNumber}）。`,
    });
    return (await transferViews(tx, actor, [id], today))[0]!;
  });
}

/**
 * The paper receipt of a letter crossing the install's edge (T5). Outbound: it came back, so the member
 * has left this install and leaves its counts (the record and its history stay). Inbound: the receiving
 * branch sent it back to the issuer outside.
 */
export async function recordReceipt(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: TransferReceiptInput,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { row, stops } = await requireTransfer(tx, actor, id, true);
    if (row.kind === 'inbound') {
      // The receiving branch sent the paper receipt back to the issuer outside (T5).
      if (row.state !== 'received') throw conflict('回执已登记');
      requireStopInReach(actor, stops[0]!);
      if (input.returnedOn < row.receivedOn! || input.returnedOn > today) {
        throw ruleViolated({
          rule: 'transfers.md T5',
          field: 'returnedOn',
          message: `回执日期应在报到日期（${row.receivedOn}）和今天之间`,
        });
      }
      await tx
        .update(transfers)
        .set({ state: 'receipt_returned', receiptReturnedOn: input.returnedOn, updatedAt: sql`now()` })
        .where(eq(transfers.id, id));
      await recordAudit(tx, ctx, {
        action: 'transfer.receipt_recorded',
        entityType: 'transfer',
        entityId: id,
        orgId: stops[0]!.orgId,
        summary: { after: { returnedOn: input.returnedOn } },
      });
      return (await transferViews(tx, actor, [id], today))[0]!;
    }
    if (row.kind !== 'outbound') throw conflict('系统内转接的回执在报到接收时自动返回');
    if (row.state !== 'issued') throw conflict('介绍信尚未开具或转接已结束，不能登记回执');
    const issuer = stops.find((s) => s.role === 'issue')!;
    if (!reaches(actor, 'person.manage', issuer.path) && !reaches(actor, 'person.manage', stops[0]!.path)) {
      throw forbidden('回执由开具介绍信的党组织或转出党支部登记');
    }
    if (input.returnedOn < row.issuedOn! || input.returnedOn > today) {
      throw ruleViolated({
        rule: 'transfers.md T5',
        field: 'returnedOn',
        message: `回执日期应在介绍信开具日期（${row.issuedOn}）和今天之间`,
      });
    }
    await tx
      .update(transfers)
      .set({
        state: 'receipt_returned',
        receivedOn: input.returnedOn,
        receiptReturnedOn: input.returnedOn,
        updatedAt: sql`now()`,
      })
      .where(eq(transfers.id, id));
    const [person] = await tx.select().from(persons).where(eq(persons.id, row.personId));
    await appendPersonEvents(tx, person!, actor.userId, [
      {
        type: 'transferred_out',
        occurredOn: input.returnedOn,
        orgId: issuer.orgId,
        details: { transferId: id, letterNumber: row.letterNumber, toOrgName: row.toOrgName },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'transfer.receipt_recorded',
      entityType: 'transfer',
      entityId: id,
      orgId: issuer.orgId,
      summary: { after: { returnedOn: input.returnedOn } },
    });
    return (await transferViews(tx, actor, [id], today))[0]!;
  });
}

/** A member arriving with a paper letter from an org outside Jiceng: registered in the receiving branch. */
export async function registerInbound(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: TransferInboundInput,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  const { letter } = input;
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'person.manage', letter.toOrgId);
    refuse([
      ...checkLetterReceipt({
        issuedOn: letter.issuedOn,
        validityDays: letter.validityDays,
        receivedOn: letter.receivedOn,
        lateStatement: letter.lateStatement,
        today,
      }),
      ...checkDuesPaidUpTo(letter.duesPaidUpTo, letter.issuedOn),
    ]);
    if (!input.person.admissionDate) {
      throw ruleViolated({
        rule: 'transfers.md T1',
        field: 'person.admissionDate',
        message: '凭组织关系介绍信转入的应为党员，须填写入党日期',
      });
    }
    const person = await insertPerson(tx, cipher, ctx, actor, { ...input.person, orgId: letter.toOrgId }, [
      {
        type: 'transfer_registered_in',
        occurredOn: letter.receivedOn,
        orgId: letter.toOrgId,
        details: { letterNumber: letter.letterNumber, fromOrgName: letter.fromOrgName },
      },
    ]);
    if (!person.stage || !MEMBER_STAGES.includes(person.stage)) {
      throw ruleViolated({
        rule: 'transfers.md T1',
        field: 'person.admissionDate',
        message: '转入人员应为党员',
      });
    }
    const toChain = await orgChain(tx, letter.toOrgId);
    const [row] = await tx
      .insert(transfers)
      .values({
        tenantOrgId: toChain[0]!.tenantOrgId,
        personId: person.id,
        kind: 'inbound',
        state: 'received',
        fromOrgId: null,
        fromOrgName: letter.fromOrgName,
        toOrgId: letter.toOrgId,
        toOrgName: letterName(toChain),
        issuerOrgId: null,
        letterNumber: letter.letterNumber,
        validityDays: letter.validityDays,
        issuedOn: letter.issuedOn,
        expiresOn: letterExpiresOn(letter.issuedOn, letter.validityDays),
        duesPaidUpTo: letter.duesPaidUpTo,
        lateStatement: letter.lateStatement ?? null,
        receivedOn: letter.receivedOn,
        createdBy: actor.userId,
      })
      .returning({ id: transfers.id });
    await tx.insert(transferStops).values({
      transferId: row!.id,
      seq: 0,
      orgId: letter.toOrgId,
      role: 'receive',
      state: 'done',
      actedOn: letter.receivedOn,
      actedBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'transfer.registered_in',
      entityType: 'transfer',
      entityId: row!.id,
      orgId: letter.toOrgId,
      summary: {
        after: { personId: person.id, letterNumber: letter.letterNumber, from: letter.fromOrgName },
      },
    });
    return (await transferViews(tx, actor, [row!.id], today))[0]!;
  });
}
