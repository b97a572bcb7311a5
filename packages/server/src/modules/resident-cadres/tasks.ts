import type { CadreTask, CadreTaskInput, CadreTaskUpdate } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { conflict, notFound } from '../../http/errors';
import { requireAssignment } from './access';
import { residentCadreTasks } from './schema';
import { toTask } from './views';

/** A task for the cadre in the village. */
export async function addTask(
  db: Db,
  ctx: RequestContext,
  assignmentId: number,
  input: CadreTaskInput,
): Promise<CadreTask> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireAssignment(tx, actor, 'cadre.manage', assignmentId);
    if (row.state === 'ended') throw conflict('该选派已结束，不能再布置任务');
    const [created] = await tx
      .insert(residentCadreTasks)
      .values({
        tenantOrgId: row.tenantOrgId,
        assignmentId,
        orgId: row.orgId,
        title: input.title,
        dueOn: input.dueOn ?? null,
        note: input.note || null,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.task_added',
      entityType: 'resident_cadre_task',
      entityId: created!.id,
      orgId: row.orgId,
      summary: { assignmentId, title: input.title, dueOn: input.dueOn ?? null },
    });
    return toTask(created!);
  });
}

/** Closes a task as done (with its result) or dropped; a closed task stays as it was closed. */
export async function updateTask(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: CadreTaskUpdate,
  today: string,
): Promise<CadreTask> {
  const actor = requirePermission(ctx, 'cadre.manage');
  return db.transaction(async (tx) => {
    const [task] = await tx
      .select()
      .from(residentCadreTasks)
      .where(eq(residentCadreTasks.id, id))
      .for('update');
    if (!task) throw notFound('任务');
    const { row } = await requireAssignment(tx, actor, 'cadre.manage', task.assignmentId);
    if (task.state !== 'open') throw conflict('该任务已办结或取消，不能再修改', 'state');
    if (input.state === 'open') return toTask(task);
    const [updated] = await tx
      .update(residentCadreTasks)
      .set({ state: input.state, result: input.result || null, closedOn: today, updatedAt: new Date() })
      .where(eq(residentCadreTasks.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.task_closed',
      entityType: 'resident_cadre_task',
      entityId: id,
      orgId: row.orgId,
      summary: { state: input.state, result: input.result ?? null },
    });
    return toTask(updated!);
  });
}
