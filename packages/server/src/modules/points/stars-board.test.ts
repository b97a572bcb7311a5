import { chinaToday, type StarBoard } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, uniqueIdNumber, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { branchWith, insertPoints } from './stars-fixture';

let t: TestApp;
let tree: SampleTree;
const year = Number(chinaToday().slice(0, 4)) - 1;
const MEMBER_PASSWORD = 'Member2026ab';

const boardOf = (orgId: number, client: TestClient = t.admin) =>
  client.get<StarBoard>(`/api/points/board/${orgId}?year=${year}`);
const setRanking = (orgId: number, publicRanking: boolean) =>
  t.admin.request('PUT', `/api/orgs/${orgId}/star-settings`, {
    minPoints: [40, 60, 80, 100],
    gradeCaps: { excellent: 5, qualified: 4, basically_qualified: 2, unqualified: 1 },
    publicRanking,
  });

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
});
afterAll(async () => {
  await t?.close();
});

describe('the public board', () => {
  it('groups the branch’s members by stars', async () => {
    const { branch } = await branchWith(t, tree.township.id, year, [
      { name: '公示甲', points: [100] },
      { name: '公示乙', points: [100] },
      { name: '公示丙', points: [45] },
    ]);
    const board = (await boardOf(branch.id)).body;
    expect(board).toMatchObject({
      orgName: branch.name,
      year,
      memberCount: 3,
      totalPoints: 245,
      confirmed: false,
    });
    expect(board.levels.map((l) => [l.stars, l.names])).toEqual([
      [5, ['公示乙', '公示甲']],
      [4, []],
      [3, []],
      [2, ['公示丙']],
      [1, []],
    ]);
  });

  it('hides the ranking of individuals unless the branch turns it on', async () => {
    const { branch } = await branchWith(t, tree.township.id, year, [
      { name: '排名甲', points: [30] },
      { name: '排名乙', points: [90] },
    ]);
    const off = (await boardOf(branch.id)).body;
    expect(off).toMatchObject({ publicRanking: false, ranking: null });
    expect(JSON.stringify(off)).not.toContain('"points":90');
    await setRanking(branch.id, true);
    const on = (await boardOf(branch.id)).body;
    expect(on.ranking).toEqual([
      { rank: 1, name: '排名乙', points: 90, stars: 4 },
      { rank: 2, name: '排名甲', points: 30, stars: 1 },
    ]);
  });

  it('never includes ID numbers, phones or record ids', async () => {
    const idNumber = uniqueIdNumber('female', '1979-02-03');
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '隐私甲', points: [50], phone: '13755550001', idNumber },
    ]);
    await setRanking(branch.id, true);
    const text = JSON.stringify((await boardOf(branch.id)).body);
    expect(text).toContain('隐私甲');
    for (const secret of [idNumber, idNumber.slice(0, 6), idNumber.slice(-4), '13755550001', '5550001']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('personId');
    expect(text).not.toContain(`"${persons[0]!.id}"`);
  });

  it('shows the confirmed stars and the day they were confirmed once the year is confirmed', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '已确认甲', points: [45] },
    ]);
    await t.admin.post('/api/stars/confirm', { orgId: branch.id, year });
    await insertPoints(t, persons[0]!, year, [60]);
    const board = (await boardOf(branch.id)).body;
    expect(board).toMatchObject({ confirmed: true, publishedOn: chinaToday() });
    expect(board.levels.find((l) => l.stars === 2)!.names).toEqual(['已确认甲']);
  });

  it('names the year’s awards (not revoked ones) and the sources that earned the branch most points', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '表彰甲', points: [10, 10], source: 'dues_on_time' },
      { name: '表彰乙', points: [5], source: 'meeting_attendance' },
    ]);
    await t.database.db.execute(sql`
      INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, person_id)
      SELECT tenant_org_id, 'outstanding_member', 'county', '中共示范县委', ${`${year}-07-01`}, ${year}, id
      FROM persons WHERE id = ${persons[0]!.id}`);
    await t.database.db.execute(sql`
      INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, person_id)
      SELECT tenant_org_id, 'outstanding_member', 'county', '中共示范县委', ${`${year - 1}-07-01`}, ${year - 1}, id
      FROM persons WHERE id = ${persons[1]!.id}`);
    await t.database.db.execute(sql`
      INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, person_id, revoked_at)
      SELECT tenant_org_id, 'outstanding_party_worker', 'county', '中共示范县委', ${`${year}-07-01`}, ${year}, id, now()
      FROM persons WHERE id = ${persons[1]!.id}`);
    await t.database.db.execute(sql`
      INSERT INTO awards (tenant_org_id, kind, level, conferred_by, conferred_on, year, org_id)
      SELECT tenant_org_id, 'advanced_org', 'county', '中共示范县委', ${`${year}-07-01`}, ${year}, id
      FROM orgs WHERE id = ${branch.id}`);
    const board = (await boardOf(branch.id)).body;
    expect(board.awards).toEqual([
      { kind: '优秀共产党员', names: ['表彰甲'] },
      { kind: '先进基层党组织', names: [branch.name] },
    ]);
    expect(board.topSources).toEqual([
      { source: 'dues_on_time', label: '按时交纳党费', points: 20, members: 1 },
      { source: 'meeting_attendance', label: '参加组织生活', points: 5, members: 1 },
    ]);
  });

  it('is published per branch, not for a committee', async () => {
    const refused = await boardOf(tree.township.id);
    expect(refused.status).toBe(422);
    expect(errorOf(refused).rule).toBe('points.board.branch');
  });
});

describe('who reads a board', () => {
  it('a secretary of branch Y cannot read the board of branch X', async () => {
    const secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
    const response = await boardOf(tree.branchX.id, secY);
    expect([403, 404]).toContain(response.status);
    expect((await boardOf(tree.branchY.id, secY)).status).toBe(200);
  });

  it('a member reads the own branch’s board and no other', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '本人甲', points: [45], phone: '13755550002' },
    ]);
    await t.admin.post(`/api/persons/${persons[0]!.id}/account`, { password: MEMBER_PASSWORD });
    const member = t.client();
    await member.login('13755550002', MEMBER_PASSWORD);
    const own = await member.get<StarBoard>(`/api/me/board?year=${year}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      orgId: branch.id,
      levels: expect.arrayContaining([{ stars: 2, names: ['本人甲'] }]),
    });
    expect((await boardOf(branch.id, member)).status).toBe(403);
    expect((await boardOf(tree.branchX.id, member)).status).toBe(403);
  });

  it('an account without a person record has no own board', async () => {
    const member = await signedInAs(t, 'member', tree.branchX.id);
    expect((await member.get('/api/me/board')).status).toBe(404);
  });
});
