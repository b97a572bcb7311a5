import {
  settleTaskProgress,
  type TaskForce,
  type TaskForceInput,
  type TaskForceTaskInput,
  type TaskForceTaskUpdate,
  type TaskForceUpdate,
} from '@jiceng/core';
import { and, eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest, conflict, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { membersUnder } from './members';
import { tenantOf } from './posts';
import { taskForceMembers, taskForces, taskForceTasks } from './schema';
import { loadTaskForce, loadTaskForces } from './task-force-views';

/** The leader is one of the members: given apart, added to them if missing. */
function teamOf(leaderPersonId: number, memberIds: readonly number[]): number[] {
  return memberIds.includes(leaderPersonId) ? [...memberIds] : [leaderPersonId, ...memberIds];
}

/** A task force locked for a change, after checking the actor may manage its org (outside reach: not found). */
async function lockTaskForce(tx: Tx, ctx: RequestContext, id: number) {
  const actor = requirePermission(ctx, 'service.manage');
  const [tf] = await tx.select().from(taskForces).where(eq(taskForces.id, id)).for('update');
  if (!tf) throw notFound('攻坚组');
  const org = await requireOrg(tx, actor, 'service.manage', tf.orgId).catch((error: { status?: number }) => {
    throw error.status === 404 ? notFound('攻坚组') : error;
  });
  return { tf, org, actor };
}

export async function createTaskForce(
  db: Db,
  ctx: RequestContext,
  input: TaskForceInput,
  today: string,
): Promise<TaskForce> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.manage', input.orgId);
    const team = teamOf(input.leaderPersonId, input.memberIds);
    await membersUnder(tx, team, org.path, 'memberIds', '组长和组员');
    const [row] = await tx
      .insert(taskForces)
      .values({
        tenantOrgId: await tenantOf(tx, org.id),
        orgId: org.id,
        name: input.name,
        goal: input.goal,
        leaderPersonId: input.leaderPersonId,
        createdBy: actor.userId,
      })
      .returning({ id: taskForces.id });
    await tx.insert(taskForceMembers).values(team.map((personId) => ({ taskForceId: row!.id, personId })));
    await recordAudit(tx, ctx, {
      action: 'task_force.created',
      entityType: 'task_force',
      entityId: row!.id,
      orgId: org.id,
      summary: { after: { name: input.name, leaderPersonId: input.leaderPersonId, memberIds: team } },
    });
    return loadTaskForce(tx, row!.id, today);
  });
}

export async function updateTaskForce(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: TaskForceUpdate,
  today: string,
): Promise<TaskForce> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { tf, org } = await lockTaskForce(tx, ctx, id);
    const before = await tx
      .select({ personId: taskForceMembers.personId })
      .from(taskForceMembers)
      .where(eq(taskForceMembers.taskForceId, id));
    const leader = input.leaderPersonId ?? tf.leaderPersonId;
    const team =
      input.memberIds !== undefined || input.leaderPersonId !== undefined
        ? teamOf(leader, input.memberIds ?? before.map((m) => m.personId))
        : null;
    if (team) await membersUnder(tx, team, org.path, 'memberIds', '组长和组员');
    const change = diff(tf as Record<string, unknown>, {
      name: input.name,
      goal: input.goal,
      leaderPersonId: input.leaderPersonId,
      state: input.state,
    });
    if (Object.keys(change.after).length) {
      await tx
        .update(taskForces)
        .set({ ...change.after, updatedAt: new Date() })
        .where(eq(taskForces.id, id));
    }
    const beforeIds = before.map((m) => m.personId).sort((a, b) => a - b);
    const teamChanged =
      team !== null && JSON.stringify([...team].sort((a, b) => a - b)) !== JSON.stringify(beforeIds);
    if (teamChanged) {
      await tx.delete(taskForceMembers).where(eq(taskForceMembers.taskForceId, id));
      await tx.insert(taskForceMembers).values(team.map((personId) => ({ taskForceId: id, personId })));
    }
    if (Object.keys(change.after).length || teamChanged) {
      await recordAudit(tx, ctx, {
        action: 'task_force.updated',
        entityType: 'task_force',
        entityId: id,
        orgId: tf.orgId,
        summary: teamChanged
          ? {
              before: { ...change.before, memberIds: beforeIds },
              after: { ...change.after, memberIds: team },
            }
          : change,
      });
    }
    return loadTaskForce(tx, id, today);
  });
}

