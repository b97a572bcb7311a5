import {
  chinaDateTimeLabel,
  overdueLevel,
  resolutionMissed,
  SERVICE_REQUEST_KIND_LABELS,
  type ServiceRequestKind,
  type ServiceRequestState,
} from '@jiceng/core';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { pathIds } from './access';
import { serviceRequests } from './schema';
import { addEvent } from './views';

/** The audit names no person for the install's own scheduled work. */
const SYSTEM: RequestContext = { clientIp: null, actor: null };

export interface EscalationResult {
  escalated: number;
}

/**
 * Sends each open request that missed a deadline one org further up per missed deadline (the response:
 * the org above; the resolution as well: the org above that), each level once. The step goes on the
 * timeline, the staff of the org it went to hear of it (urgent ones by text too) and so does the assignee.
 * Takes `now`, so tests move the clock instead of waiting.
 */
export async function runServiceRequestEscalation(
  db: Db,
  cipher: DataCipher,
  now: Date,
): Promise<EscalationResult> {
  return db.transaction(async (tx) => {
    const at = now.toISOString();
    const candidates = await tx
      .select({ r: serviceRequests, path: orgs.path, orgName: orgs.name })
      .from(serviceRequests)
      .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
      .where(
        sql`${serviceRequests.state} IN ('submitted', 'assigned', 'responded')
          AND ${serviceRequests.escalationLevel} < 2
          AND (${serviceRequests.respondBy} <= ${at} OR ${serviceRequests.resolveBy} <= ${at})`,
      )
      .orderBy(serviceRequests.id)
      // A second server process running the same job skips what this one is escalating.
      .for('update', { of: serviceRequests, skipLocked: true });
    const escalatedIds: number[] = [];
    for (const { r, path, orgName } of candidates) {
      const clock = { ...r, state: r.state as ServiceRequestState };
      const level = overdueLevel(clock, now);
      if (level <= r.escalationLevel) continue;
      const ids = pathIds(path);
      // The org `level` steps above the request's org; the top org when the tree is not that deep.
      const targetId = ids[Math.max(ids.length - 1 - level, 0)]!;
      const [target] = await tx
        .select({ id: orgs.id, name: orgs.name })
        .from(orgs)
        .where(eq(orgs.id, targetId));
      await tx
        .update(serviceRequests)
        .set({ escalationLevel: level, escalatedToOrgId: targetId, updatedAt: now })
        .where(eq(serviceRequests.id, r.id));
      const missed = resolutionMissed(clock, now) ? '办结时限' : '响应时限';
      const note = `超过${missed}未${missed === '响应时限' ? '响应' : '办结'}，上报${target!.name}`;
      await addEvent(tx, { requestId: r.id, at: now, action: 'escalated', note, toOrgId: targetId });
      const kindLabel = SERVICE_REQUEST_KIND_LABELS[r.kind as ServiceRequestKind] ?? r.kind;
      const contacts = (await orgContacts(tx, cipher, [targetId])).get(targetId)!;
      const title = `诉求超时上报：${orgName}的${kindLabel}超过${missed}`;
      const body = `${r.text.slice(0, 60)}（查询码 ${r.trackingCode}）。响应时限 ${chinaDateTimeLabel(r.respondBy)}，办结时限 ${chinaDateTimeLabel(r.resolveBy)}，请督办。`;
      await notify(tx, cipher, {
        userIds: contacts.userIds,
        smsPhones: r.kind === 'urgent' ? contacts.phones : [],
        title,
        body,
      });
      if (r.assigneePersonId) {
        const [assignee] = await tx
          .select({ userId: persons.userId })
          .from(persons)
          .where(eq(persons.id, r.assigneePersonId));
        if (assignee?.userId) {
          await notify(tx, cipher, {
            userIds: [assignee.userId],
            title: `您承办的${kindLabel}已超时，已上报${target!.name}`,
            body,
          });
        }
      }
      escalatedIds.push(r.id);
    }
    const escalated = escalatedIds.length;
    if (escalated) {
      await recordAudit(tx, SYSTEM, {
        action: 'service_request.escalated',
        entityType: 'service_request',
        entityId: null,
        orgId: null,
        summary: {
          escalated,
          requestIds: escalatedIds,
        },
      });
    }
    return { escalated };
  });
}
