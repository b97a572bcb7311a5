import {
  monthOf,
  shiftMonth,
  type AssessmentBoard,
  type AssessmentComputeResult,
  type AssessmentRow,
  type Visit,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { memberWithAccount } from '../meetings/test-support';
import {
  daysAgo,
  household,
  ok,
  pair,
  pairingWorld,
  today,
  visitInput,
  type PairingWorld,
} from '../pairing/test-support';
import { approvedClaim, claim, published } from '../service-posts/test-support';
import { assignTo, filePublic, MINUTE, passTime } from '../service-requests/test-support';

/**
 * The three service items of the default set scored from the service modules' records: 设岗定责 from
 * post claims (village B, this month), 为民服务 from residents' requests and 联系群众 from pairing visits
 * (village A, last month, so that deadlines and visits can lie wholly inside a finished month).
 */
const THIS_MONTH = monthOf(today);
const LAST_MONTH = shiftMonth(THIS_MONTH, -1);

let t: TestApp;
let w: PairingWorld;

beforeAll(async () => {
  t = await startTestApp({ config: { publicRequestsPer10Minutes: 10_000 } });
  w = await pairingWorld(t);
});
afterAll(async () => {
  await t?.close();
});

async function computedBoard(month: string): Promise<AssessmentBoard> {
  const orgId = w.tree.township.id;
  ok(await t.admin.post<AssessmentComputeResult>('/api/assessment/compute', { orgId, month }));
  return ok(await t.admin.get<AssessmentBoard>(`/api/assessment/board?orgId=${orgId}&month=${month}`));
}
const rowOf = (b: AssessmentBoard, branchId: number): AssessmentRow =>
  b.rows.find((r) => r.branch.id === branchId)!;
const cell = (b: AssessmentBoard, branchId: number, key: string) =>
  rowOf(b, branchId).cells.find((c) => c.itemKey === key)!;

describe('设岗定责 (posts_claimed)', () => {
  let thisMonth: AssessmentBoard;
  beforeAll(async () => {
    const post = await published(w.secB, w.villageB.id, { capacity: 5 });
    const members = [];
    for (let i = 0; i < 5; i += 1) members.push(await memberWithAccount(t, w.villageB.id));
    const [holding, served, withdrew, waiting] = members;
    await approvedClaim(holding!.client, w.secB, post.id);
    const ended = await approvedClaim(served!.client, w.secB, post.id);
    ok(await w.secB.post(`/api/service-post-claims/${ended.id}/end`, { reason: '服务期满' }));
    const mine = await approvedClaim(withdrew!.client, w.secB, post.id);
    ok(await withdrew!.client.post(`/api/me/service-post-claims/${mine.id}/withdrawal`));
    ok(await claim(waiting!.client, post.id), 201);
    thisMonth = await computedBoard(THIS_MONTH);
  });

  it('scores members holding an approved claim over the members on the roster, counting one ended in the month', () => {
    // Held: the approved claim and the one ended today; not the withdrawn, the pending or the fifth member.
    expect(cell(thisMonth, w.villageB.id, 'posts')).toMatchObject({
      scoreTenths: 40,
      scoredHow: 'auto',
      basis: '在册党员 5 名，本月认领岗位 2 名（40%）',
    });
  });

  it('gives full marks to a branch without members on the roster, saying so', () => {
    expect(cell(thisMonth, w.tree.branchY.id, 'posts')).toMatchObject({
      scoreTenths: 100,
      basis: '支部没有在册党员',
    });
  });

  it('does not count a claim approved after the month', async () => {
    const lastMonth = await computedBoard(LAST_MONTH);
    expect(cell(lastMonth, w.villageB.id, 'posts')).toMatchObject({
      scoreTenths: 0,
      basis: '在册党员 5 名，本月认领岗位 0 名（0%）',
    });
  });
});

/** As if the request had been filed earlier, so that its resolve deadline is the 15th of last month, noon. */
async function dueMidLastMonth(id: number): Promise<void> {
  const { rows } = await t.database.db.execute<{ ms: number }>(
    sql`SELECT (extract(epoch FROM resolve_by) * 1000)::float8 AS ms FROM service_requests WHERE id = ${id}`,
  );
  const target = Date.parse(`${LAST_MONTH}-15T12:00:00+08:00`);
  await passTime(t, id, Math.ceil((Number(rows[0]!.ms) - target) / MINUTE));
}

async function resolve(id: number): Promise<void> {
  ok(await assignTo(t.admin, id, null));
  ok(await t.admin.post(`/api/service-requests/${id}/resolution`, { resolution: '已上门办理' }));
}

describe('为民服务 (requests_answered)', () => {
  let lastMonth: AssessmentBoard;
  beforeAll(async () => {
    const onTime = await filePublic(t, w.villageA.id);
    await resolve(onTime.id);
    await dueMidLastMonth(onTime.id);
    const late = await filePublic(t, w.villageA.id);
    await dueMidLastMonth(late.id);
    await resolve(late.id);
    const open = await filePublic(t, w.villageA.id);
    await dueMidLastMonth(open.id);
    const rejected = await filePublic(t, w.villageA.id);
    ok(await t.admin.post(`/api/service-requests/${rejected.id}/rejection`, { reason: '重复提交' }));
    await dueMidLastMonth(rejected.id);
    lastMonth = await computedBoard(LAST_MONTH);
  });

  it('scores requests resolved on time over those due in the month, an open one past its deadline counting as late', () => {
    // Due last month: one resolved on time, one resolved late, one still open; the rejected one left out.
    expect(cell(lastMonth, w.villageA.id, 'requests')).toMatchObject({
      scoreTenths: 33,
      scoredHow: 'auto',
      basis: '本月到期诉求 3 件，按时办结 1 件（33.3%），1 件逾期未办结',
    });
  });

  it('gives full marks when no request fell due, saying so', () => {
    expect(cell(lastMonth, w.villageB.id, 'requests')).toMatchObject({
      scoreTenths: 100,
      basis: '本月无到期诉求',
    });
  });
});

describe('联系群众 (pairing_visits)', () => {
  let lastMonth: AssessmentBoard;
  const visit = async (householdId: number, helperId: number, visitedOn: string) =>
    ok(
      await w.secA.post<Visit>('/api/pairing/visits', visitInput(householdId, helperId, { visitedOn })),
      201,
    );
  const paired = async () => {
    const h = await household(w.secA, w.villageA.id);
    const helper = await createPerson(t.admin, w.villageA.id);
    const pairing = await pair(w.secA, h.id, helper.id, 90);
    return { h, helper, pairing };
  };

  beforeAll(async () => {
    const visited = await paired();
    await visit(visited.h.id, visited.helper.id, `${LAST_MONTH}-15`);
    const twice = await paired();
    await visit(twice.h.id, twice.helper.id, `${LAST_MONTH}-10`);
    await visit(twice.h.id, twice.helper.id, `${LAST_MONTH}-20`);
    const voided = await paired();
    const wrong = await visit(voided.h.id, voided.helper.id, `${LAST_MONTH}-15`);
    ok(await w.secA.post(`/api/pairing/visits/${wrong.id}/void`, { reason: '重复登记' }));
    const laterOnly = await paired();
    await visit(laterOnly.h.id, laterOnly.helper.id, today);
    // Ended well before last month began (that began at most 62 days ago): not paired in it.
    const ended = await paired();
    ok(
      await w.secA.post(`/api/pairing/pairings/${ended.pairing.id}/end`, {
        endedOn: daysAgo(70),
        reason: 'other',
      }),
    );
    await household(w.secA, w.villageA.id); // never paired
    lastMonth = await computedBoard(LAST_MONTH);
  });

  it('scores households visited in the month over those paired in it, leaving out a voided visit', () => {
    // Paired last month: visited, visited twice, visit voided, visited only this month.
    expect(cell(lastMonth, w.villageA.id, 'visits')).toMatchObject({
      scoreTenths: 50,
      scoredHow: 'auto',
      basis: '本月结对帮扶 4 户，已走访 2 户（50%）',
    });
  });

  it('gives full marks when no household is paired, saying so', () => {
    expect(cell(lastMonth, w.villageB.id, 'visits')).toMatchObject({
      scoreTenths: 100,
      basis: '本月没有结对帮扶户',
    });
  });

  it('leaves only the hand-scored items missing', () => {
    expect(rowOf(lastMonth, w.villageA.id).missing).toEqual(['disclosure', 'study', 'records']);
  });
});

describe('a hand score on a service item', () => {
  it('replaces the computed one and survives the next computation, as on any computed item', async () => {
    const scored = await t.admin.request(
      'PUT',
      `/api/assessment/scores/${w.villageB.id}/${LAST_MONTH}/visits`,
      { score: 6, evidence: '走访记录本已核，部分走访未录入系统' },
    );
    ok(scored);
    const board = await computedBoard(LAST_MONTH);
    expect(cell(board, w.villageB.id, 'visits')).toMatchObject({ scoreTenths: 60, scoredHow: 'manual' });
  });
});
