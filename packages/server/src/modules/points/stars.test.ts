import { chinaToday, type StarConfirmResult, type StarList, type StarSettingsView } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, sampleTree, signedInAs, unique, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { branchWith, insertPoints } from './stars-fixture';

let t: TestApp;
let tree: SampleTree;
let secX: TestClient;
const year = Number(chinaToday().slice(0, 4)) - 1;

const thresholds = (minPoints: number[], publicRanking?: boolean) => ({
  minPoints,
  gradeCaps: { excellent: 5, qualified: 4, basically_qualified: 2, unqualified: 1 },
  ...(publicRanking === undefined ? {} : { publicRanking }),
});
const starsOf = async (orgId: number, client = t.admin) =>
  (await client.get<StarList>(`/api/stars?orgId=${orgId}&year=${year}`)).body.members;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

describe('star thresholds', () => {
  it('are the defaults where nobody set any', async () => {
    const response = await secX.get<StarSettingsView>(`/api/orgs/${tree.branchX.id}/star-settings`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      source: null,
      own: null,
      inForce: { minPoints: [40, 60, 80, 100], publicRanking: false },
    });
  });

  it('are inherited from the nearest org above that set them', async () => {
    // A tree of its own: settings at the top reach every branch below it.
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const township = await createOrg(t.admin, { parentId: county.id, kind: 'committee' });
    await t.admin.request('PUT', `/api/orgs/${county.id}/star-settings`, thresholds([10, 20, 30, 40]));
    const put = await t.admin.request(
      'PUT',
      `/api/orgs/${township.id}/star-settings`,
      thresholds([5, 6, 7, 8]),
    );
    expect(put.status).toBe(200);
    const { branch, persons } = await branchWith(t, township.id, year, [{ name: '继承甲', points: [7] }]);
    const settings = await t.admin.get<StarSettingsView>(`/api/orgs/${branch.id}/star-settings`);
    expect(settings.body.source).toEqual({ orgId: township.id, orgName: township.name });
    expect(settings.body.inForce.minPoints).toEqual([5, 6, 7, 8]);
    expect(settings.body.own).toBeNull();
    const [member] = await starsOf(branch.id);
    expect(member).toMatchObject({ personId: persons[0]!.id, points: 7, rating: { stars: 4 } });
  });

  it('set by a branch override those above it for its members only', async () => {
    const { branch: own } = await branchWith(t, tree.township.id, year, [{ name: '自定甲', points: [50] }]);
    const { branch: other } = await branchWith(t, tree.township.id, year, [{ name: '默认甲', points: [50] }]);
    const put = await t.admin.request(
      'PUT',
      `/api/orgs/${own.id}/star-settings`,
      thresholds([10, 20, 30, 50]),
    );
    expect(put.status).toBe(200);
    expect((put.body as StarSettingsView).source).toEqual({ orgId: own.id, orgName: own.name });
    expect((await starsOf(own.id))[0]!.rating.stars).toBe(5);
    expect((await starsOf(other.id))[0]!.rating.stars).toBe(2);
  });

  it('refuse points that do not rise, and keep what was set', async () => {
    const { branch } = await branchWith(t, tree.township.id, year, []);
    await t.admin.request('PUT', `/api/orgs/${branch.id}/star-settings`, thresholds([10, 20, 30, 40]));
    const refused = await t.admin.request(
      'PUT',
      `/api/orgs/${branch.id}/star-settings`,
      thresholds([50, 40, 60, 70]),
    );
    expect(refused.status).toBe(422);
    expect(errorOf(refused).rule).toBe('points.stars');
    const settings = await t.admin.get<StarSettingsView>(`/api/orgs/${branch.id}/star-settings`);
    expect(settings.body.own?.minPoints).toEqual([10, 20, 30, 40]);
  });

  it('are set only by those who manage points', async () => {
    const officer = await signedInAs(t, 'branch_officer', tree.branchX.id);
    const put = await officer.request(
      'PUT',
      `/api/orgs/${tree.branchX.id}/star-settings`,
      thresholds([1, 2, 3, 4]),
    );
    expect(put.status).toBe(403);
  });

  it('are recorded in the audit log with what they were before', async () => {
    const { branch } = await branchWith(t, tree.township.id, year, []);
    await t.admin.request('PUT', `/api/orgs/${branch.id}/star-settings`, thresholds([1, 2, 3, 4]));
    const rows = await t.database.db.execute<{ summary: unknown }>(
      sql`SELECT summary FROM audit_log WHERE action = 'points.star_settings_set' AND entity_id = ${String(branch.id)}`,
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.summary).toMatchObject({ before: null, after: { minPoints: [1, 2, 3, 4] } });
  });
});

