import {
  checkServiceTransition,
  isResolvedState,
  resolvedOnTime,
  SERVICE_REQUEST_KIND_LABELS,
  SERVICE_REQUEST_STATE_LABELS,
  type PublicServiceTracking,
  type Satisfaction,
  type ServiceRateInput,
  type ServiceRequestKind,
  type ServiceRequestState,
} from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { orgs } from '../orgs/schema';
import { serviceRequests } from './schema';
import { addEvent, timelineOf } from './views';

async function byCode(tx: Tx, code: string, lock = false) {
  const query = tx
    .select({ r: serviceRequests, orgName: orgs.name })
    .from(serviceRequests)
    .innerJoin(orgs, eq(orgs.id, serviceRequests.orgId))
    .where(eq(serviceRequests.trackingCode, code));
  const [found] = lock ? await query.for('update', { of: serviceRequests }) : await query;
  if (!found) throw notFound('该查询码对应的诉求');
  return found;
}

async function trackingView(tx: Tx, code: string): Promise<PublicServiceTracking> {
  const { r, orgName } = await byCode(tx, code);
  const state = r.state as ServiceRequestState;
  const timeline = await timelineOf(tx, r.id);
  return {
    trackingCode: r.trackingCode,
    kindLabel: SERVICE_REQUEST_KIND_LABELS[r.kind as ServiceRequestKind] ?? r.kind,
    orgName,
    state,
    stateLabel: SERVICE_REQUEST_STATE_LABELS[state],
    submittedAt: r.submittedAt.toISOString(),
    respondBy: r.respondBy.toISOString(),
    resolveBy: r.resolveBy.toISOString(),
    respondedAt: r.respondedAt?.toISOString() ?? null,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolution: r.resolution,
    closeReason: r.closeReason,
    satisfaction: r.satisfaction as Satisfaction | null,
    onTime: isResolvedState(state) ? resolvedOnTime({ ...r, state }) : null,
    // Progress only: who handled it and their notes stay inside.
    timeline: timeline.map((e) => ({ at: e.at, action: e.action, actionLabel: e.actionLabel })),
  };
}

/** What the holder of a tracking code sees: the progress, without anyone's name or number. */
export async function trackRequest(db: Db, code: string): Promise<PublicServiceTracking> {
  return db.transaction((tx) => trackingView(tx, code));
}

/** The resident rates a resolved request once (满意/基本满意/不满意). */
export async function rateRequest(
  db: Db,
  ctx: RequestContext,
  code: string,
  input: ServiceRateInput,
  now: Date,
): Promise<PublicServiceTracking> {
  return db.transaction(async (tx) => {
    const { r } = await byCode(tx, code, true);
    const violation = checkServiceTransition(r.state as ServiceRequestState, 'rate');
    if (violation) throw new StepRefused([violation]);
    await tx
      .update(serviceRequests)
      .set({
        state: 'rated',
        satisfaction: input.satisfaction,
        satisfactionComment: input.comment || null,
        ratedAt: now,
        updatedAt: now,
      })
      .where(eq(serviceRequests.id, r.id));
    await addEvent(tx, { requestId: r.id, at: now, action: 'rated', note: input.comment || null });
    await recordAudit(tx, ctx, {
      action: 'service_request.rated',
      entityType: 'service_request',
      entityId: r.id,
      orgId: r.orgId,
      summary: { after: { state: 'rated', satisfaction: input.satisfaction } },
    });
    return trackingView(tx, code);
  });
}
