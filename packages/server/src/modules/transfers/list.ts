import { chinaToday, type Transfer, type TransferList, type TransferListQuery } from '@jiceng/core';
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireActor, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { ownPerson } from '../persons/self-service';
import { onPathInScope, requireTransfer } from './access';
import { transfers, transferStops } from './schema';
import { transferViews } from './views';

const OPEN = ['requested', 'issued'];

/**
 * Transfers touching the actor's reach (an org on the path), narrowed to one org's subtree and a filter:
 * `pending` is what waits for the actor's orgs (with the days left), the others follow the state.
 */
export async function listTransfers(
  db: Db,
  ctx: RequestContext,
  query: TransferListQuery,
): Promise<TransferList> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const where: SQL[] = [onPathInScope(actor, 'person.read')];
    if (query.orgId) {
      const org = await requireOrg(tx, actor, 'person.read', query.orgId);
      where.push(sql`EXISTS (SELECT 1 FROM ${transferStops} s JOIN ${orgs} o ON o.id = s.org_id
        WHERE s.transfer_id = ${transfers.id} AND o.path LIKE ${org.path + '%'})`);
    }
    const manage = inScope(sql`o.path`, scopeOf(actor, 'person.manage'));
    switch (query.filter) {
      case 'pending':
        where.push(sql`(
          (${inArray(transfers.state, OPEN)} AND EXISTS (SELECT 1 FROM ${transferStops} s JOIN ${orgs} o
            ON o.id = s.org_id WHERE s.transfer_id = ${transfers.id} AND s.state = 'pending' AND ${manage}))
          OR (${transfers.state} = 'issued' AND ${transfers.expiresOn} < ${today} AND EXISTS (
            SELECT 1 FROM ${orgs} o WHERE o.id = ${transfers.issuerOrgId} AND ${manage}))
          OR (${transfers.kind} = 'outbound' AND ${transfers.state} = 'issued' AND EXISTS (
            SELECT 1 FROM ${orgs} o WHERE o.id = ${transfers.issuerOrgId} AND ${manage}))
          OR (${transfers.kind} = 'inbound' AND ${transfers.state} = 'received' AND EXISTS (
            SELECT 1 FROM ${orgs} o WHERE o.id = ${transfers.toOrgId} AND ${manage})))`);
        break;
      case 'in_flight':
        where.push(inArray(transfers.state, OPEN));
        break;
      case 'expired':
        where.push(
          eq(transfers.state, 'issued'),
          isNotNull(transfers.expiresOn),
          sql`${transfers.expiresOn} < ${today}`,
        );
        break;
      case 'refused':
        where.push(eq(transfers.state, 'refused'));
        break;
      case 'done':
        where.push(inArray(transfers.state, ['received', 'receipt_returned']));
        break;
      case 'all':
        break;
    }
    const [{ total }] = (await tx
      .select({ total: sql<number>`count(*)::int` })
      .from(transfers)
      .where(and(...where))) as [{ total: number }];
    const ids = await tx
      .select({ id: transfers.id })
      .from(transfers)
      .where(and(...where))
      .orderBy(desc(transfers.updatedAt), desc(transfers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const items = await transferViews(
      tx,
      actor,
      ids.map((r) => r.id),
      today,
    );
    return { items, total, today };
  });
}

export async function getTransfer(db: Db, ctx: RequestContext, id: number): Promise<Transfer> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    await requireTransfer(tx, actor, id);
    return (await transferViews(tx, actor, [id], chinaToday()))[0]!;
  });
}

/**
 * Branches anywhere in Jiceng a member may move to, by name: the sender names the receiver even though it
 * cannot read the receiver's subtree (only names are shown).
 */
export async function transferDestinations(
  db: Db,
  ctx: RequestContext,
  q: string,
): Promise<{ id: number; fullName: string }[]> {
  requirePermission(ctx, 'person.manage');
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.execute<{ id: number; full_name: string }>(sql`
    SELECT b.id, (SELECT string_agg(a.name, ' / ' ORDER BY a.depth) FROM orgs a
                   WHERE b.path LIKE a.path || '%') AS full_name
      FROM orgs b
     WHERE b.kind IN ('branch', 'joint_branch') AND b.dissolved_at IS NULL AND b.name LIKE ${pattern}
     ORDER BY b.path LIMIT 20`);
  return rows.rows.map((r) => ({ id: Number(r.id), fullName: r.full_name }));
}

/** The member's own transfers, newest first, for the phone. */
export async function myTransfers(db: Db, ctx: RequestContext): Promise<Transfer[]> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const ids = await tx
      .select({ id: transfers.id })
      .from(transfers)
      .where(eq(transfers.personId, person.id))
      .orderBy(desc(transfers.createdAt));
    return transferViews(
      tx,
      actor,
      ids.map((r) => r.id),
      chinaToday(),
    );
  });
}
