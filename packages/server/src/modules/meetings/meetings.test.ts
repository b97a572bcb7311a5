import { addDays, chinaToday, type MeetingDetail, type MeetingPage, type Notification } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { applicant, footprint, memberWithAccount, MINUTES, ok, plan, probationary } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
const today = chinaToday();
const tomorrow = addDays(today, 1);

/** Branch X: three full members (one in group X, one with an account), a probationary member, an applicant. */
const x = { full: [] as number[], probationary: 0, applicant: 0, grouped: 0, withAccount: 0 };
let memberX: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  const grouped = await createPerson(t.admin, tree.branchX.id, { groupId: tree.groupX.id });
  const plain = await createPerson(t.admin, tree.branchX.id);
  const account = await memberWithAccount(t, tree.branchX.id);
  x.full = [grouped.id, plain.id, account.person.id];
  x.grouped = grouped.id;
  x.withAccount = account.person.id;
  memberX = account.client;
  x.probationary = (await createPerson(t.admin, tree.branchX.id, probationary)).id;
  x.applicant = (await createPerson(t.admin, tree.branchX.id, applicant)).id;
  ok(
    await t.admin.post(`/api/orgs/${tree.branchX.id}/posts`, { post: 'secretary', personId: plain.id }),
    201,
  );
  ok(
    await t.admin.post(`/api/orgs/${tree.branchX.id}/posts`, {
      post: 'deputy_secretary',
      holderName: '无档案',
    }),
    201,
  );
});
afterAll(async () => {
  await t?.close();
});

const expectedIds = (m: MeetingDetail) =>
  m.attendees
    .filter((a) => a.expected)
    .map((a) => a.personId)
    .sort();
const sorted = (ids: number[]) => [...ids].sort();

function planX(kind: string, extra: Record<string, unknown> = {}) {
  return plan(secretaryX, {
    orgId: tree.branchX.id,
    kind,
    title: `${kind} 测试`,
    plannedOn: today,
    ...extra,
  });
}

/** A general meeting of X held today with its minutes, ready to be marked and closed. */
async function heldWithMinutes(): Promise<MeetingDetail> {
  const meeting = ok(await planX('general_meeting'), 201);
  ok(await secretaryX.post(`/api/meetings/${meeting.id}/hold`, { heldOn: today }));
  return ok(await secretaryX.request<MeetingDetail>('PUT', `/api/meetings/${meeting.id}/minutes`, MINUTES));
}

