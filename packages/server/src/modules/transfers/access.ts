import { pathInScope, type Permission } from '@jiceng/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { inScope, scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { transfers, transferStops } from './schema';
import type { TransferRow } from './views';

export interface StopWithPath {
  id: number;
  seq: number;
  orgId: number;
  orgName: string;
  path: string;
  role: string;
  state: string;
}

export interface LoadedTransfer {
  row: TransferRow;
  stops: StopWithPath[];
}

/** Whether the actor's `permission` reaches the org at `path`. */
export function reaches(actor: Actor, permission: Permission, path: string | null | undefined): boolean {
  return !!path && pathInScope(scopeOf(actor, permission), path);
}

/** SQL: some org on the transfer's path lies in the scope (every org on the path sees the transfer). */
export function onPathInScope(actor: Actor, permission: Permission) {
  return sql`EXISTS (SELECT 1 FROM ${transferStops} s JOIN ${orgs} o ON o.id = s.org_id
    WHERE s.transfer_id = ${transfers.id} AND ${inScope(sql`o.path`, scopeOf(actor, permission))})`;
}

/**
 * Loads a transfer the actor can see (an org on its path is in reach), locked against concurrent changes
 * when `lock` is set: the second of two receipts waits here and then finds the transfer closed.
 */
export async function requireTransfer(
  tx: Tx,
  actor: Actor,
  id: number,
  lock = false,
): Promise<LoadedTransfer> {
  const base = tx.select().from(transfers).where(eq(transfers.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw notFound('组织关系转接');
  const stops = await tx
    .select({
      id: transferStops.id,
      seq: transferStops.seq,
      orgId: transferStops.orgId,
      orgName: orgs.name,
      path: orgs.path,
      role: transferStops.role,
      state: transferStops.state,
    })
    .from(transferStops)
    .innerJoin(orgs, eq(orgs.id, transferStops.orgId))
    .where(and(eq(transferStops.transferId, id)))
    .orderBy(asc(transferStops.seq));
  if (!stops.some((s) => reaches(actor, 'person.read', s.path))) throw notFound('组织关系转接');
  return { row, stops };
}

/** The stop the actor acts for: it must be in their reach with `person.manage`. */
export function requireStopInReach(actor: Actor, stop: StopWithPath): void {
  if (!reaches(actor, 'person.manage', stop.path)) throw forbidden(`此步骤须由“${stop.orgName}”办理`);
}
