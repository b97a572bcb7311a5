import {
  daysLeft,
  isLetterExpired,
  OPEN_TRANSFER_STATES,
  pathInScope,
  type IsoDate,
  type Stage,
  type Transfer,
  type TransferAction,
  type TransferKind,
  type TransferState,
  type TransferStopRole,
} from '@jiceng/core';
import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { transfers, transferStops } from './schema';

export type TransferRow = typeof transfers.$inferSelect;
type StopRow = Transfer['stops'][number] & { path: string };

const issuerOrg = alias(orgs, 'issuer_org');
const refusedOrg = alias(orgs, 'refused_org');

export function isOpen(state: string): boolean {
  return OPEN_TRANSFER_STATES.includes(state as TransferState);
}

/** T4: an issued letter past its last valid day. */
export function isExpired(row: Pick<TransferRow, 'state' | 'issuedOn' | 'validityDays'>, today: IsoDate) {
  return (
    row.state === 'issued' && row.issuedOn !== null && isLetterExpired(row.issuedOn, row.validityDays, today)
  );
}

/** What the actor may do with the transfer now: each action's own check repeats this on the server. */
function actionsFor(
  actor: Actor,
  row: TransferRow,
  stops: StopRow[],
  issuerPath: string | null,
  today: IsoDate,
): TransferAction[] {
  const manages = (path: string | null) =>
    path !== null && pathInScope(scopeOf(actor, 'person.manage'), path);
  const actions: TransferAction[] = [];
  const current = stops.find((s) => s.state === 'pending');
  const open = isOpen(row.state);
  const expired = isExpired(row, today);
  const sender = stops.find((s) => s.role === 'send');
  // An expired letter stops the path, except the member's report, which a late statement excuses (T4).
  if (open && current && manages(current.path) && (current.role === 'receive' || !expired)) {
    actions.push(current.role === 'receive' ? 'receive' : 'approve');
  }
  if (open && stops.some((s) => s.role !== 'send' && manages(s.path))) actions.push('refuse');
  if (open && sender && manages(sender.path)) actions.push('cancel');
  if (expired && manages(issuerPath)) actions.push('reissue');
  if (
    row.kind === 'outbound' &&
    row.state === 'issued' &&
    (manages(issuerPath) || manages(sender?.path ?? null))
  )
    actions.push('record_receipt');
  if (row.letterNumber && row.state !== 'cancelled') actions.push('print');
  return actions;
}

/** The transfers with the given ids, as the actor sees them, in the order of `ids`. */
export async function transferViews(
  tx: Tx,
  actor: Actor,
  ids: number[],
  today: IsoDate,
): Promise<Transfer[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({
      transfer: transfers,
      personName: persons.name,
      personStage: persons.stage,
      issuerName: issuerOrg.name,
      issuerPath: issuerOrg.path,
      refusedByName: refusedOrg.name,
    })
    .from(transfers)
    .innerJoin(persons, eq(persons.id, transfers.personId))
    .leftJoin(issuerOrg, eq(issuerOrg.id, transfers.issuerOrgId))
    .leftJoin(refusedOrg, eq(refusedOrg.id, transfers.refusedByOrgId))
    .where(inArray(transfers.id, ids));
  const stopRows = await tx
    .select({
      transferId: transferStops.transferId,
      seq: transferStops.seq,
      orgId: transferStops.orgId,
      orgName: orgs.name,
      path: orgs.path,
      role: transferStops.role,
      state: transferStops.state,
      actedOn: transferStops.actedOn,
    })
    .from(transferStops)
    .innerJoin(orgs, eq(orgs.id, transferStops.orgId))
    .where(inArray(transferStops.transferId, ids))
    .orderBy(asc(transferStops.transferId), asc(transferStops.seq));
  const views = rows.map(({ transfer: t, ...r }): Transfer => {
    const stops: StopRow[] = stopRows
      .filter((s) => s.transferId === t.id)
      .map((s) => ({
        seq: s.seq,
        orgId: s.orgId,
        orgName: s.orgName,
        path: s.path,
        role: s.role as TransferStopRole,
        state: s.state as StopRow['state'],
        actedOn: s.actedOn,
      }));
    const current = isOpen(t.state) ? (stops.find((s) => s.state === 'pending') ?? null) : null;
    const strip = ({ path: _path, ...stop }: StopRow) => stop;
    return {
      id: t.id,
      kind: t.kind as TransferKind,
      state: t.state as TransferState,
      expired: isExpired(t, today),
      person: { id: t.personId, name: r.personName, stage: r.personStage as Stage | null },
      fromOrgId: t.fromOrgId,
      fromOrgName: t.fromOrgName,
      toOrgId: t.toOrgId,
      toOrgName: t.toOrgName,
      toGroupId: t.toGroupId,
      issuerOrgId: t.issuerOrgId,
      issuerOrgName: r.issuerName,
      letterNumber: t.letterNumber,
      validityDays: t.validityDays,
      issuedOn: t.issuedOn,
      expiresOn: t.expiresOn,
      daysLeft: t.issuedOn && isOpen(t.state) ? daysLeft(t.issuedOn, t.validityDays, today) : null,
      duesPaidUpTo: t.duesPaidUpTo,
      note: t.note,
      refusedReason: t.refusedReason,
      refusedByOrgName: r.refusedByName,
      refusedOn: t.refusedOn,
      receivedOn: t.receivedOn,
      receiptReturnedOn: t.receiptReturnedOn,
      previousNumbers: t.previousNumbers,
      stops: stops.map(strip),
      currentStop: current ? strip(current) : null,
      actions: actionsFor(actor, t, stops, r.issuerPath, today),
      createdAt: t.createdAt.toISOString(),
    };
  });
  return ids.map((id) => views.find((v) => v.id === id)!);
}
