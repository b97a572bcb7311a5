import type {
  ServiceRequestDetail,
  ServiceRequestItem,
  ServiceResolveInput,
  ServiceRespondInput,
} from '@jiceng/core';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { notFound } from '../../http/errors';
import { ownPerson } from '../persons/self-service';
import { loadDetail } from './detail';
import { serviceRequests } from './schema';
import { takeStep } from './steps';
import { selectItems, toItem } from './views';

const OPEN = sql`${serviceRequests.state} IN ('assigned', 'responded')`;
/** Resolved ones stay on the member's list for a while, so the member sees them done. */
const RECENT_DONE_LIMIT = 20;

/**
 * The requests assigned to the signed-in member: the open ones with the resident's phone in full (the member
 * must call or visit; the read is audited), then the latest done ones with the phone masked.
 */
export async function myServiceRequests(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  now: Date,
): Promise<ServiceRequestItem[]> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const mine = eq(serviceRequests.assigneePersonId, person.id);
    const open = await selectItems(tx, and(mine, OPEN)!, { orderBy: [asc(serviceRequests.resolveBy)] });
    const done = await selectItems(tx, and(mine, sql`NOT ${OPEN}`)!, {
      orderBy: [desc(serviceRequests.updatedAt)],
      limit: RECENT_DONE_LIMIT,
    });
    if (open.length) {
      await recordAudit(tx, ctx, {
        action: 'service_request.phone_viewed',
        entityType: 'service_request',
        entityId: null,
        orgId: person.orgId,
        summary: { fields: ['contactPhone'], requestIds: open.map((row) => row.r.id) },
      });
    }
    return [
      ...open.map((row) => toItem(row, cipher, now, 'full')),
      ...done.map((row) => toItem(row, cipher, now)),
    ];
  });
}

/** The member the request is assigned to responds (到场) or resolves it (办结). */
export async function myStep(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  step: { action: 'respond'; input: ServiceRespondInput } | { action: 'resolve'; input: ServiceResolveInput },
  now: Date,
): Promise<ServiceRequestDetail> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
    if (!row || row.assigneePersonId !== person.id || row.assigneeKind !== 'member')
      throw notFound('服务诉求');
    await takeStep(tx, ctx, row, { userId: actor.userId, name: person.name }, step, now);
    return loadDetail(tx, cipher, row.id, now, 'full');
  });
}
