import {
  checkServiceTransition,
  chinaDateTimeLabel,
  MEMBER_STAGES,
  nextServiceState,
  SERVICE_REQUEST_KIND_LABELS,
  type ServiceAssignInput,
  type ServiceCloseInput,
  type ServiceRequestAction,
  type ServiceRequestDetail,
  type ServiceRequestKind,
  type ServiceRequestState,
  type ServiceResolveInput,
  type ServiceRespondInput,
} from '@jiceng/core';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { AppError } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { requireServiceRequest, type ServiceRequestRow } from './access';
import { loadDetail } from './detail';
import { serviceRequests } from './schema';
import { addEvent } from './views';

/** Who takes a step: a staff account, or the member the request is assigned to. */
export interface StepActor {
  userId: number;
  name: string;
}

function refuseUnless(state: string, action: ServiceRequestAction): void {
  const violation = checkServiceTransition(state as ServiceRequestState, action);
  if (violation) throw new StepRefused([violation]);
}

/** The assignee must be a member on record in the request's org or below it (or the org it went up to). */
async function assignableMember(
  tx: Tx,
  personId: number,
  paths: string[],
): Promise<{ id: number; name: string; userId: number | null }> {
  const [person] = await tx
    .select({
      id: persons.id,
      name: persons.name,
      userId: persons.userId,
      stage: persons.stage,
      standing: persons.standing,
      orgPath: persons.orgPath,
    })
    .from(persons)
    .where(eq(persons.id, personId));
  const member =
    person &&
    person.standing === 'active' &&
    MEMBER_STAGES.includes(person.stage as (typeof MEMBER_STAGES)[number]) &&
    paths.some((p) => person.orgPath.startsWith(p));
  if (!member) {
    throw new AppError(
      422,
      'validation_failed',
      '承办党员（personId）应为诉求所在组织及其下级组织的在册党员',
      'personId',
    );
  }
  return person;
}

const kindLabel = (row: ServiceRequestRow) =>
  SERVICE_REQUEST_KIND_LABELS[row.kind as ServiceRequestKind] ?? row.kind;

export async function assignRequest(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: ServiceAssignInput,
  now: Date,
): Promise<ServiceRequestDetail> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { row, orgPath } = await requireServiceRequest(tx, actor, 'service.manage', id);
    refuseUnless(row.state, 'assign');
    const paths = [orgPath];
    if (row.escalatedToOrgId) {
      const [up] = await tx.select({ path: orgs.path }).from(orgs).where(eq(orgs.id, row.escalatedToOrgId));
      if (up) paths.push(up.path);
    }
    const member =
      input.assigneeKind === 'member' ? await assignableMember(tx, input.personId!, paths) : null;
    await tx
      .update(serviceRequests)
      .set({
        state: nextServiceState('assign'),
        assigneeKind: input.assigneeKind,
        assigneePersonId: member?.id ?? null,
        assignedAt: now,
        updatedAt: now,
      })
      .where(eq(serviceRequests.id, row.id));
    await addEvent(tx, {
      requestId: row.id,
      at: now,
      action: 'assigned',
      note: input.note || null,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      personId: member?.id ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'service_request.assigned',
      entityType: 'service_request',
      entityId: row.id,
      orgId: row.orgId,
      summary: {
        before: { state: row.state, assigneeKind: row.assigneeKind, assigneePersonId: row.assigneePersonId },
        after: { state: 'assigned', assigneeKind: input.assigneeKind, assigneePersonId: member?.id ?? null },
      },
    });
    if (member?.userId) {
      await notify(tx, cipher, {
        userIds: [member.userId],
        title: `服务诉求派单：${kindLabel(row)}`,
        body: `${row.text.slice(0, 60)}。请在 ${chinaDateTimeLabel(row.respondBy)} 前响应（到场），${chinaDateTimeLabel(row.resolveBy)} 前办结。`,
      });
    }
    return loadDetail(tx, cipher, row.id, now, 'masked');
  });
}

export type ServiceStep =
  | { action: 'respond'; input: ServiceRespondInput }
  | { action: 'resolve'; input: ServiceResolveInput }
  | { action: 'reject' | 'withdraw'; input: ServiceCloseInput };

/** Responds (到场/响应), resolves, rejects or withdraws a loaded request; one timeline step and one audit row. */
export async function takeStep(
  tx: Tx,
  ctx: RequestContext,
  row: ServiceRequestRow,
  by: StepActor,
  step: ServiceStep,
  now: Date,
): Promise<void> {
  refuseUnless(row.state, step.action);
  const state = nextServiceState(step.action);
  const changes: Partial<ServiceRequestRow> = { state, updatedAt: now };
  let note: string | null = null;
  if (step.action === 'respond') {
    changes.respondedAt = now;
    note = step.input.note || null;
  } else if (step.action === 'resolve') {
    // Resolving without a recorded response (S3): the response happened no later than the resolution.
    changes.respondedAt = row.respondedAt ?? now;
    changes.resolvedAt = now;
    changes.resolution = step.input.resolution;
    changes.resolvedByPersonId = row.assigneeKind === 'member' ? row.assigneePersonId : null;
    note = step.input.resolution;
  } else {
    changes.closeReason = step.input.reason;
    note = step.input.reason;
  }
  await tx
    .update(serviceRequests)
    .set(changes)
    .where(and(eq(serviceRequests.id, row.id), eq(serviceRequests.state, row.state)));
  const action = (
    { respond: 'responded', resolve: 'resolved', reject: 'rejected', withdraw: 'withdrawn' } as const
  )[step.action];
  await addEvent(tx, {
    requestId: row.id,
    at: now,
    action,
    note,
    actorUserId: by.userId,
    actorName: by.name,
  });
  await recordAudit(tx, ctx, {
    action: `service_request.${action}`,
    entityType: 'service_request',
    entityId: row.id,
    orgId: row.orgId,
    summary: { before: { state: row.state }, after: { state }, ...(note ? { note } : {}) },
  });
}

/** Staff take a step on a request in their service reach. */
export async function staffStep(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  step: ServiceStep,
  now: Date,
): Promise<ServiceRequestDetail> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireServiceRequest(tx, actor, 'service.manage', id);
    await takeStep(tx, ctx, row, { userId: actor.userId, name: actor.displayName }, step, now);
    return loadDetail(tx, cipher, row.id, now, 'masked');
  });
}