/** An assignee must be on the task force. */
async function requireOnTeam(tx: Tx, taskForceId: number, personId: number): Promise<void> {
  const [row] = await tx
    .select({ personId: taskForceMembers.personId })
    .from(taskForceMembers)
    .where(and(eq(taskForceMembers.taskForceId, taskForceId), eq(taskForceMembers.personId, personId)));
  if (!row) throw badRequest('责任人（assigneePersonId）应为本攻坚组成员', 'assigneePersonId');
}

export async function addTask(
  db: Db,
  ctx: RequestContext,
  taskForceId: number,
  input: TaskForceTaskInput,
  today: string,
): Promise<TaskForce> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { tf, actor } = await lockTaskForce(tx, ctx, taskForceId);
    if (tf.state !== 'active') throw conflict('攻坚组已完成，不能再添加任务');
    if (input.assigneePersonId) await requireOnTeam(tx, taskForceId, input.assigneePersonId);
    const [row] = await tx
      .insert(taskForceTasks)
      .values({
        taskForceId,
        title: input.title,
        dueOn: input.dueOn ?? null,
        assigneePersonId: input.assigneePersonId ?? null,
        updatedBy: actor.userId,
      })
      .returning({ id: taskForceTasks.id });
    await recordAudit(tx, ctx, {
      action: 'task_force.task_added',
      entityType: 'task_force_task',
      entityId: row!.id,
      orgId: tf.orgId,
      summary: { after: { taskForceId, title: input.title, dueOn: input.dueOn ?? null } },
    });
    return loadTaskForce(tx, taskForceId, today);
  });
}

/** Progress on a task: progress 100 and done go together. */
export async function updateTask(
  db: Db,
  ctx: RequestContext,
  taskId: number,
  input: TaskForceTaskUpdate,
  today: string,
): Promise<TaskForce> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const [task] = await tx.select().from(taskForceTasks).where(eq(taskForceTasks.id, taskId));
    if (!task) throw notFound('任务');
    const { tf, actor } = await lockTaskForce(tx, ctx, task.taskForceId).catch(
      (error: { status?: number }) => {
        throw error.status === 404 ? notFound('任务') : error;
      },
    );
    if (input.assigneePersonId) await requireOnTeam(tx, tf.id, input.assigneePersonId);
    const settled = settleTaskProgress(task, input);
    const change = diff(task as Record<string, unknown>, {
      title: input.title,
      dueOn: input.dueOn,
      assigneePersonId: input.assigneePersonId,
      progressNote: input.progressNote === undefined ? undefined : input.progressNote || null,
      ...settled,
    });
    if (Object.keys(change.after).length) {
      await tx
        .update(taskForceTasks)
        .set({ ...change.after, updatedBy: actor.userId, updatedAt: new Date() })
        .where(eq(taskForceTasks.id, taskId));
      await recordAudit(tx, ctx, {
        action: 'task_force.task_updated',
        entityType: 'task_force_task',
        entityId: taskId,
        orgId: tf.orgId,
        summary: change,
      });
    }
    return loadTaskForce(tx, tf.id, today);
  });
}

export async function listTaskForces(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  today: string,
): Promise<TaskForce[]> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'service.read', orgId);
    return loadTaskForces(
      tx,
      and(sql`${orgs.path} LIKE ${org.path + '%'}`, inScope(orgs.path, scopeOf(actor, 'service.read'))),
      today,
    );
  });
}
