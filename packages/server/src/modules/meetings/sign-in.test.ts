import {
  addDays,
  chinaToday,
  type MeetingDetail,
  type MyMeetings,
  type OutflowDetail,
  type SignInView,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { footprint, memberWithAccount, MINUTES, ok, plan } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
let memberX: { id: number; client: TestClient };
let memberY: { id: number; client: TestClient };
const today = chinaToday();

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  const x = await memberWithAccount(t, tree.branchX.id);
  memberX = { id: x.person.id, client: x.client };
  const y = await memberWithAccount(t, tree.branchY.id);
  memberY = { id: y.person.id, client: y.client };
});
afterAll(async () => {
  await t?.close();
});

async function meetingOfX(plannedOn = today, title = '支部党员大会'): Promise<MeetingDetail> {
  return ok(
    await plan(secretaryX, { orgId: tree.branchX.id, kind: 'general_meeting', title, plannedOn }),
    201,
  );
}

const signIn = (client: TestClient, m: MeetingDetail) =>
  client.post<SignInView>(`/api/sign-in/${m.signInToken}`);

describe('signing in with the QR code', () => {
  it('shows an expected member the meeting and that they may sign in', async () => {
    const meeting = await meetingOfX(today, '学习党章');
    const view = ok(await memberX.client.get<SignInView>(`/api/sign-in/${meeting.signInToken}`));
    expect(view).toMatchObject({
      title: '学习党章',
      orgName: tree.branchX.name,
      kindLabel: '支部党员大会',
      maySignIn: true,
      signedIn: false,
      asGuest: false,
    });
  });

  it('marks an expected member present by themselves, and a second sign-in changes nothing', async () => {
    const meeting = await meetingOfX();
    const first = ok(await signIn(memberX.client, meeting));
    expect(first).toMatchObject({ signedIn: true, maySignIn: true });
    const after = await footprint(t, meeting.id);
    ok(await signIn(memberX.client, meeting));
    expect(await footprint(t, meeting.id)).toEqual(after);
    const detail = ok(await secretaryX.get<MeetingDetail>(`/api/meetings/${meeting.id}`));
    expect(detail.attendees.find((a) => a.personId === memberX.id)).toMatchObject({
      mark: 'present',
      markedVia: 'self',
    });
    expect(detail.presentCount).toBe(1);
  });

  it('is open only on the meeting day: tomorrow’s meeting names the day it opens', async () => {
    const tomorrow = addDays(today, 1);
    const meeting = await meetingOfX(tomorrow);
    const before = await footprint(t, meeting.id);
    const response = await signIn(memberX.client, meeting);
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      message: `签到只在会议当天（${tomorrow}）开放`,
      allowedFrom: tomorrow,
    });
    expect(await footprint(t, meeting.id)).toEqual(before);
    const view = ok(await memberX.client.get<SignInView>(`/api/sign-in/${meeting.signInToken}`));
    expect(view).toMatchObject({ maySignIn: false, block: 'not_today' });
  });

  it('is closed for yesterday’s meeting', async () => {
    const meeting = await meetingOfX(addDays(today, -1));
    expect((await signIn(memberX.client, meeting)).status).toBe(422);
  });

  it('is closed once the meeting is closed', async () => {
    const meeting = await meetingOfX();
    ok(await secretaryX.request('PUT', `/api/meetings/${meeting.id}/minutes`, MINUTES));
    ok(
      await secretaryX.post(`/api/meetings/${meeting.id}/attendance`, {
        marks: [{ personId: memberX.id, mark: 'absent' }],
      }),
    );
    ok(await secretaryX.post(`/api/meetings/${meeting.id}/close`));
    const response = await signIn(memberX.client, meeting);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toBe('会议已结束，签到已关闭');
  });

  it('refuses an outsider with a clear message and writes nothing', async () => {
    const meeting = await meetingOfX();
    const before = await footprint(t, meeting.id);
    const response = await signIn(memberY.client, meeting);
    expect(response.status).toBe(403);
    expect(errorOf(response).message).toBe(
      '您不在本次会议的应到人员名单中，不能签到；如有疑问请联系会议组织人',
    );
    expect(await footprint(t, meeting.id)).toEqual(before);
  });

  it('refuses an account without a person record', async () => {
    const meeting = await meetingOfX();
    const response = await signIn(secretaryY, meeting);
    expect(response.status).toBe(403);
    expect(errorOf(response).message).toBe('您的账号没有关联党员档案，不能签到');
  });

  it('answers 404 for a token that does not exist', async () => {
    const response = await memberX.client.get('/api/sign-in/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(response.status).toBe(404);
  });
});