function markAll(meeting: MeetingDetail, mark = 'present') {
  return secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/attendance`, {
    marks: meeting.attendees.filter((a) => a.expected).map((a) => ({ personId: a.personId, mark })),
  });
}

describe('planning a meeting fixes who is expected from its kind', () => {
  it('expects all members of the branch, probationary too, at a general meeting', async () => {
    const meeting = ok(await planX('general_meeting'), 201);
    expect(expectedIds(meeting)).toEqual(sorted([...x.full, x.probationary]));
    expect(meeting).toMatchObject({
      state: 'planned',
      kindLabel: '支部党员大会',
      expectedCount: 4,
      mayManage: true,
    });
    expect(meeting.signInToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(meeting.signInPath).toBe(`/sign-in/${meeting.signInToken}`);
  });

  it('expects the holders of current posts who are on record at a committee meeting', async () => {
    const meeting = ok(await planX('committee_meeting'), 201);
    expect(expectedIds(meeting)).toEqual([x.full[1]]);
  });

  it('expects the members of the group at a group meeting', async () => {
    const meeting = ok(await planX('group_meeting', { groupId: tree.groupX.id }), 201);
    expect(expectedIds(meeting)).toEqual([x.grouped]);
    expect(meeting.groupName).toBe(tree.groupX.name);
  });

  it('refuses a group meeting for a group of another branch', async () => {
    const response = await planX('group_meeting', { groupId: tree.groupY.id });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'groupId', message: '所选党小组不属于本组织' });
  });

  it('leaves out members who left: a deceased member is not expected', async () => {
    const leaver = await createPerson(t.admin, tree.branchY.id);
    ok(
      await t.admin.post(`/api/persons/${leaver.id}/standing-changes`, { change: 'deceased', date: today }),
      201,
    );
    const meeting = ok(
      await plan(secretaryY, { orgId: tree.branchY.id, kind: 'lecture', title: '党课', plannedOn: today }),
      201,
    );
    expect(expectedIds(meeting)).not.toContain(leaver.id);
  });

  it('tells the expected members with an account in their inbox and queues a text to each phone', async () => {
    const before = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM notification_outbox`,
    );
    const meeting = ok(
      await planX('lecture', { title: '学习二十大精神', startsAt: '14:30', place: '党员活动室' }),
      201,
    );
    const inbox = ok(await memberX.get<{ items: Notification[] }>('/api/notifications'));
    expect(inbox.items[0]).toMatchObject({ title: '会议通知：学习二十大精神' });
    expect(inbox.items[0]!.body).toContain(`${today} 14:30 在党员活动室召开党课`);
    const after = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM notification_outbox`,
    );
    // Only the member with an account has a phone on record in this branch.
    expect(Number(after.rows[0]!.n) - Number(before.rows[0]!.n)).toBe(1);
    expect(meeting.expectedCount).toBe(4);
  });

  it('is audited', async () => {
    const meeting = ok(await planX('theme_day'), 201);
    const audit = ok(
      await t.admin.get<{ items: { action: string; entityId: string }[] }>(
        '/api/audit?action=meeting.planned',
      ),
    );
    expect(audit.items.map((a) => a.entityId)).toContain(String(meeting.id));
  });
});

describe('holding, marking and recording', () => {
  it('refuses a held date in the future, naming the day it is allowed from, and writes nothing', async () => {
    const meeting = ok(await planX('lecture', { plannedOn: tomorrow }), 201);
    const before = await footprint(t, meeting.id);
    const response = await secretaryX.post(`/api/meetings/${meeting.id}/hold`, { heldOn: tomorrow });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      field: 'heldOn',
      allowedFrom: tomorrow,
      rule: 'org-life.md L3',
    });
    expect(await footprint(t, meeting.id)).toEqual(before);
  });

  it('refuses a mark for someone not expected and writes no mark', async () => {
    const meeting = ok(await planX('general_meeting'), 201);
    const before = await footprint(t, meeting.id);
    const response = await secretaryX.post(`/api/meetings/${meeting.id}/attendance`, {
      marks: [
        { personId: x.full[0], mark: 'present' },
        { personId: x.applicant, mark: 'present' },
      ],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'marks.1.personId' });
    expect(await footprint(t, meeting.id)).toEqual(before);
  });

  it('records marks by hand, an excused one with its reason', async () => {
    const meeting = ok(await planX('general_meeting'), 201);
    const marked = ok(
      await secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/attendance`, {
        marks: [{ personId: x.probationary, mark: 'excused', reason: '外出务工' }],
      }),
    );
    expect(marked.attendees.find((a) => a.personId === x.probationary)).toMatchObject({
      mark: 'excused',
      reason: '外出务工',
      markedVia: 'secretary',
    });
  });
});

