import { chinaToday, type MeetingDetail, type MeetingKindOption } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { ok, plan } from './test-support';

let t: TestApp;
let tree: SampleTree;
let staff: TestClient;
let secretaryX: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  staff = await signedInAs(t, 'org_staff', tree.township.id);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

const addKind = (client: TestClient, orgId: number, body: Record<string, unknown>) =>
  client.post<MeetingKindOption>(`/api/orgs/${orgId}/meeting-kinds`, body);

describe('custom meeting kinds', () => {
  it('offers the seven kinds of the rules to a branch', async () => {
    const kinds = ok(await secretaryX.get<MeetingKindOption[]>(`/api/orgs/${tree.branchX.id}/meeting-kinds`));
    expect(kinds.map((k) => k.key)).toEqual([
      'general_meeting',
      'committee_meeting',
      'group_meeting',
      'lecture',
      'theme_day',
      'life_meeting',
      'member_review',
    ]);
  });

  it('lets a township add a kind that every branch below it may use', async () => {
    const added = ok(
      await addKind(staff, tree.township.id, {
        key: 'red_saturday',
        label: '红色星期六',
        attendeeScope: 'all_members',
      }),
      201,
    );
    expect(added).toMatchObject({ orgId: tree.township.id, orgName: tree.township.name });
    const kinds = ok(await secretaryX.get<MeetingKindOption[]>(`/api/orgs/${tree.branchX.id}/meeting-kinds`));
    expect(kinds.at(-1)).toMatchObject({ key: 'red_saturday', label: '红色星期六', orgId: tree.township.id });
  });

  it('refuses a key already set above', async () => {
    const response = await addKind(secretaryX, tree.branchX.id, {
      key: 'red_saturday',
      label: '红色周六',
      attendeeScope: 'all_members',
    });
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toBe('上级党组织已设置活动类别“红色星期六”（red_saturday）');
  });

  it('plans a meeting of a custom kind with the attendees of its scope and its label', async () => {
    ok(
      await addKind(secretaryX, tree.branchX.id, {
        key: 'group_study',
        label: '小组学习',
        attendeeScope: 'group',
      }),
      201,
    );
    const inGroup = await createPerson(t.admin, tree.branchX.id, { groupId: tree.groupX.id });
    await createPerson(t.admin, tree.branchX.id);
    const body = { orgId: tree.branchX.id, kind: 'group_study', title: '小组学习', plannedOn: chinaToday() };
    expect(errorOf(await plan(secretaryX, body))).toMatchObject({ field: 'groupId' });
    const meeting = ok(await plan(secretaryX, { ...body, groupId: tree.groupX.id }), 201);
    expect(meeting.kindLabel).toBe('小组学习');
    expect(meeting.attendees.map((a: MeetingDetail['attendees'][number]) => a.personId)).toEqual([
      inGroup.id,
    ]);
  });

  it('refuses a kind the org does not have', async () => {
    const response = await plan(secretaryX, {
      orgId: tree.branchX.id,
      kind: 'blue_sunday',
      title: '未知活动',
      plannedOn: chinaToday(),
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'kind' });
  });

  it('does not let branch Y use the kind branch X added', async () => {
    const secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
    const response = await plan(secretaryY, {
      orgId: tree.branchY.id,
      kind: 'group_study',
      title: '小组学习',
      plannedOn: chinaToday(),
      groupId: tree.groupY.id,
    });
    expect(response.status).toBe(422);
  });
});
