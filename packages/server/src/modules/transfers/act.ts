import {
  chinaToday,
  letterExpiresOn,
  TRANSFER_STATE_LABELS,
  type IsoDate,
  type Transfer,
  type TransferReissueInput,
  type TransferState,
} from '@jiceng/core';
import { eq, sql } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, forbidden, ruleViolated } from '../../http/errors';
import { appendPersonEvents } from '../persons/events';
import { persons } from '../persons/schema';
import { reaches, requireStopInReach, requireTransfer, type LoadedTransfer } from './access';
import { nextLetterNumber } from './letter-number';
import { notifyTransfer } from './notify-path';
import { transfers, transferStops } from './schema';
import { isExpired, isOpen, transferViews, type TransferRow } from './views';

export function requireOpen(row: TransferRow): void {
  if (!isOpen(row.state)) {
    throw conflict(`该组织关系转接${TRANSFER_STATE_LABELS[row.state as TransferState]}，不能再办理`);
  }
}

export function requireNotExpired(row: TransferRow, today: IsoDate): void {
  if (isExpired(row, today)) {
    throw ruleViolated({
      rule: 'transfers.md T4',
      field: 'expiresOn',
      message: `介绍信已于 ${row.expiresOn} 过期，须由开具党组织重新开具`,
    });
  }
}

async function personOf(tx: Tx, row: TransferRow) {
  const [person] = await tx.select().from(persons).where(eq(persons.id, row.personId));
  return person!;
}

async function touch(tx: Tx, id: number, set: Partial<typeof transfers.$inferInsert>): Promise<void> {
  await tx
    .update(transfers)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(transfers.id, id));
}

export async function markStop(tx: Tx, stopId: number, state: string, actor: Actor, today: IsoDate) {
  await tx
    .update(transferStops)
    .set({ state, actedOn: today, actedBy: actor.userId })
    .where(eq(transferStops.id, stopId));
}

async function view(tx: Tx, actor: Actor, id: number, today: IsoDate): Promise<Transfer> {
  return (await transferViews(tx, actor, [id], today))[0]!;
}

/**
 * The org whose turn it is passes the transfer on; the issuing committee numbers and issues the letter
 * (T2), starting its validity (T4).
 */
export async function approveTransfer(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { row, stops } = await requireTransfer(tx, actor, id, true);
    requireOpen(row);
    const current = stops.find((s) => s.state === 'pending');
    if (!current) throw conflict('该组织关系转接没有待办理的步骤');
    if (current.role === 'receive') throw conflict('接收党支部应办理报到接收，而不是审核转递');
    requireStopInReach(actor, current);
    requireNotExpired(row, today);
    await markStop(tx, current.id, 'done', actor, today);
    const next = stops.find((s) => s.seq === current.seq + 1);
    if (next) {
      await tx.update(transferStops).set({ state: 'pending' }).where(eq(transferStops.id, next.id));
    }
    const person = await personOf(tx, row);
    if (current.role === 'issue') {
      const letterNumber = await nextLetterNumber(tx, current.orgId, today);
      await touch(tx, id, {
        state: 'issued',
        letterNumber,
        issuedOn: today,
        expiresOn: letterExpiresOn(today, row.validityDays),
      });
      await appendPersonEvents(tx, person, actor.userId, [
        {
          type: 'transfer_issued',
          occurredOn: today,
          orgId: current.orgId,
          details: { transferId: id, letterNumber, toOrgName: row.toOrgName },
        },
      ]);
    } else {
      await touch(tx, id, {});
    }
    await recordAudit(tx, ctx, {
      action: current.role === 'issue' ? 'transfer.issued' : 'transfer.approved',
      entityType: 'transfer',
      entityId: id,
      orgId: current.orgId,
      summary: { after: { stop: current.seq, role: current.role } },
    });
    if (next) {
      await notifyTransfer(tx, cipher, {
        orgIds: [next.orgId],
        title: `组织关系转接待办：${person.name}`,
        body: `${person.name} 的组织关系由${row.fromOrgName}转往${row.toOrgName}，请“${next.orgName}”办理。`,
      });
    }
    return view(tx, actor, id, today);
  });
}