describe('closing a meeting', () => {
  it('refuses without minutes, naming the rule, and writes nothing', async () => {
    const meeting = ok(await planX('general_meeting'), 201);
    ok(await markAll(meeting));
    const before = await footprint(t, meeting.id);
    const response = await secretaryX.post<{ error: { violations: { rule: string; field: string }[] } }>(
      `/api/meetings/${meeting.id}/close`,
    );
    expect(response.status).toBe(422);
    expect(response.body.error.violations).toEqual([
      expect.objectContaining({ rule: 'org-life.md L3', field: 'minutes', message: '须填写会议记录' }),
    ]);
    expect(await footprint(t, meeting.id)).toEqual(before);
  });

  it('refuses with unmarked attendees, counting them, and writes nothing', async () => {
    const meeting = await heldWithMinutes();
    ok(
      await secretaryX.post(`/api/meetings/${meeting.id}/attendance`, {
        marks: [{ personId: x.full[0], mark: 'present' }],
      }),
    );
    const before = await footprint(t, meeting.id);
    const response = await secretaryX.post<{ error: { violations: { message: string }[] } }>(
      `/api/meetings/${meeting.id}/close`,
    );
    expect(response.status).toBe(422);
    expect(response.body.error.violations.map((v) => v.message)).toEqual(['还有 3 名应到人员未登记出席情况']);
    expect(await footprint(t, meeting.id)).toEqual(before);
  });

  it('refuses a meeting planned for tomorrow, with the day it is allowed from, and lists every missing item', async () => {
    const meeting = ok(await planX('lecture', { plannedOn: tomorrow }), 201);
    const before = await footprint(t, meeting.id);
    const response = await secretaryX.post<{
      error: { allowedFrom: string; violations: { field: string }[] };
    }>(`/api/meetings/${meeting.id}/close`);
    expect(response.status).toBe(422);
    expect(response.body.error.allowedFrom).toBe(tomorrow);
    expect(response.body.error.violations.map((v) => v.field)).toEqual(['heldOn', 'minutes', 'marks']);
    expect(await footprint(t, meeting.id)).toEqual(before);
  });

  it('refuses a vote without a quorum of full members (L2), probationary members not counted', async () => {
    const meeting = await heldWithMinutes();
    const vote = { entitled: 3, present: 1, for: 1, against: 0, abstain: 0 };
    ok(await secretaryX.request('PUT', `/api/meetings/${meeting.id}/minutes`, { ...MINUTES, vote }));
    ok(
      await secretaryX.post(`/api/meetings/${meeting.id}/attendance`, {
        marks: [
          { personId: x.full[0], mark: 'present' },
          { personId: x.full[1], mark: 'absent' },
          { personId: x.full[2], mark: 'absent' },
          { personId: x.probationary, mark: 'present' },
        ],
      }),
    );
    const response = await secretaryX.post<{ error: { violations: { rule: string; message: string }[] } }>(
      `/api/meetings/${meeting.id}/close`,
    );
    expect(response.status).toBe(422);
    expect(response.body.error.violations).toEqual([
      expect.objectContaining({
        rule: 'org-life.md L2',
        message: '到会正式党员 1 名，未超过应到正式党员（3 名）的半数，须至少 2 名才能表决',
      }),
    ]);
  });

  it('closes a complete meeting, chains the hash of its minutes into the audit log and locks it', async () => {
    const meeting = await heldWithMinutes();
    ok(await markAll(meeting));
    const closed = ok(await secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/close`));
    expect(closed).toMatchObject({ state: 'closed', heldOn: today, presentCount: 4, signInOpen: false });
    expect(closed.minutesHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = ok(
      await t.admin.get<{ items: { entityId: string; summary: { minutesHash: string } }[] }>(
        '/api/audit?action=meeting.closed',
      ),
    );
    expect(audit.items.find((a) => a.entityId === String(meeting.id))?.summary.minutesHash).toBe(
      closed.minutesHash,
    );

    const minutes = await secretaryX.request('PUT', `/api/meetings/${meeting.id}/minutes`, MINUTES);
    expect(minutes.status).toBe(409);
    expect((await markAll(meeting, 'absent')).status).toBe(409);
    expect((await secretaryX.post(`/api/meetings/${meeting.id}/close`)).status).toBe(409);
    expect((await secretaryX.post(`/api/meetings/${meeting.id}/hold`, { heldOn: today })).status).toBe(409);
    expect((await secretaryX.post(`/api/meetings/${meeting.id}/cancel`, {})).status).toBe(409);
  });

  it('takes an amendment to closed minutes: keeps before and after, changes the hash, audits it', async () => {
    const meeting = await heldWithMinutes();
    ok(await markAll(meeting));
    const closed = ok(await secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/close`));
    const amended = ok(
      await secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/amendments`, {
        reason: '记录人填错',
        minutes: { recorder: '王委员' },
      }),
      201,
    );
    expect(amended.minutes?.recorder).toBe('王委员');
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        reason: '记录人填错',
        before: { recorder: '李委员' },
        after: { recorder: '王委员' },
      }),
    ]);
    expect(amended.minutesHash).not.toBe(closed.minutesHash);
    const audit = ok(
      await t.admin.get<{ items: { entityId: string; summary: Record<string, unknown> }[] }>(
        '/api/audit?action=meeting.amended',
      ),
    );
    expect(audit.items.find((a) => a.entityId === String(meeting.id))?.summary).toMatchObject({
      reason: '记录人填错',
      previousHash: closed.minutesHash,
      minutesHash: amended.minutesHash,
    });
  });

  it('takes no amendment before the meeting is closed', async () => {
    const meeting = await heldWithMinutes();
    const response = await secretaryX.post(`/api/meetings/${meeting.id}/amendments`, {
      reason: '更正',
      minutes: { recorder: '王委员' },
    });
    expect(response.status).toBe(409);
  });
});

describe('cancelling', () => {
  it('cancels a planned meeting and tells those expected', async () => {
    const meeting = ok(await planX('lecture', { title: '临时党课' }), 201);
    const cancelled = ok(
      await secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/cancel`, { reason: '暴雨' }),
    );
    expect(cancelled.state).toBe('cancelled');
    const inbox = ok(await memberX.get<{ items: Notification[] }>('/api/notifications'));
    expect(inbox.items[0]).toMatchObject({ title: '会议取消：临时党课' });
    expect(inbox.items[0]!.body).toContain('原因：暴雨');
  });
});

