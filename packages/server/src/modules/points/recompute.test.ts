import { monthOf, type Org, type Person, type PointsLedger } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { ok } from '../meetings/test-support';
import { closedMeeting, pointsOf, putRules, recompute, rule, thisYear, today } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretary: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretary = await signedInAs(t, 'branch_secretary', tree.township.id);
});
afterAll(async () => {
  await t?.close();
});

/** A fresh branch with its own members, so each test's numbers are its own. */
async function branchWith(count: number): Promise<{ org: Org; members: Person[] }> {
  const org = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
  const members: Person[] = [];
  for (let i = 0; i < count; i += 1) members.push(await createPerson(t.admin, org.id));
  return { org, members };
}

const entryRows = async (personId: number) =>
  (
    await t.database.db.execute<{ id: number; ref_id: number; points: number; capped: boolean }>(
      sql`SELECT id, ref_id, points, capped FROM point_entries WHERE person_id = ${personId} ORDER BY id`,
    )
  ).rows;

describe('points from attendance', () => {
  it('gives a member present at a closed meeting the points of the rule in force, pointing at the meeting', async () => {
    const { org, members } = await branchWith(1);
    const meeting = await closedMeeting(secretary, org.id);
    await recompute(secretary, org.id);
    const view = await pointsOf(t, members[0]!.id);
    expect(view.total).toBe(2);
    expect(view.entries[0]).toMatchObject({
      source: 'meeting_attendance',
      qualifier: 'general_meeting',
      refType: 'meeting',
      refId: meeting.id,
      refLabel: `支部党员大会：${meeting.title}`,
      ruleOrgName: '系统默认',
      capped: false,
    });
    expect(view.months.find((m) => m.month === monthOf(today))?.points).toBe(2);
  });

  it('gives nothing to a member marked absent', async () => {
    const { org, members } = await branchWith(2);
    await closedMeeting(secretary, org.id, { [members[1]!.id]: 'absent' });
    await recompute(secretary, org.id);
    expect((await pointsOf(t, members[0]!.id)).total).toBe(2);
    expect((await pointsOf(t, members[1]!.id)).entries).toEqual([]);
  });
});

describe('caps', () => {
  it('stops at the monthly cap and marks the entry beyond it capped', async () => {
    const { org, members } = await branchWith(1);
    ok(await putRules(t.admin, org.id, [rule({ source: 'meeting_attendance', points: 3, monthlyCap: 5 })]));
    for (let i = 0; i < 3; i += 1) await closedMeeting(secretary, org.id);
    await recompute(secretary, org.id);
    const view = await pointsOf(t, members[0]!.id);
    expect(view.entries.map((e) => [e.points, e.capped])).toEqual([
      [3, false],
      [2, true],
      [0, true],
    ]);
    expect(view.total).toBe(5);
  });
});

describe('recomputation', () => {
  it('is idempotent: a second run rewrites nothing and leaves the same rows', async () => {
    const { org, members } = await branchWith(2);
    await closedMeeting(secretary, org.id);
    const first = await recompute(secretary, org.id);
    expect(first).toMatchObject({ persons: 2, changedPersons: 2, entries: 2 });
    const before = await entryRows(members[0]!.id);
    const second = await recompute(secretary, org.id);
    expect(second).toMatchObject({ persons: 2, changedPersons: 0, entries: 2 });
    expect(await entryRows(members[0]!.id)).toEqual(before);
  });

  it('takes the points away as soon as a closed meeting’s attendance is amended to absent', async () => {
    const { org, members } = await branchWith(1);
    const meeting = await closedMeeting(secretary, org.id);
    await recompute(secretary, org.id);
    expect((await pointsOf(t, members[0]!.id)).total).toBe(2);
    ok(
      await secretary.post(`/api/meetings/${meeting.id}/amendments`, {
        reason: '核实后确未到会',
        attendance: [{ personId: members[0]!.id, mark: 'absent' }],
      }),
      201,
    );
    expect((await pointsOf(t, members[0]!.id)).total).toBe(0);
    // The amendment recomputed the member already: the next run finds nothing to change.
    expect((await recompute(secretary, org.id)).changedPersons).toBe(0);
  });

  it('follows a rule change on the next run', async () => {
    const { org, members } = await branchWith(1);
    await closedMeeting(secretary, org.id);
    await recompute(secretary, org.id);
    ok(await putRules(t.admin, org.id, [rule({ source: 'meeting_attendance', points: 5, monthlyCap: 10 })]));
    await recompute(secretary, org.id);
    expect((await pointsOf(t, members[0]!.id)).entries[0]).toMatchObject({
      points: 5,
      ruleOrgName: org.name,
    });
  });

  it('counts a month of dues paid within the month', async () => {
    const { org, members } = await branchWith(1);
    const personId = members[0]!.id;
    const month = monthOf(today);
    ok(
      await t.admin.post(`/api/persons/${personId}/dues-bases`, {
        personId,
        year: thisYear,
        effectiveFromMonth: month,
        monthlyIncomeFen: 300000,
      }),
      201,
    );
    ok(
      await t.admin.post('/api/dues/payments', { personId, months: [month], method: 'cash', paidOn: today }),
      201,
    );
    await recompute(secretary, org.id);
    expect((await pointsOf(t, personId)).entries).toEqual([
      expect.objectContaining({ source: 'dues_on_time', refType: 'dues_payment', points: 2 }),
    ]);
  });
});

describe('the ledger', () => {
  it('lists a subtree’s members with their totals, highest first', async () => {
    const { org, members } = await branchWith(2);
    await closedMeeting(secretary, org.id, { [members[1]!.id]: 'absent' });
    await recompute(secretary, org.id);
    const ledger = ok(
      await secretary.get<PointsLedger>(`/api/points?orgId=${org.id}&year=${thisYear}&sort=total_desc`),
    );
    expect(ledger.total).toBe(2);
    expect(ledger.items.map((i) => [i.personId, i.total])).toEqual([
      [members[0]!.id, 2],
      [members[1]!.id, 0],
    ]);
  });
});
