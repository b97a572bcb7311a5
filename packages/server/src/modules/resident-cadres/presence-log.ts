import { presenceViolation, type CadrePresence, type CadrePresenceInput } from '@jiceng/core';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { conflict, notFound, ruleViolated } from '../../http/errors';
import { requireAssignment } from './access';
import { residentCadrePresence } from './schema';
import { toPresence } from './views';

/** A day in the village (R4 not in the future, R5 within the period); one entry per day. */
export async function logPresence(
  db: Db,
  ctx: RequestContext,
  assignmentId: number,
  input: CadrePresenceInput,
  today: string,
): Promise<CadrePresence> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireAssignment(tx, actor, 'cadre.manage', assignmentId, true);
    const violation = presenceViolation(input.date, { from: row.periodFrom, to: row.periodTo }, today);
    if (violation) throw ruleViolated(violation);
    const [existing] = await tx
      .select({ id: residentCadrePresence.id })
      .from(residentCadrePresence)
      .where(
        and(eq(residentCadrePresence.assignmentId, assignmentId), eq(residentCadrePresence.date, input.date)),
      );
    if (existing) throw conflict(`${input.date} 已登记在村，每天只登记一次（date）`, 'date');
    const [created] = await tx
      .insert(residentCadrePresence)
      .values({
        tenantOrgId: row.tenantOrgId,
        assignmentId,
        orgId: row.orgId,
        date: input.date,
        span: input.span,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.presence_logged',
      entityType: 'resident_cadre_presence',
      entityId: created!.id,
      orgId: row.orgId,
      summary: { assignmentId, date: input.date, span: input.span },
    });
    return toPresence(created!);
  });
}

/** Removes a wrongly logged day (the audit log keeps that it was there). */
export async function removePresence(db: Db, ctx: RequestContext, id: number): Promise<void> {
  const actor = requirePermission(ctx, 'cadre.manage');
  await db.transaction(async (tx) => {
    const [entry] = await tx.select().from(residentCadrePresence).where(eq(residentCadrePresence.id, id));
    if (!entry) throw notFound('在村记录');
    const { row } = await requireAssignment(tx, actor, 'cadre.manage', entry.assignmentId, true);
    await tx.delete(residentCadrePresence).where(eq(residentCadrePresence.id, id));
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.presence_removed',
      entityType: 'resident_cadre_presence',
      entityId: id,
      orgId: row.orgId,
      summary: { assignmentId: entry.assignmentId, date: entry.date, span: entry.span },
    });
  });
}
