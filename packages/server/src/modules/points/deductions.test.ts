import {
  monthOf,
  previousMonth,
  type PersonPointsView,
  type PointsDeductionList,
  type PointsDeductionView,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { ok } from '../meetings/test-support';
import { pointsOf, putRules, rule, thisYear, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

const record = (client: TestClient, personId: number, body: Record<string, unknown> = {}) =>
  client.post<PointsDeductionView>(`/api/persons/${personId}/points-deductions`, {
    occurredOn: today,
    description: '无故不参加组织生活且拒不改正',
    ...body,
  });

const revoke = (client: TestClient, id: number, revokeReason = '记错了人') =>
  client.post<PointsDeductionView>(`/api/points-deductions/${id}/revocation`, { revokeReason });

const memberOf = async (orgId: number) => (await createPerson(t.admin, orgId)).id;

const entryOf = (points: PersonPointsView, id: number) =>
  points.entries.find((e) => e.refType === 'points_deduction' && e.refId === id);

/** A branch of its own under the township, so its rules touch no other test. */
async function branchWithViolationRule(caps: { monthlyCap?: number; yearlyCap?: number }) {
  const branch = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
  ok(await putRules(t.admin, branch.id, [rule({ source: 'violation', points: -10, ...caps })]));
  return branch.id;
}

describe('a deduction for a violation', () => {
  it('lowers the member’s total by the violation rule’s points, pointing at its record', async () => {
    const personId = await memberOf(tree.branchX.id);
    const before = await pointsOf(t, personId);
    const recorded = ok(await record(secretaryX, personId, { basis: '支委会决定〔2026〕3 号' }), 201);
    expect(recorded).toMatchObject({ personId, orgId: tree.branchX.id, points: -10, revokedAt: null });

    const after = await pointsOf(t, personId);
    expect(after.total).toBe(before.total - 10);
    expect(entryOf(after, recorded.id)).toMatchObject({
      source: 'violation',
      sourceLabel: '违纪违规扣分',
      points: -10,
      refLabel: '违纪违规：无故不参加组织生活且拒不改正（依据：支委会决定〔2026〕3 号）',
    });
  });

  it('is listed on the member’s points with its record', async () => {
    const personId = await memberOf(tree.branchX.id);
    const recorded = ok(await record(secretaryX, personId), 201);
    const list = ok(await secretaryX.get<PointsDeductionList>(`/api/persons/${personId}/points-deductions`));
    expect(list.mayManage).toBe(true);
    expect(list.items).toEqual([
      expect.objectContaining({ id: recorded.id, description: '无故不参加组织生活且拒不改正', basis: null }),
    ]);
  });

  it('is bounded by the violation rule’s monthly cap', async () => {
    const personId = await memberOf(await branchWithViolationRule({ monthlyCap: 15 }));
    const first = ok(await record(t.admin, personId), 201);
    const second = ok(await record(t.admin, personId), 201);
    const points = await pointsOf(t, personId);
    expect([entryOf(points, first.id)?.points, entryOf(points, second.id)?.points]).toEqual([-10, -5]);
    expect(entryOf(points, second.id)?.capped).toBe(true);
    expect(points.total).toBe(-15);
  });

  it('is bounded by the violation rule’s yearly cap', async () => {
    const personId = await memberOf(await branchWithViolationRule({ yearlyCap: 12 }));
    ok(await record(t.admin, personId, { occurredOn: `${thisYear}-01-01` }), 201);
    ok(await record(t.admin, personId), 201);
    expect((await pointsOf(t, personId)).total).toBe(-12);
  });

  it('is refused for a future date', async () => {
    const response = await record(secretaryX, await memberOf(tree.branchX.id), { occurredOn: '2999-01-01' });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'occurredOn', message: '发生日期不能晚于今天' });
  });

  it('is refused for a date before the member joined the Party', async () => {
    const response = await record(secretaryX, await memberOf(tree.branchX.id), { occurredOn: '2009-01-01' });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      field: 'occurredOn',
      message: '发生日期不能早于入党日期 2010-07-01',
    });
  });

  it('needs a description of what happened', async () => {
    const response = await record(secretaryX, await memberOf(tree.branchX.id), { description: '' });
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toBe('事项说明：请写明违纪违规的情况（至少 4 个字）');
  });

  it('is refused for a closed month, naming the org that closed it and the date', async () => {
    const branch = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
    const last = previousMonth(monthOf(today));
    ok(await t.admin.post(`/api/orgs/${branch.id}/points-months/${last}/close`), 201);
    const response = await record(t.admin, await memberOf(branch.id), { occurredOn: `${last}-15` });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      field: 'occurredOn',
      message: `${last.slice(0, 4)}年${Number(last.slice(5, 7))}月的积分已由${branch.name}于 ${today} 关闭，不能再记录扣分`,
    });
  });
});

describe('revoking a deduction', () => {
  it('restores the member’s total and keeps the record with the reason', async () => {
    const personId = await memberOf(tree.branchX.id);
    const before = await pointsOf(t, personId);
    const recorded = ok(await record(secretaryX, personId), 201);
    const revoked = ok(await revoke(secretaryX, recorded.id));
    expect(revoked).toMatchObject({ revokeReason: '记错了人', points: null });
    expect(revoked.revokedAt).not.toBeNull();

    const after = await pointsOf(t, personId);
    expect(after.total).toBe(before.total);
    expect(entryOf(after, recorded.id)).toBeUndefined();
    const list = ok(await secretaryX.get<PointsDeductionList>(`/api/persons/${personId}/points-deductions`));
    expect(list.items.map((d) => [d.id, d.revokeReason])).toEqual([[recorded.id, '记错了人']]);
  });

  it('happens once only', async () => {
    const recorded = ok(await record(secretaryX, await memberOf(tree.branchX.id)), 201);
    ok(await revoke(secretaryX, recorded.id));
    expect((await revoke(secretaryX, recorded.id)).status).toBe(409);
  });

  it('needs a reason', async () => {
    const recorded = ok(await record(secretaryX, await memberOf(tree.branchX.id)), 201);
    const response = await revoke(secretaryX, recorded.id, '');
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toBe('撤销理由：请写明撤销理由');
  });
});

describe('access', () => {
  it('keeps a member of branch X from the secretary of branch Y', async () => {
    const personId = await memberOf(tree.branchX.id);
    expect((await record(secretaryY, personId)).status).toBe(404);
    expect((await secretaryY.get(`/api/persons/${personId}/points-deductions`)).status).toBe(404);
    const recorded = ok(await record(secretaryX, personId), 201);
    expect((await revoke(secretaryY, recorded.id)).status).toBe(404);
    expect((await pointsOf(t, personId)).total).toBe(-10);
  });
});

describe('the audit log', () => {
  it('holds the recording and the revocation of a deduction', async () => {
    const recorded = ok(await record(secretaryX, await memberOf(tree.branchX.id)), 201);
    ok(await revoke(secretaryX, recorded.id));
    const rows = await t.database.db.execute<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity_type = 'points_deduction' AND entity_id = ${String(recorded.id)}
          ORDER BY id`,
    );
    expect(rows.rows.map((r) => r.action)).toEqual(['points.deduction_recorded', 'points.deduction_revoked']);
  });
});
