import {
  addDays,
  type ActivityOccurrence,
  type ActivityOccurrenceDetail,
  type ActivitySeries,
  type MyActivity,
  type MyServicePosts,
  type Notification,
  type Person,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { download, upload } from '../imports/test-support/http';
import { memberWithAccount, ok } from '../meetings/test-support';
import { auditOf, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let staff: TestClient;
let secX: TestClient;
let secY: TestClient;
let member: { person: Person; client: TestClient };
let memberY: { person: Person; client: TestClient };

/** ISO weekday of today, so a weekly series falls today, in a week and a week ago. */
const weekdayToday = (() => {
  const d = new Date(`${today}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
})();

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  staff = await signedInAs(t, 'org_staff', tree.township.id);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  member = await memberWithAccount(t, tree.branchX.id);
  memberY = await memberWithAccount(t, tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

async function weeklySeries(client: TestClient, orgId: number, extra: Record<string, unknown> = {}) {
  return ok(
    await client.post<ActivitySeries>('/api/activity-series', {
      orgId,
      title: '红色星期六',
      place: '党群服务中心',
      recurrence: { kind: 'weekly', weekday: weekdayToday },
      startsOn: addDays(today, -21),
      hoursCredited: 2,
      ...extra,
    }),
    201,
  );
}

async function occurrencesOf(client: TestClient, seriesId: number) {
  return ok(await client.get<ActivityOccurrence[]>(`/api/activity-series/${seriesId}/occurrences`));
}

const signUp = (client: TestClient, id: number) =>
  client.post<MyActivity>(`/api/me/activity-occurrences/${id}/signup`);

describe('a recurring activity', () => {
  it('plans its dates from today on when it is set up', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    expect(series.recurrenceLabel).toMatch(/^每周/);
    const dates = (await occurrencesOf(secX, series.id)).map((o) => o.heldOn);
    expect(dates[0]).toBe(today);
    expect(dates[1]).toBe(addDays(today, 7));
    expect(await auditOf(t, 'activity_series.created', series.id)).toHaveLength(1);
  });

  it('plans past dates on request, keeping those already planned', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const planned = ok(
      await secX.post<ActivityOccurrence[]>(`/api/activity-series/${series.id}/occurrences`, {
        from: addDays(today, -21),
        to: today,
      }),
    );
    expect(planned.map((o) => o.heldOn)).toEqual([
      addDays(today, -21),
      addDays(today, -14),
      addDays(today, -7),
      today,
    ]);
  });

  it('refuses planning more than a year at once, naming the field', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const response = await secX.post(`/api/activity-series/${series.id}/occurrences`, {
      from: today,
      to: addDays(today, 400),
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'to', rule: 'activities.generate' });
  });

  it('replans the dates to come when its rule changes', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const other = weekdayToday === 7 ? 1 : weekdayToday + 1;
    ok(
      await secX.patch(`/api/activity-series/${series.id}`, {
        recurrence: { kind: 'weekly', weekday: other },
      }),
    );
    const dates = (await occurrencesOf(secX, series.id)).map((o) => o.heldOn);
    // Today stays (it is no longer to come); the later dates move a day on.
    expect(dates.slice(0, 2)).toEqual([today, addDays(today, 1)]);
    expect(dates).not.toContain(addDays(today, 7));
  });
});

describe('signing up', () => {
  it('shows the member the activities of the own org and above, and takes a sign-up before the day', async () => {
    const series = await weeklySeries(staff, tree.township.id, { title: '镇红色星期六' });
    const next = (await occurrencesOf(staff, series.id)).find((o) => o.heldOn === addDays(today, 7))!;
    const before = ok(await member.client.get<MyServicePosts>('/api/me/service-posts'));
    expect(before.activities.map((a) => a.id)).toContain(next.id);
    const signed = ok(await signUp(member.client, next.id), 201);
    expect(signed).toMatchObject({ signedUp: true, signupCount: 1 });
    expect(await auditOf(t, 'activity.signed_up', next.id)).toHaveLength(1);
  });

  it('closes on the day itself', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    const response = await signUp(member.client, todays.id);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toContain('前一天截止');
  });

  it('is refused when the limit is reached, naming it', async () => {
    const series = await weeklySeries(secX, tree.branchX.id, { capacity: 1 });
    const next = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === addDays(today, 7))!;
    const second = await memberWithAccount(t, tree.branchX.id);
    ok(await signUp(member.client, next.id), 201);
    const response = await signUp(second.client, next.id);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toContain('限 1 人，报名已满');
  });

  it('may be withdrawn before the day', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const next = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === addDays(today, 7))!;
    ok(await signUp(member.client, next.id), 201);
    const withdrawn = ok(
      await member.client.delete<MyActivity>(`/api/me/activity-occurrences/${next.id}/signup`),
    );
    expect(withdrawn).toMatchObject({ signedUp: false, signupCount: 0 });
  });

  it('is not open to a member of a sibling branch', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const next = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === addDays(today, 7))!;
    expect((await signUp(memberY.client, next.id)).status).toBe(404);
  });
});

describe('attendance', () => {
  it('credits present members the series’ hours, absent ones none, and counts in the member’s year', async () => {
    const series = await weeklySeries(secX, tree.branchX.id, { hoursCredited: 3 });
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    const walkIn = await memberWithAccount(t, tree.branchX.id);
    const marked = ok(
      await secX.post<ActivityOccurrenceDetail>(`/api/activity-occurrences/${todays.id}/attendance`, {
        marks: [
          { personId: member.person.id, mark: 'present' },
          { personId: walkIn.person.id, mark: 'absent' },
        ],
      }),
    );
    expect(marked.signups.map((s) => [s.personId, s.mark, s.hours])).toEqual(
      expect.arrayContaining([
        [member.person.id, 'present', 3],
        [walkIn.person.id, 'absent', 0],
      ]),
    );
    expect(marked.presentCount).toBe(1);
    const mine = ok(await member.client.get<MyServicePosts>('/api/me/service-posts'));
    expect(mine.activities.find((a) => a.id === todays.id)).toMatchObject({ mark: 'present', hours: 3 });
    expect(await auditOf(t, 'activity.attendance_marked', todays.id)).toHaveLength(1);
  });

  it('is refused before the day of the activity', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const next = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === addDays(today, 7))!;
    const response = await secX.post(`/api/activity-occurrences/${next.id}/attendance`, {
      marks: [{ personId: member.person.id, mark: 'present' }],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'marks', rule: 'activities.attendance' });
  });

  it('refuses marking a member of another branch, naming marks', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    const response = await secX.post(`/api/activity-occurrences/${todays.id}/attendance`, {
      marks: [{ personId: memberY.person.id, mark: 'present' }],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'marks' });
  });

  it('cannot cancel a date whose attendance is marked (409); a cancelled date tells those signed up and takes no more', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const dates = await occurrencesOf(secX, series.id);
    const todays = dates.find((o) => o.heldOn === today)!;
    ok(
      await secX.post(`/api/activity-occurrences/${todays.id}/attendance`, {
        marks: [{ personId: member.person.id, mark: 'present' }],
      }),
    );
    const refused = await secX.post(`/api/activity-occurrences/${todays.id}/cancellation`, {
      reason: '下雨',
    });
    expect(refused.status).toBe(409);
    const next = dates.find((o) => o.heldOn === addDays(today, 7))!;
    ok(await signUp(member.client, next.id), 201);
    const cancelled = ok(
      await secX.post<ActivityOccurrenceDetail>(`/api/activity-occurrences/${next.id}/cancellation`, {
        reason: '暴雨预警',
      }),
    );
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '暴雨预警' });
    const inbox = ok(await member.client.get<{ items: Notification[] }>('/api/notifications'));
    expect(inbox.items[0]?.title).toBe(`活动取消：${next.heldOn} 红色星期六`);
    const other = await memberWithAccount(t, tree.branchX.id);
    expect((await signUp(other.client, next.id)).status).toBe(422);
  });
});

describe('photos', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64, 1),
  ]);

  it('are stored and streamed back with their type', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    const uploaded = await upload(secX, `/api/activity-occurrences/${todays.id}/photos`, png, '合影.png');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const detail = uploaded.body as unknown as ActivityOccurrenceDetail;
    const photo = detail.photos[0]!;
    expect(photo).toMatchObject({ contentType: 'image/png', size: png.length });
    const got = await download(secX, `/api/activity-photos/${photo.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.body.equals(png)).toBe(true);
    expect(await auditOf(t, 'activity.photo_added', photo.id)).toHaveLength(1);
    // Another branch's secretary does not see it.
    expect((await download(secY, `/api/activity-photos/${photo.id}`)).status).toBe(404);
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    const response = await upload(
      secX,
      `/api/activity-occurrences/${todays.id}/photos`,
      Buffer.from('<svg/>'),
      'a.png',
    );
    expect(response.status).toBe(400);
    expect((response.body as unknown as { error: { message: string } }).error.message).toContain(
      'JPEG、PNG 或 WebP',
    );
  });

  it('refuses a photo over 2 MB', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024, 1)]);
    const response = await upload(secX, `/api/activity-occurrences/${todays.id}/photos`, big, 'big.png');
    expect(response.status).toBe(413);
  });
});

describe('access', () => {
  it('keeps X’s activities from Y’s secretary', async () => {
    const series = await weeklySeries(secX, tree.branchX.id);
    const todays = (await occurrencesOf(secX, series.id)).find((o) => o.heldOn === today)!;
    expect((await secY.get(`/api/activity-series/${series.id}/occurrences`)).status).toBe(404);
    expect((await secY.get(`/api/activity-occurrences/${todays.id}`)).status).toBe(404);
    expect(
      (
        await secY.post(`/api/activity-occurrences/${todays.id}/attendance`, {
          marks: [{ personId: memberY.person.id, mark: 'present' }],
        })
      ).status,
    ).toBe(404);
    const list = ok(await secY.get<ActivitySeries[]>(`/api/activity-series?orgId=${tree.branchY.id}`));
    expect(list.map((s) => s.id)).not.toContain(series.id);
  });
});