/** T6: any org on the path may send the transfer back, with a reason the sender and the member see. */
export async function refuseTransfer(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  reason: string,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { row, stops } = await requireTransfer(tx, actor, id, true);
    requireOpen(row);
    const candidates = stops.filter((s) => s.role !== 'send' && reaches(actor, 'person.manage', s.path));
    // Acting for the org whose turn it is when the actor reaches it, else for the first org in reach.
    const by = candidates.find((s) => s.state === 'pending') ?? candidates[0];
    if (!by) throw forbidden('只有转接路径上的党组织可以退回');
    await markStop(tx, by.id, 'refused', actor, today);
    await touch(tx, id, {
      state: 'refused',
      refusedReason: reason,
      refusedByOrgId: by.orgId,
      refusedOn: today,
    });
    const person = await personOf(tx, row);
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'transfer_refused',
        occurredOn: today,
        orgId: by.orgId,
        details: { transferId: id, reason, by: by.orgName },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'transfer.refused',
      entityType: 'transfer',
      entityId: id,
      orgId: by.orgId,
      summary: { after: { reason, by: by.orgName } },
    });
    await notifyTransfer(tx, cipher, {
      orgIds: [stops[0]!.orgId],
      personId: row.personId,
      title: `组织关系转接被退回：${person.name}`,
      body: `${by.orgName}退回了 ${person.name} 转往${row.toOrgName}的组织关系转接。理由：${reason}`,
    });
    return view(tx, actor, id, today);
  });
}

/** The sending branch withdraws its own open transfer. */
export async function cancelTransfer(
  db: Db,
  ctx: RequestContext,
  id: number,
  reason: string | undefined,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { row, stops } = await requireTransfer(tx, actor, id, true);
    requireOpen(row);
    requireStopInReach(actor, stops[0]!);
    await touch(tx, id, { state: 'cancelled' });
    const person = await personOf(tx, row);
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'transfer_cancelled',
        occurredOn: today,
        orgId: stops[0]!.orgId,
        details: { transferId: id, ...(reason ? { reason } : {}) },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'transfer.cancelled',
      entityType: 'transfer',
      entityId: id,
      orgId: stops[0]!.orgId,
      summary: { after: { reason: reason ?? null } },
    });
    return view(tx, actor, id, today);
  });
}

/** T4: the issuing org re-issues an expired letter under a new number; the old one is void. */
export async function reissueLetter(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: TransferReissueInput,
): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const loaded: LoadedTransfer = await requireTransfer(tx, actor, id, true);
    const { row, stops } = loaded;
    if (!isExpired(row, today)) {
      throw conflict(
        row.state === 'issued'
          ? `介绍信有效期至 ${row.expiresOn}，尚未过期`
          : '只有已过期的介绍信可以重新开具',
      );
    }
    const issuer = stops.find((s) => s.role === 'issue')!;
    requireStopInReach(actor, issuer);
    const validityDays = input.validityDays ?? row.validityDays;
    const letterNumber = await nextLetterNumber(tx, issuer.orgId, today);
    await touch(tx, id, {
      letterNumber,
      issuedOn: today,
      validityDays,
      expiresOn: letterExpiresOn(today, validityDays),
      previousNumbers: [...row.previousNumbers, row.letterNumber!],
    });
    const person = await personOf(tx, row);
    await appendPersonEvents(tx, person, actor.userId, [
      {
        type: 'transfer_issued',
        occurredOn: today,
        orgId: issuer.orgId,
        details: { transferId: id, letterNumber, reissued: true, previous: row.letterNumber },
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'transfer.reissued',
      entityType: 'transfer',
      entityId: id,
      orgId: issuer.orgId,
      summary: { before: { letterNumber: row.letterNumber }, after: { letterNumber, validityDays } },
    });
    return view(tx, actor, id, today);
  });
}