describe('the list', () => {
  it('lists a subtree’s meetings with filters and counts', async () => {
    const list = ok(
      await t.admin.get<MeetingPage>(
        `/api/meetings?orgId=${tree.township.id}&kind=committee_meeting&pageSize=50`,
      ),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((m) => m.kind === 'committee_meeting' && m.orgId === tree.branchX.id)).toBe(true);
    const closed = ok(
      await secretaryX.get<MeetingPage>(`/api/meetings?state=closed&from=${today}&to=${today}`),
    );
    expect(closed.items.every((m) => m.state === 'closed')).toBe(true);
    expect(closed.total).toBe(closed.items.length);
  });
});

describe('access', () => {
  it('keeps X’s meetings from the secretary of Y: not listed, not found, not changed', async () => {
    const meeting = ok(await planX('general_meeting', { title: '东街保密会议' }), 201);
    const list = ok(await secretaryY.get<MeetingPage>(`/api/meetings?pageSize=200`));
    expect(JSON.stringify(list)).not.toContain('东街保密会议');
    expect((await secretaryY.get(`/api/meetings/${meeting.id}`)).status).toBe(404);
    expect((await secretaryY.post(`/api/meetings/${meeting.id}/hold`, { heldOn: today })).status).toBe(404);
    expect((await secretaryY.post(`/api/meetings/${meeting.id}/close`)).status).toBe(404);
    const planned = await plan(secretaryY, {
      orgId: tree.branchX.id,
      kind: 'lecture',
      title: '越权',
      plannedOn: today,
    });
    expect(planned.status).toBe(404);
  });

  it('shows the sign-in secret to the committee above, which manages the meeting too, and nothing to a member', async () => {
    const meeting = ok(await planX('general_meeting'), 201);
    const reader = await signedInAs(t, 'org_staff', tree.township.id);
    const read = ok(await reader.get<MeetingDetail>(`/api/meetings/${meeting.id}`));
    expect(read.signInToken).toBe(meeting.signInToken);
    const member = await memberX.get(`/api/meetings/${meeting.id}`);
    expect(member.status).toBe(403);
  });
});
