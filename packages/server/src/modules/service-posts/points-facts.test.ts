import { type ActivityOccurrence, type ActivitySeries, type ServiceHoursEntry } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { memberWithAccount, ok } from '../meetings/test-support';
import { postsClaimedInMonth } from './assessment-counts';
import { volunteerHoursFacts } from './points-facts';
import { approvedClaim, claim, published, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secX: TestClient;
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

const collect = (personIds: number[], y = year) =>
  t.database.db.transaction((tx) => volunteerHoursFacts.collect(tx, personIds, y));

describe('volunteer hours as points facts', () => {
  it('gives confirmed post hours, one unit an hour, naming the hours entry', async () => {
    const member = await memberWithAccount(t, tree.branchX.id);
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member.client, secX, post.id);
    const confirmed = ok(
      await secX.post<ServiceHoursEntry>(`/api/service-post-claims/${approved.id}/hours`, {
        workedOn: today,
        hours: 2.5,
      }),
      201,
    );
    ok(
      await member.client.post(`/api/me/service-post-claims/${approved.id}/hours`, {
        workedOn: today,
        hours: 1,
      }),
      201,
    );
    expect(await collect([member.person.id])).toEqual([
      {
        personId: member.person.id,
        source: 'volunteer_hours',
        qualifier: null,
        date: today,
        units: 2.5,
        refType: 'volunteer_hours',
        refId: confirmed.id,
      },
    ]);
  });

  it('gives the hours credited for being present at an activity, not for being absent', async () => {
    const present = await memberWithAccount(t, tree.branchX.id);
    const absent = await memberWithAccount(t, tree.branchX.id);
    const day = new Date(`${today}T00:00:00Z`).getUTCDay();
    const series = ok(
      await secX.post<ActivitySeries>('/api/activity-series', {
        orgId: tree.branchX.id,
        title: '红色星期六',
        place: '村委会',
        recurrence: { kind: 'weekly', weekday: day === 0 ? 7 : day },
        startsOn: today,
        hoursCredited: 2,
      }),
      201,
    );
    const [first] = ok(await secX.get<ActivityOccurrence[]>(`/api/activity-series/${series.id}/occurrences`));
    ok(
      await secX.post(`/api/activity-occurrences/${first!.id}/attendance`, {
        marks: [
          { personId: present.person.id, mark: 'present' },
          { personId: absent.person.id, mark: 'absent' },
        ],
      }),
    );
    const facts = await collect([present.person.id, absent.person.id]);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ personId: present.person.id, units: 2, refType: 'activity_attendance' });
  });

  it('gives nothing for another year', async () => {
    const member = await memberWithAccount(t, tree.branchX.id);
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member.client, secX, post.id);
    ok(await secX.post(`/api/service-post-claims/${approved.id}/hours`, { workedOn: today, hours: 1 }), 201);
    expect(await collect([member.person.id], year - 1)).toEqual([]);
  });
});

describe('posts claimed for the branch assessment', () => {
  it('counts per branch the claims approved in the month, not pending or withdrawn ones', async () => {
    const a = await memberWithAccount(t, tree.branchX.id);
    const b = await memberWithAccount(t, tree.branchX.id);
    const post = await published(secX, tree.branchX.id, { capacity: 9 });
    const before = await t.database.db.transaction((tx) =>
      postsClaimedInMonth(tx, tree.township.path, today.slice(0, 7)),
    );
    const base = before.find((r) => r.branchId === tree.branchX.id)?.claims ?? 0;
    await approvedClaim(a.client, secX, post.id);
    const withdrawn = await approvedClaim(b.client, secX, post.id);
    ok(await b.client.post(`/api/me/service-post-claims/${withdrawn.id}/withdrawal`));
    ok(await claim(b.client, post.id), 201);
    const rows = await t.database.db.transaction((tx) =>
      postsClaimedInMonth(tx, tree.township.path, today.slice(0, 7)),
    );
    expect(rows.find((r) => r.branchId === tree.branchX.id)?.claims).toBe(base + 1);
    expect(rows.find((r) => r.branchId === tree.branchY.id)).toBeUndefined();
  });
});
