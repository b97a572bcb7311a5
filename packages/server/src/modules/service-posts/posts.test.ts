import { addDays, type MyServicePosts, type ServicePost, type ServicePostClaim } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { memberWithAccount, ok } from '../meetings/test-support';
import { approvedClaim, auditOf, claim, publish, published, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let staff: TestClient;
let secX: TestClient;
let secY: TestClient;
let memberX: TestClient;
let memberX2: TestClient;
let memberY: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  staff = await signedInAs(t, 'org_staff', tree.township.id);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  memberX = (await memberWithAccount(t, tree.branchX.id)).client;
  memberX2 = (await memberWithAccount(t, tree.branchX.id)).client;
  memberY = (await memberWithAccount(t, tree.branchY.id)).client;
});
afterAll(async () => {
  await t?.close();
});

describe('publishing a post', () => {
  it('lists the post with its places under the publishing org and its ancestors', async () => {
    const post = await published(secX, tree.branchX.id, { kind: 'responsibility_area', title: '东街责任区' });
    expect(post).toMatchObject({ kindLabel: '党员责任区', capacity: 2, placesLeft: 2, state: 'open' });
    const list = ok(await staff.get<ServicePost[]>(`/api/service-posts?orgId=${tree.township.id}`));
    expect(list.map((p) => p.id)).toContain(post.id);
  });

  it('is audited', async () => {
    const post = await published(secX, tree.branchX.id);
    expect(await auditOf(t, 'service_post.created', post.id)).toHaveLength(1);
  });

  it('refuses a capacity of 0, naming the field', async () => {
    const response = await publish(secX, tree.branchX.id, { capacity: 0 });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'capacity' });
    expect(errorOf(response).message).toContain('名额至少 1 人');
  });

  it('refuses a period that ends before it starts, naming periodTo', async () => {
    const response = await publish(secX, tree.branchX.id, {
      periodFrom: today,
      periodTo: addDays(today, -1),
    });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'periodTo' });
  });
});

describe('claiming a post', () => {
  it('waits for the branch, which approves it; the member sees it approved', async () => {
    const post = await published(secX, tree.branchX.id, { title: '敬老院帮扶' });
    const filed = ok(await claim(memberX, post.id), 201);
    expect(filed).toMatchObject({ state: 'pending', stateLabel: '待审核' });
    const pending = ok(
      await secX.get<ServicePostClaim[]>(`/api/service-post-claims?orgId=${tree.branchX.id}&state=pending`),
    );
    expect(pending.map((c) => c.id)).toContain(filed.id);
    const decided = ok(
      await secX.post<ServicePostClaim>(`/api/service-post-claims/${filed.id}/decision`, { approve: true }),
    );
    expect(decided.state).toBe('approved');
    const mine = ok(await memberX.get<MyServicePosts>('/api/me/service-posts'));
    expect(mine.claims.find((c) => c.id === filed.id)?.state).toBe('approved');
    expect(mine.posts.find((p) => p.id === post.id)?.myClaimState).toBe('approved');
    expect(await auditOf(t, 'service_post.claim_approved', filed.id)).toHaveLength(1);
  });

  it('shows members the posts of their own org and the orgs above it, not a sibling branch’s', async () => {
    const township = await published(staff, tree.township.id, { title: '镇级公益岗' });
    const sibling = await published(secY, tree.branchY.id, { title: '西街岗位' });
    const mine = ok(await memberX.get<MyServicePosts>('/api/me/service-posts'));
    const ids = mine.posts.map((p) => p.id);
    expect(ids).toContain(township.id);
    expect(ids).not.toContain(sibling.id);
  });

  it('refuses a claim of a sibling branch’s post as not found', async () => {
    const sibling = await published(secY, tree.branchY.id);
    const response = await claim(memberX, sibling.id);
    expect(response.status).toBe(404);
  });

  it('refuses a claim when pending and approved claims fill the capacity, naming it', async () => {
    const post = await published(secX, tree.branchX.id, { title: '单人岗位', capacity: 1 });
    ok(await claim(memberX, post.id), 201);
    const response = await claim(memberX2, post.id);
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      rule: 'service-posts.capacity',
      message: '岗位“单人岗位”限 1 人，名额已满',
    });
  });

  it('refuses the same member claiming a post twice (409)', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 5 });
    ok(await claim(memberX, post.id), 201);
    const again = await claim(memberX, post.id);
    expect(again.status).toBe(409);
  });

  it('refuses a claim of a closed post', async () => {
    const post = await published(secX, tree.branchX.id);
    ok(await secX.patch(`/api/service-posts/${post.id}`, { state: 'closed' }));
    const response = await claim(memberX, post.id);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toContain('已关闭');
  });

  it('gives the last place to one of two members claiming at once; the other is refused', async () => {
    const post = await published(secX, tree.branchX.id, { title: '最后一个名额', capacity: 1 });
    const [a, b] = await Promise.all([claim(memberX, post.id), claim(memberX2, post.id)]);
    expect([a.status, b.status].sort()).toEqual([201, 422]);
    const after = ok(await secX.get<ServicePost>(`/api/service-posts/${post.id}`));
    expect(after).toMatchObject({ pendingCount: 1, placesLeft: 0 });
  });

  it('frees the place when the member withdraws', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 1 });
    const filed = ok(await claim(memberX, post.id), 201);
    const withdrawn = ok(
      await memberX.post<ServicePostClaim>(`/api/me/service-post-claims/${filed.id}/withdrawal`),
    );
    expect(withdrawn.state).toBe('withdrawn');
    ok(await claim(memberX2, post.id), 201);
  });

  it('refuses a member withdrawing another member’s claim as not found', async () => {
    const post = await published(secX, tree.branchX.id);
    const filed = ok(await claim(memberX, post.id), 201);
    const response = await memberX2.post(`/api/me/service-post-claims/${filed.id}/withdrawal`);
    expect(response.status).toBe(404);
  });

  it('keeps someone without a member record from claiming', async () => {
    const post = await published(secX, tree.branchX.id);
    const response = await claim(secX, post.id);
    expect(response.status).toBe(404);
  });
});

