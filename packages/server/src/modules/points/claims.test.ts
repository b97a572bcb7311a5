import {
  monthOf,
  previousMonth,
  type MyPointsView,
  type Notification,
  type PointsClaimList,
  type PointsClaimView,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { memberWithAccount, ok } from '../meetings/test-support';
import { today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
let memberX: TestClient;
let memberXId: number;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  const member = await memberWithAccount(t, tree.branchX.id);
  memberX = member.client;
  memberXId = member.person.id;
});
afterAll(async () => {
  await t?.close();
});

const claim = (client: TestClient, body: Record<string, unknown> = {}) =>
  client.post<PointsClaimView>('/api/me/points-claims', {
    occurredOn: today,
    points: 3,
    description: '参加社区义务清扫',
    ...body,
  });

const decide = (client: TestClient, id: number, body: Record<string, unknown>) =>
  client.post<PointsClaimView>(`/api/points/claims/${id}/decision`, body);

describe('a member’s claim', () => {
  it('waits for the branch, which approves it; the member is told and sees the points', async () => {
    const filed = ok(await claim(memberX), 201);
    expect(filed).toMatchObject({ status: 'pending', personId: memberXId, orgId: tree.branchX.id });
    const pending = ok(
      await secretaryX.get<PointsClaimList>(`/api/points/claims?orgId=${tree.branchX.id}&status=pending`),
    );
    expect(pending.items.map((c) => c.id)).toContain(filed.id);

    const approved = ok(await decide(secretaryX, filed.id, { approve: true, points: 4 }));
    expect(approved).toMatchObject({ status: 'approved', grantedPoints: 4 });
    const mine = ok(await memberX.get<MyPointsView>('/api/me/points'));
    expect(mine.entries).toContainEqual(
      expect.objectContaining({ source: 'manual', refType: 'points_claim', refId: filed.id, points: 4 }),
    );
    expect(mine.claims.find((c) => c.id === filed.id)?.status).toBe('approved');
    const inbox = ok(await memberX.get<{ items: Notification[] }>('/api/notifications'));
    expect(inbox.items[0]?.title).toBe('积分申报已通过：认定 4 分');
  });

  it('may not be granted more than the manual rule’s monthly cap', async () => {
    const filed = ok(await claim(memberX, { points: 20 }), 201);
    const response = await decide(secretaryX, filed.id, { approve: true });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      field: 'points',
      message: '认定分值不能高于系统默认规定的每月上限 10 分',
    });
  });

  it('needs a reason to be refused, and the member sees the reason', async () => {
    const filed = ok(await claim(memberX), 201);
    const bare = await decide(secretaryX, filed.id, { approve: false });
    expect(bare.status).toBe(400);
    expect(errorOf(bare).message).toBe('不同意的理由：不同意时须写明理由');
    ok(await decide(secretaryX, filed.id, { approve: false, decisionReason: '没有佐证材料' }));
    const mine = ok(await memberX.get<MyPointsView>('/api/me/points'));
    expect(mine.claims.find((c) => c.id === filed.id)).toMatchObject({
      status: 'refused',
      decisionReason: '没有佐证材料',
    });
  });

  it('is decided once only', async () => {
    const filed = ok(await claim(memberX), 201);
    ok(await decide(secretaryX, filed.id, { approve: false, decisionReason: '重复申报' }));
    expect((await decide(secretaryX, filed.id, { approve: true })).status).toBe(409);
  });

  it('is refused for a future date', async () => {
    const response = await claim(memberX, { occurredOn: '2999-01-01' });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'occurredOn', message: '发生日期不能晚于今天' });
  });

  it('is refused for a month a committee above closed, naming the committee and the date', async () => {
    const last = previousMonth(monthOf(today));
    ok(await t.admin.post(`/api/orgs/${tree.township.id}/points-months/${last}/close`), 201);
    const response = await claim(memberX, { occurredOn: `${last}-15` });
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toBe(
      `${last.slice(0, 4)}年${Number(last.slice(5, 7))}月的积分已由${tree.township.name}于 ${today} 关闭，不能再申报`,
    );
  });
});

describe('access', () => {
  it('keeps a claim of branch X from the secretary of branch Y', async () => {
    const filed = ok(await claim(memberX), 201);
    expect((await secretaryY.get(`/api/points/claims?orgId=${tree.branchX.id}`)).status).toBe(404);
    const own = ok(await secretaryY.get<PointsClaimList>(`/api/points/claims?orgId=${tree.branchY.id}`));
    expect(own.items).toEqual([]);
    expect((await decide(secretaryY, filed.id, { approve: true })).status).toBe(404);
    expect(ok(await decide(secretaryX, filed.id, { approve: true })).status).toBe('approved');
  });
});
