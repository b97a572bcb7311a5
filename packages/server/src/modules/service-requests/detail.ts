import { pathInScope, type ServiceRequestDetail } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { requireServiceRequest } from './access';
import { serviceRequests } from './schema';
import { selectItems, timelineOf, toItem } from './views';

/** A request with its timeline, the phone masked or in full. */
export async function loadDetail(
  tx: Tx,
  cipher: DataCipher,
  id: number,
  now: Date,
  phone: 'masked' | 'full',
): Promise<ServiceRequestDetail> {
  const [row] = await selectItems(tx, eq(serviceRequests.id, id));
  const { r } = row!;
  return {
    ...toItem(row!, cipher, now, phone),
    phoneUnmasked: phone === 'full',
    resolution: r.resolution,
    closeReason: r.closeReason,
    satisfactionComment: r.satisfactionComment,
    ratedAt: r.ratedAt?.toISOString() ?? null,
    timeline: await timelineOf(tx, r.id),
  };
}

/**
 * One request with its timeline. Those who may handle it (service.manage) see the resident's phone in
 * full, to call back, and the read is audited; others see it masked.
 */
export async function getServiceRequest(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  now: Date,
): Promise<ServiceRequestDetail> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const { row, orgPath } = await requireServiceRequest(tx, actor, 'service.read', id);
    const full = pathInScope(scopeOf(actor, 'service.manage'), orgPath);
    if (full) {
      await recordAudit(tx, ctx, {
        action: 'service_request.phone_viewed',
        entityType: 'service_request',
        entityId: row.id,
        orgId: row.orgId,
        summary: { fields: ['contactPhone'] },
      });
    }
    return loadDetail(tx, cipher, row.id, now, full ? 'full' : 'masked');
  });
}