describe('the branch’s decision', () => {
  it('needs a reason to refuse, and the member reads it', async () => {
    const post = await published(secX, tree.branchX.id);
    const filed = ok(await claim(memberX, post.id), 201);
    const bare = await secX.post(`/api/service-post-claims/${filed.id}/decision`, { approve: false });
    expect(bare.status).toBe(400);
    expect(errorOf(bare)).toMatchObject({ field: 'reason' });
    const refused = ok(
      await secX.post<ServicePostClaim>(`/api/service-post-claims/${filed.id}/decision`, {
        approve: false,
        reason: '该岗位需要会驾驶',
      }),
    );
    expect(refused).toMatchObject({ state: 'refused', decisionReason: '该岗位需要会驾驶' });
  });

  it('is refused a second time (409)', async () => {
    const post = await published(secX, tree.branchX.id);
    const filed = ok(await claim(memberX, post.id), 201);
    ok(await secX.post(`/api/service-post-claims/${filed.id}/decision`, { approve: true }));
    const again = await secX.post(`/api/service-post-claims/${filed.id}/decision`, { approve: true });
    expect(again.status).toBe(409);
  });

  it('refuses lowering the capacity below the claims holding a place, naming the field', async () => {
    const post = await published(secX, tree.branchX.id, { capacity: 2 });
    await approvedClaim(memberX, secX, post.id);
    const second = ok(await claim(memberX2, post.id), 201);
    const lowered = await secX.patch(`/api/service-posts/${post.id}`, { capacity: 1 });
    expect(lowered.status).toBe(422);
    expect(errorOf(lowered)).toMatchObject({ field: 'capacity' });
    ok(await secX.post(`/api/service-post-claims/${second.id}/decision`, { approve: true }));
  });

  it('is refused to the secretary of another branch as not found', async () => {
    const post = await published(staff, tree.township.id, { capacity: 5 });
    const filed = ok(await claim(memberX, post.id), 201);
    const response = await secY.post(`/api/service-post-claims/${filed.id}/decision`, { approve: true });
    expect(response.status).toBe(404);
  });

  it('ends an approved claim, keeping it on record', async () => {
    const post = await published(secX, tree.branchX.id);
    const approved = await approvedClaim(memberX, secX, post.id);
    const ended = ok(
      await secX.post<ServicePostClaim>(`/api/service-post-claims/${approved.id}/end`, {
        reason: '服务期满',
      }),
    );
    expect(ended).toMatchObject({ state: 'ended', closeReason: '服务期满' });
  });
});

describe('access', () => {
  it('refuses a secretary of another branch publishing for X', async () => {
    const response = await publish(secY, tree.branchX.id);
    expect([403, 404]).toContain(response.status);
  });

  it('hides X’s posts from Y’s secretary: not in the list, not found by id, not editable', async () => {
    const post = await published(secX, tree.branchX.id, { title: '只属于东街' });
    const list = await secY.get(`/api/service-posts?orgId=${tree.branchX.id}`);
    expect([403, 404]).toContain(list.status);
    expect((await secY.get(`/api/service-posts/${post.id}`)).status).toBe(404);
    expect((await secY.patch(`/api/service-posts/${post.id}`, { title: '越权' })).status).toBe(404);
  });

  it('refuses members the staff routes (403)', async () => {
    expect((await memberX.get(`/api/service-posts?orgId=${tree.branchX.id}`)).status).toBe(403);
    expect((await publish(memberX, tree.branchX.id)).status).toBe(403);
  });

  it('answers anonymous callers 401', async () => {
    expect((await t.client().get('/api/me/service-posts')).status).toBe(401);
  });

  it('lets a member of Y see none of X’s claims in the own view', async () => {
    const post = await published(staff, tree.township.id, { capacity: 9 });
    const filed = ok(await claim(memberX, post.id), 201);
    const mine = ok(await memberY.get<MyServicePosts>('/api/me/service-posts'));
    expect(mine.claims.map((c) => c.id)).not.toContain(filed.id);
  });
});
