import type { Org, OrgPointsRulesView, Person } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createPerson,
  sampleTree,
  signedInAs,
  unique,
  type SampleTree,
} from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { ok } from '../meetings/test-support';
import { closedMeeting, pointsOf, putRules, recompute, rule } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  // The county: 3 points an attendance, the orgs below may choose 2 to 4.
  ok(
    await putRules(t.admin, tree.county.id, [
      rule({ source: 'meeting_attendance', points: 3, monthlyCap: 10, childRange: { min: 2, max: 4 } }),
    ]),
  );
});
afterAll(async () => {
  await t?.close();
});

const attendance = (view: OrgPointsRulesView) => view.inForce.find((r) => r.key === 'meeting_attendance')!;

describe('inheritance and override', () => {
  it('gives a branch the county rule, naming the county', async () => {
    const x = ok(await secretaryX.get<OrgPointsRulesView>(`/api/orgs/${tree.branchX.id}/points-rules`));
    expect(attendance(x)).toMatchObject({
      points: 3,
      setByOrgId: tree.county.id,
      setByOrgName: tree.county.name,
    });
    expect(x.inForce.find((r) => r.key === 'dues_on_time')?.setByOrgName).toBe('系统默认');
  });

  it('honours a township override in a branch below, in the rules and in the points', async () => {
    ok(
      await putRules(t.admin, tree.township.id, [
        rule({ source: 'meeting_attendance', points: 4, monthlyCap: 10, childRange: { min: 3, max: 4 } }),
      ]),
    );
    const x = ok(await secretaryX.get<OrgPointsRulesView>(`/api/orgs/${tree.branchX.id}/points-rules`));
    expect(attendance(x)).toMatchObject({ points: 4, setByOrgName: tree.township.name });
    expect(x.inherited.find((r) => r.key === 'meeting_attendance')?.points).toBe(4);

    const member = await createPerson(t.admin, tree.branchX.id);
    await closedMeeting(secretaryX, tree.branchX.id);
    await recompute(secretaryX, tree.branchX.id);
    const points = await pointsOf(t, member.id);
    expect(points.entries).toEqual([
      expect.objectContaining({ source: 'meeting_attendance', points: 4, ruleOrgName: tree.township.name }),
    ]);
  });

  it('refuses a township override outside the county range, naming the county, and keeps the old set', async () => {
    const response = await putRules(t.admin, tree.township.id, [
      rule({ source: 'meeting_attendance', points: 5, monthlyCap: 10 }),
    ]);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toContain(`${tree.county.name}允许的分值范围为 2 至 4 分`);
    const township = ok(await t.admin.get<OrgPointsRulesView>(`/api/orgs/${tree.township.id}/points-rules`));
    expect(township.own[0]?.points).toBe(4);
  });

  it('lists every violation of a refused set', async () => {
    const response = await putRules(t.admin, tree.township.id, [
      rule({ source: 'meeting_attendance', points: 9, monthlyCap: 20 }),
    ]);
    const violations = (response.body as unknown as { error: { violations: { field: string }[] } }).error
      .violations;
    expect(violations.map((v) => v.field).sort()).toEqual(['monthlyCap', 'points']);
  });

  it('refuses a county change that would leave the township override out of range, naming the township', async () => {
    const response = await putRules(t.admin, tree.county.id, [
      rule({ source: 'meeting_attendance', points: 2, monthlyCap: 10, childRange: { min: 1, max: 3 } }),
    ]);
    expect(response.status).toBe(422);
    expect(errorOf(response).message).toContain(tree.township.name);
  });

  it('refuses a cap below zero', async () => {
    const response = await putRules(t.admin, tree.branchY.id, [
      rule({ source: 'manual', points: 5, monthlyCap: -1 }),
    ]);
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain('每月上限不能小于 0');
  });

  it('lets a branch secretary set the own branch rules but not the township above', async () => {
    expect(
      (await putRules(secretaryX, tree.branchX.id, [rule({ source: 'manual', points: 6, monthlyCap: 10 })]))
        .status,
    ).toBe(200);
    expect((await putRules(secretaryX, tree.township.id, [])).status).toBe(404);
  });
});

