import {
  taskForceProgress,
  taskOverdue,
  type TaskForce,
  type TaskForceState,
  type TaskForceTask,
} from '@jiceng/core';
import { asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { taskForceMembers, taskForces, taskForceTasks } from './schema';

/** Task forces matching `where` (over task forces and their org), with members and tasks. */
export async function loadTaskForces(tx: Tx, where: SQL | undefined, today: string): Promise<TaskForce[]> {
  const leader = alias(persons, 'leader');
  const rows = await tx
    .select({ tf: taskForces, orgName: orgs.name, leaderName: leader.name })
    .from(taskForces)
    .innerJoin(orgs, eq(orgs.id, taskForces.orgId))
    .innerJoin(leader, eq(leader.id, taskForces.leaderPersonId))
    .where(where)
    .orderBy(asc(taskForces.state), desc(taskForces.createdAt), desc(taskForces.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.tf.id);
  const members = await tx
    .select({ taskForceId: taskForceMembers.taskForceId, personId: persons.id, name: persons.name })
    .from(taskForceMembers)
    .innerJoin(persons, eq(persons.id, taskForceMembers.personId))
    .where(inArray(taskForceMembers.taskForceId, ids))
    .orderBy(asc(persons.name), asc(persons.id));
  const assignee = alias(persons, 'assignee');
  const tasks = await tx
    .select({ task: taskForceTasks, assigneeName: assignee.name })
    .from(taskForceTasks)
    .leftJoin(assignee, eq(assignee.id, taskForceTasks.assigneePersonId))
    .where(inArray(taskForceTasks.taskForceId, ids))
    .orderBy(asc(taskForceTasks.done), asc(taskForceTasks.dueOn), asc(taskForceTasks.id));
  return rows.map(({ tf, orgName, leaderName }) => {
    const own: TaskForceTask[] = tasks
      .filter((t) => t.task.taskForceId === tf.id)
      .map(({ task: t, assigneeName }) => ({
        id: t.id,
        title: t.title,
        dueOn: t.dueOn,
        assigneePersonId: t.assigneePersonId,
        assigneeName,
        progress: t.progress,
        done: t.done,
        progressNote: t.progressNote,
        overdue: taskOverdue(t, today),
      }));
    return {
      id: tf.id,
      orgId: tf.orgId,
      orgName,
      name: tf.name,
      goal: tf.goal,
      state: tf.state as TaskForceState,
      leaderPersonId: tf.leaderPersonId,
      leaderName,
      members: members
        .filter((m) => m.taskForceId === tf.id)
        .map(({ personId, name }) => ({ personId, name })),
      tasks: own,
      progress: taskForceProgress(own),
    };
  });
}

export async function loadTaskForce(tx: Tx, id: number, today: string): Promise<TaskForce> {
  const [tf] = await loadTaskForces(tx, eq(taskForces.id, id), today);
  return tf!;
}
