import { addDays, type MyServicePosts, type ServiceHoursEntry, type ServicePost } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { download } from '../imports/test-support/http';
import { memberWithAccount, ok } from '../meetings/test-support';
import { approvedClaim, auditOf, claim, published, today, yesterday } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secX: TestClient;
let secY: TestClient;
let member: TestClient;
let other: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  member = (await memberWithAccount(t, tree.branchX.id)).client;
  other = (await memberWithAccount(t, tree.branchX.id)).client;
});
afterAll(async () => {
  await t?.close();
});

const logOwn = (client: TestClient, claimId: number, body: Record<string, unknown>) =>
  client.post<ServiceHoursEntry>(`/api/me/service-post-claims/${claimId}/hours`, body);

describe('hours the member logs', () => {
  it('wait for the branch, which confirms them; the post and the member count them then', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member, secX, post.id);
    const logged = ok(
      await logOwn(member, approved.id, { workedOn: today, hours: 2.5, note: '清理河道' }),
      201,
    );
    expect(logged).toMatchObject({ state: 'pending', loggedByMember: true, hours: 2.5 });
    const pending = ok(
      await secX.get<ServiceHoursEntry[]>(`/api/service-hours?orgId=${tree.branchX.id}&state=pending`),
    );
    expect(pending.map((h) => h.id)).toContain(logged.id);
    const confirmed = ok(
      await secX.post<ServiceHoursEntry>(`/api/service-hours/${logged.id}/decision`, { confirm: true }),
    );
    expect(confirmed.state).toBe('confirmed');
    expect(ok(await secX.get<ServicePost>(`/api/service-posts/${post.id}`)).confirmedHours).toBe(2.5);
    const mine = ok(await member.get<MyServicePosts>('/api/me/service-posts'));
    expect(mine.hours.find((h) => h.id === logged.id)?.state).toBe('confirmed');
    expect(mine.confirmedHoursThisYear).toBe(2.5);
    expect(await auditOf(t, 'service_hours.confirmed', logged.id)).toHaveLength(1);
  });

  it('may be rejected with a reason', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(other, secX, post.id);
    const logged = ok(await logOwn(other, approved.id, { workedOn: today, hours: 1 }), 201);
    const bare = await secX.post(`/api/service-hours/${logged.id}/decision`, { confirm: false });
    expect(bare.status).toBe(400);
    expect(errorOf(bare)).toMatchObject({ field: 'reason' });
    const rejected = ok(
      await secX.post<ServiceHoursEntry>(`/api/service-hours/${logged.id}/decision`, {
        confirm: false,
        reason: '当天未上岗',
      }),
    );
    expect(rejected).toMatchObject({ state: 'rejected', decisionReason: '当天未上岗' });
  });

  it('are refused before the claim is approved (409)', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const filed = ok(await claim(member, post.id), 201);
    const response = await logOwn(member, filed.id, { workedOn: today, hours: 1 });
    expect(response.status).toBe(409);
  });

  it('are refused for a day in the future, naming workedOn', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member, secX, post.id);
    const response = await logOwn(member, approved.id, { workedOn: addDays(today, 1), hours: 1 });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'workedOn', rule: 'service-posts.hours' });
  });

  it('are refused outside the half-hour steps, naming hours', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member, secX, post.id);
    const response = await logOwn(member, approved.id, { workedOn: today, hours: 0.3 });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'hours' });
  });

  it('may not pass 24 hours on one day', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member, secX, post.id);
    const day = addDays(today, -2);
    ok(await logOwn(member, approved.id, { workedOn: day, hours: 20 }), 201);
    const response = await logOwn(member, approved.id, { workedOn: day, hours: 4.5 });
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toBe(`${day} 已登记 20 小时，一天合计不能超过 24 小时`);
  });

  it('are refused on another member’s claim as not found', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(member, secX, post.id);
    const response = await logOwn(other, approved.id, { workedOn: today, hours: 1 });
    expect(response.status).toBe(404);
  });
});

describe('hours the branch records', () => {
  it('are confirmed at once', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(other, secX, post.id);
    const recorded = ok(
      await secX.post<ServiceHoursEntry>(`/api/service-post-claims/${approved.id}/hours`, {
        workedOn: yesterday,
        hours: 3,
      }),
      201,
    );
    expect(recorded).toMatchObject({ state: 'confirmed', loggedByMember: false });
    expect(await auditOf(t, 'service_hours.recorded', recorded.id)).toHaveLength(1);
  });

  it('are refused to the secretary of another branch as not found, and hidden from its list', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(other, secX, post.id);
    const response = await secY.post(`/api/service-post-claims/${approved.id}/hours`, {
      workedOn: yesterday,
      hours: 3,
    });
    expect(response.status).toBe(404);
    const list = ok(await secY.get<ServiceHoursEntry[]>(`/api/service-hours?orgId=${tree.branchY.id}`));
    expect(list).toEqual([]);
  });
});

describe('the hours ledger in Excel', () => {
  it('downloads the org’s hours as a workbook, and refuses another branch’s secretary', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    const approved = await approvedClaim(other, secX, post.id);
    ok(await secX.post(`/api/service-post-claims/${approved.id}/hours`, { workedOn: today, hours: 2 }), 201);
    const file = await download(secX, `/api/service-hours.xlsx?orgId=${tree.branchX.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
    const sibling = await download(secY, `/api/service-hours.xlsx?orgId=${tree.branchX.id}`);
    expect([403, 404]).toContain(sibling.status);
  });
});
