import { addDays, type Person, type TaskForce } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { ok } from '../meetings/test-support';
import { auditOf, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secX: TestClient;
let secY: TestClient;
let leader: Person;
let member: Person;
let memberY: Person;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  leader = await createPerson(t.admin, tree.branchX.id, { name: '攻坚组长' });
  member = await createPerson(t.admin, tree.branchX.id, { name: '攻坚组员' });
  memberY = await createPerson(t.admin, tree.branchY.id, { name: '西街党员' });
});
afterAll(async () => {
  await t?.close();
});

const form = (extra: Record<string, unknown> = {}) => ({
  orgId: tree.branchX.id,
  name: '人居环境整治攻坚组',
  goal: '年底前完成全村垃圾分类',
  leaderPersonId: leader.id,
  memberIds: [member.id],
  ...extra,
});

describe('a task force', () => {
  it('counts its leader among the members', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form()), 201);
    expect(tf.members.map((m) => m.personId).sort()).toEqual([leader.id, member.id].sort());
    expect(tf).toMatchObject({ leaderName: '攻坚组长', state: 'active', progress: 0 });
    expect(await auditOf(t, 'task_force.created', tf.id)).toHaveLength(1);
  });

  it('refuses a member of another branch, naming memberIds', async () => {
    const response = await secX.post('/api/task-forces', form({ memberIds: [member.id, memberY.id] }));
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'memberIds' });
  });

  it('tracks its tasks’ progress; 100 marks a task done, and the mean is the force’s progress', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form()), 201);
    const withTasks = ok(
      await secX.post<TaskForce>(`/api/task-forces/${tf.id}/tasks`, {
        title: '入户宣传',
        dueOn: addDays(today, 10),
        assigneePersonId: member.id,
      }),
      201,
    );
    ok(await secX.post(`/api/task-forces/${tf.id}/tasks`, { title: '设置分类点' }), 201);
    const first = withTasks.tasks[0]!;
    const updated = ok(await secX.patch<TaskForce>(`/api/task-force-tasks/${first.id}`, { progress: 100 }));
    expect(updated.tasks.find((x) => x.id === first.id)).toMatchObject({ done: true, progress: 100 });
    expect(updated.progress).toBe(50);
    expect(await auditOf(t, 'task_force.task_updated', first.id)).toHaveLength(1);
  });

  it('marks a task overdue after its due date', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form()), 201);
    const after = ok(
      await secX.post<TaskForce>(`/api/task-forces/${tf.id}/tasks`, {
        title: '逾期任务',
        dueOn: addDays(today, -1),
      }),
      201,
    );
    expect(after.tasks[0]).toMatchObject({ overdue: true });
  });

  it('refuses an assignee outside the task force', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form({ memberIds: [leader.id] })), 201);
    const response = await secX.post(`/api/task-forces/${tf.id}/tasks`, {
      title: '入户宣传',
      assigneePersonId: member.id,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'assigneePersonId' });
  });

  it('takes no new tasks once completed (409)', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form()), 201);
    ok(await secX.patch(`/api/task-forces/${tf.id}`, { state: 'completed' }));
    const response = await secX.post(`/api/task-forces/${tf.id}/tasks`, { title: '晚来的任务' });
    expect(response.status).toBe(409);
  });

  it('changes its members, audited with before and after', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form({ memberIds: [leader.id] })), 201);
    const changed = ok(await secX.patch<TaskForce>(`/api/task-forces/${tf.id}`, { memberIds: [member.id] }));
    expect(changed.members.map((m) => m.personId).sort()).toEqual([leader.id, member.id].sort());
    const [audit] = await auditOf(t, 'task_force.updated', tf.id);
    expect(audit!.summary).toMatchObject({ before: { memberIds: [leader.id] } });
  });
});

describe('access', () => {
  it('keeps X’s task forces from Y’s secretary: not listed, not found, not editable', async () => {
    const tf = ok(await secX.post<TaskForce>('/api/task-forces', form({ name: '东街攻坚组' })), 201);
    const list = ok(await secY.get<TaskForce[]>(`/api/task-forces?orgId=${tree.branchY.id}`));
    expect(list.map((x) => x.id)).not.toContain(tf.id);
    expect([403, 404]).toContain((await secY.get(`/api/task-forces?orgId=${tree.branchX.id}`)).status);
    expect((await secY.patch(`/api/task-forces/${tf.id}`, { name: '越权' })).status).toBe(404);
    expect((await secY.post(`/api/task-forces/${tf.id}/tasks`, { title: '越权' })).status).toBe(404);
  });

  it('refuses Y’s secretary founding a task force for X', async () => {
    const response = await secY.post('/api/task-forces', form());
    expect([403, 404]).toContain(response.status);
  });
});