describe('returning to the thresholds of the level above', () => {
  /** A county with thresholds of its own and a branch under it with its own too. */
  async function branchWithOwnSettings() {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    await t.admin.request('PUT', `/api/orgs/${county.id}/star-settings`, thresholds([10, 20, 30, 40]));
    const { branch } = await branchWith(t, county.id, year, []);
    await t.admin.request('PUT', `/api/orgs/${branch.id}/star-settings`, thresholds([1, 2, 3, 4]));
    return { county, branch };
  }

  it('leaves the org with the settings of the nearest org above', async () => {
    const { county, branch } = await branchWithOwnSettings();
    const removed = await t.admin.request<StarSettingsView>('DELETE', `/api/orgs/${branch.id}/star-settings`);
    expect(removed.status).toBe(200);
    const settings = await t.admin.get<StarSettingsView>(`/api/orgs/${branch.id}/star-settings`);
    expect(settings.body).toMatchObject({
      own: null,
      source: { orgId: county.id, orgName: county.name },
      inForce: { minPoints: [10, 20, 30, 40] },
    });
  });

  it('is refused when the org has no settings of its own', async () => {
    const { county } = await branchWithOwnSettings();
    const { branch } = await branchWith(t, county.id, year, []);
    const removed = await t.admin.request('DELETE', `/api/orgs/${branch.id}/star-settings`);
    expect(removed.status).toBe(404);
    expect(errorOf(removed).message).toContain('没有自行设置星级评定标准');
  });

  it('is refused to a secretary of another branch, keeping the settings', async () => {
    const { branch } = await branchWithOwnSettings();
    expect((await secX.request('DELETE', `/api/orgs/${branch.id}/star-settings`)).status).toBe(404);
    const settings = await t.admin.get<StarSettingsView>(`/api/orgs/${branch.id}/star-settings`);
    expect(settings.body.own?.minPoints).toEqual([1, 2, 3, 4]);
  });

  it('is recorded in the audit log with the settings it removed', async () => {
    const { branch } = await branchWithOwnSettings();
    await t.admin.request('DELETE', `/api/orgs/${branch.id}/star-settings`);
    const rows = await t.database.db.execute<{ summary: unknown }>(
      sql`SELECT summary FROM audit_log WHERE action = 'points.star_settings_set'
          AND entity_id = ${String(branch.id)} ORDER BY id`,
    );
    expect(rows.rows.map((r) => r.summary)).toEqual([
      expect.objectContaining({ before: null }),
      expect.objectContaining({ before: expect.objectContaining({ minPoints: [1, 2, 3, 4] }), after: null }),
    ]);
  });
});