describe('a kind’s own rule', () => {
  /** A township of its own under the county (3 points an attendance, 2 to 4 below), a branch and a member. */
  async function freshTownship(): Promise<{ township: Org; branch: Org; member: Person }> {
    const township = await createOrg(t.admin, { parentId: tree.county.id, kind: 'committee' });
    const branch = await createOrg(t.admin, { parentId: township.id, kind: 'branch' });
    return { township, branch, member: await createPerson(t.admin, branch.id) };
  }
  const themeDay = (points: number) =>
    rule({
      source: 'meeting_attendance',
      qualifier: 'theme_day',
      points,
      monthlyCap: 10,
      childRange: { min: 3, max: 4 },
    });
  const pointsByKind = async (member: Person) =>
    Object.fromEntries(
      (await pointsOf(t, member.id)).entries.map((e) => [e.qualifier, [e.points, e.ruleOrgName]]),
    );

  it('prices a theme day by its own rule and an ordinary meeting by the general rule', async () => {
    const { township, branch, member } = await freshTownship();
    ok(await putRules(t.admin, township.id, [themeDay(4)]));
    await closedMeeting(t.admin, branch.id, {}, 'theme_day');
    await closedMeeting(t.admin, branch.id);
    await recompute(t.admin, branch.id);
    expect(await pointsByKind(member)).toEqual({
      theme_day: [4, township.name],
      general_meeting: [3, tree.county.name],
    });
  });

  it('gives way to the rule inherited from above once the org removes its own', async () => {
    const { township, branch, member } = await freshTownship();
    ok(await putRules(t.admin, township.id, [themeDay(4)]));
    ok(await putRules(t.admin, branch.id, [themeDay(3)]));
    await closedMeeting(t.admin, branch.id, {}, 'theme_day');
    await recompute(t.admin, branch.id);
    expect(await pointsByKind(member)).toEqual({ theme_day: [3, branch.name] });

    const view = ok(await putRules(t.admin, branch.id, []));
    expect(view.inForce.find((r) => r.key === 'meeting_attendance:theme_day')).toMatchObject({
      points: 4,
      setByOrgName: township.name,
    });
    await recompute(t.admin, branch.id);
    expect(await pointsByKind(member)).toEqual({ theme_day: [4, township.name] });
  });

  it('leaves the kind to the general rule once no level sets one for it', async () => {
    const { township, branch, member } = await freshTownship();
    ok(await putRules(t.admin, township.id, [themeDay(4)]));
    ok(await putRules(t.admin, township.id, []));
    await closedMeeting(t.admin, branch.id, {}, 'theme_day');
    await recompute(t.admin, branch.id);
    expect(await pointsByKind(member)).toEqual({ theme_day: [3, tree.county.name] });
  });

  it('offers the org’s custom meeting kinds with their names, and accepts a rule for one', async () => {
    const { township } = await freshTownship();
    const key = unique('red_saturday_').toLowerCase();
    ok(
      await t.admin.post(`/api/orgs/${township.id}/meeting-kinds`, {
        key,
        label: '红色星期六',
        attendeeScope: 'all_members',
      }),
      201,
    );
    const view = ok(
      await putRules(t.admin, township.id, [{ ...themeDay(4), qualifier: key, childRange: null }]),
    );
    expect(view.kinds).toContainEqual({ source: 'meeting_attendance', qualifier: key, label: '红色星期六' });
    expect(view.inForce.find((r) => r.key === `meeting_attendance:${key}`)?.points).toBe(4);
  });

  it('refuses a kind the source does not have, naming the qualifier field in Chinese', async () => {
    const { township } = await freshTownship();
    const response = await putRules(t.admin, township.id, [{ ...themeDay(4), qualifier: 'blue_monday' }]);
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      field: 'qualifier',
      message: '“参加组织生活”：“blue_monday”不是本组织可用的活动类别',
    });
  });

  it('refuses an award to an org as a kind of the award rule', async () => {
    const { township } = await freshTownship();
    const response = await putRules(t.admin, township.id, [
      rule({ source: 'award', qualifier: 'advanced_org', points: 10 }),
    ]);
    expect(response.status).toBe(422);
    expect(errorOf(response).field).toBe('qualifier');
  });
});