describe('a mobile member at the inflow branch’s meeting', () => {
  it('signs in as a guest, and the outflow branch sees the meeting on the outflow', async () => {
    const mobile = await memberWithAccount(t, tree.branchY.id);
    const outflow = ok(
      await secretaryY.post<OutflowDetail>('/api/outflows', {
        personId: mobile.person.id,
        outflowOn: addDays(today, -30),
        destination: '东街',
        contact: '13911112222',
        inflowOrgId: tree.branchX.id,
      }),
      201,
    );
    ok(await secretaryX.post(`/api/outflows/${outflow.id}/confirm`));
    const meeting = await meetingOfX(today, '东街主题党日');

    const view = ok(await mobile.client.get<SignInView>(`/api/sign-in/${meeting.signInToken}`));
    expect(view).toMatchObject({ maySignIn: true, asGuest: true });
    const signed = ok(await signIn(mobile.client, meeting));
    expect(signed).toMatchObject({ signedIn: true, asGuest: true });
    ok(await signIn(mobile.client, meeting));

    const detail = ok(await secretaryX.get<MeetingDetail>(`/api/meetings/${meeting.id}`));
    expect(detail.attendees.find((a) => a.personId === mobile.person.id)).toMatchObject({
      expected: false,
      guest: true,
      mark: 'present',
    });
    expect(detail.expectedCount).toBe(1);

    const seen = ok(await secretaryY.get<OutflowDetail>(`/api/outflows/${outflow.id}`));
    expect(seen.activities).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        title: '东街主题党日',
        orgId: tree.branchX.id,
        occurredOn: today,
      }),
    ]);

    // The guest neither counts as expected nor stops the meeting from closing.
    ok(await secretaryX.request('PUT', `/api/meetings/${meeting.id}/minutes`, MINUTES));
    ok(
      await secretaryX.post(`/api/meetings/${meeting.id}/attendance`, {
        marks: [{ personId: memberX.id, mark: 'present' }],
      }),
    );
    expect(ok(await secretaryX.post<MeetingDetail>(`/api/meetings/${meeting.id}/close`)).state).toBe(
      'closed',
    );
  });
});

describe('my meetings on the phone', () => {
  it('lists what is coming, my record with my marks and this year’s attendance rate', async () => {
    const coming = await meetingOfX(addDays(today, 3), '下周党课');
    const record = ok(await memberX.client.get<MyMeetings>('/api/me/meetings'));
    expect(record.upcoming.map((m) => m.id)).toContain(coming.id);
    expect(record.upcoming.every((m) => m.state === 'planned' || m.state === 'held')).toBe(true);
    const closed = record.record.filter((m) => m.state === 'closed');
    expect(closed.map((m) => m.myMark).sort()).toEqual(['absent', 'present']);
    expect(record.rate).toMatchObject({
      year: Number(today.slice(0, 4)),
      expected: 2,
      present: 1,
      rate: 0.5,
    });
  });

  it('is empty for an account without a person record', async () => {
    const mine = ok(await secretaryX.get<MyMeetings>('/api/me/meetings'));
    expect(mine).toMatchObject({ upcoming: [], record: [], rate: { expected: 0, rate: null } });
  });
});