describe('the year’s stars', () => {
  it('sum the year’s point entries of each counted member, not other years’', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '求和甲', points: [20, 25] },
    ]);
    await insertPoints(t, persons[0]!, year - 1, [90]);
    const [member] = await starsOf(branch.id);
    expect(member).toMatchObject({ points: 45, rating: { stars: 2 }, confirmed: null });
  });

  it('give an unqualified member with 120 points one star, and say why', async () => {
    const { branch } = await branchWith(t, tree.township.id, year, [
      { name: '不合格甲', points: [60, 60], grade: 'unqualified' },
    ]);
    const [member] = await starsOf(branch.id);
    expect(member).toMatchObject({
      points: 120,
      grade: 'unqualified',
      rating: { stars: 1, byPoints: 5, cappedByGrade: 'unqualified' },
    });
    expect(member!.rating.explanation).toContain('不合格');
  });

  it('leave out those who are not counted members', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '在册甲', points: [10] },
      { name: '去世乙', points: [10] },
    ]);
    await t.admin.post(`/api/persons/${persons[1]!.id}/standing-changes`, {
      change: 'deceased',
      date: `${year}-06-01`,
    });
    expect((await starsOf(branch.id)).map((m) => m.name)).toEqual(['在册甲']);
  });

  it('are confirmed as computed, stored per member and audited', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '确认甲', points: [100] },
      { name: '确认乙', points: [45], grade: 'qualified' },
    ]);
    const confirm = await t.admin.post<StarConfirmResult>('/api/stars/confirm', { orgId: branch.id, year });
    expect(confirm.body).toEqual({ orgId: branch.id, year, confirmed: 2, changed: 0 });
    const members = await starsOf(branch.id);
    expect(members.map((m) => [m.name, m.confirmed?.stars, m.confirmed?.points])).toEqual([
      ['确认乙', 2, 45],
      ['确认甲', 5, 100],
    ]);
    const stored = await t.database.db.execute<{ person_id: number; review_grade: string | null }>(
      sql`SELECT person_id, review_grade FROM star_ratings WHERE org_id = ${branch.id} ORDER BY person_id`,
    );
    expect(stored.rows).toEqual([
      { person_id: persons[0]!.id, review_grade: null },
      { person_id: persons[1]!.id, review_grade: 'qualified' },
    ]);
    const audit = await t.database.db.execute(
      sql`SELECT 1 FROM audit_log WHERE action = 'points.stars_confirmed' AND entity_id = ${String(branch.id)}`,
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('are confirmed again only by recomputing them from the points as they stand', async () => {
    const { branch, persons } = await branchWith(t, tree.township.id, year, [
      { name: '重评甲', points: [45] },
    ]);
    await t.admin.post('/api/stars/confirm', { orgId: branch.id, year });
    await insertPoints(t, persons[0]!, year, [40]);
    expect((await starsOf(branch.id))[0]).toMatchObject({ rating: { stars: 4 }, confirmed: { stars: 2 } });
    const again = await t.admin.post<StarConfirmResult>('/api/stars/confirm', { orgId: branch.id, year });
    expect(again.body).toMatchObject({ confirmed: 1, changed: 1 });
    expect((await starsOf(branch.id))[0]!.confirmed).toMatchObject({ stars: 4, points: 85 });
    const count = await t.database.db.execute(
      sql`SELECT 1 FROM star_ratings WHERE person_id = ${persons[0]!.id}`,
    );
    expect(count.rows).toHaveLength(1);
  });

  it('cannot be confirmed for a year to come', async () => {
    const { branch } = await branchWith(t, tree.township.id, year, [{ name: '未来甲', points: [45] }]);
    const refused = await t.admin.post('/api/stars/confirm', { orgId: branch.id, year: year + 2 });
    expect(refused.status).toBe(422);
    expect(errorOf(refused).rule).toBe('points.stars.year');
  });

  it('of another branch are neither shown nor confirmed by a secretary', async () => {
    const name = unique('西街星级');
    const { branch } = await branchWith(t, tree.township.id, year, [{ name, points: [45] }]);
    expect((await secX.get(`/api/stars?orgId=${branch.id}&year=${year}`)).status).toBe(404);
    expect((await secX.post('/api/stars/confirm', { orgId: branch.id, year })).status).toBe(404);
    const stored = await t.database.db.execute(sql`SELECT 1 FROM star_ratings WHERE org_id = ${branch.id}`);
    expect(stored.rows).toHaveLength(0);
  });
});
