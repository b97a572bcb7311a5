import {
  monthBounds,
  type CadreAssignment,
  type CadreAssignmentDetail,
  type CadreCounts,
  type CadreTask,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import { assign, cadreFixture, daysAgo, outsideCadre, today, type CadreFixture } from './test-support';

let t: TestApp;
let f: CadreFixture;
let stationed: CadreAssignment;

beforeAll(async () => {
  t = await startTestApp();
  f = await cadreFixture(t);
  stationed = await assign<CadreAssignment>(
    f.staff,
    outsideCadre(f.village.id, f.tree.county.id, { from: daysAgo(40), firstSecretary: true }),
  );
});
afterAll(async () => {
  await t?.close();
});

const logDay = (assignmentId: number, date: string, span = 'full') =>
  f.staff.post(`/api/resident-cadres/${assignmentId}/presence`, { date, span, note: '走访农户' });

describe('the presence log', () => {
  it('records today and shows it in the detail', async () => {
    const response = await logDay(stationed.id, today);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const detail = await f.staff.get<CadreAssignmentDetail>(`/api/resident-cadres/${stationed.id}`);
    expect(detail.body.presence.map((p) => [p.date, p.days])).toContainEqual([today, 1]);
  });

  it('refuses a day in the future (R4)', async () => {
    const response = await logDay(stationed.id, daysAgo(-1));
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'resident-cadres R4', field: 'date' });
  });

  it('refuses a day before the period (R5)', async () => {
    const response = await logDay(stationed.id, daysAgo(41));
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'resident-cadres R5', field: 'date' });
  });

  it('refuses a second entry for the same day (409)', async () => {
    await logDay(stationed.id, daysAgo(1));
    const again = await logDay(stationed.id, daysAgo(1), 'half');
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ field: 'date' });
  });

  it('refuses a day after an assignment ended (R5)', async () => {
    const ended = await assign<CadreAssignment>(
      f.staff,
      outsideCadre(f.village2.id, f.tree.county.id, { from: daysAgo(30) }),
    );
    await f.staff.post(`/api/resident-cadres/${ended.id}/end`, { endedOn: daysAgo(5), reason: '工作调动' });
    expect((await logDay(ended.id, daysAgo(6))).status).toBe(201);
    const after = await logDay(ended.id, daysAgo(4));
    expect(after.status).toBe(422);
    expect(errorOf(after)).toMatchObject({ rule: 'resident-cadres R5' });
  });
});

describe('tasks', () => {
  it('are closed as done only with the result', async () => {
    const created = await f.staff.post<CadreTask>(`/api/resident-cadres/${stationed.id}/tasks`, {
      title: '完成村集体经济项目申报',
      dueOn: daysAgo(-30),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const bare = await f.staff.patch(`/api/resident-cadre-tasks/${created.body.id}`, { state: 'done' });
    expect(bare.status).toBe(400);
    expect(errorOf(bare)).toMatchObject({ field: 'result' });
    const done = await f.staff.patch<CadreTask>(`/api/resident-cadre-tasks/${created.body.id}`, {
      state: 'done',
      result: '项目已获县里批复',
    });
    expect(done.body).toMatchObject({ state: 'done', closedOn: today, result: '项目已获县里批复' });
  });

  it('refuse a change once closed (409)', async () => {
    const created = await f.staff.post<CadreTask>(`/api/resident-cadres/${stationed.id}/tasks`, {
      title: '入户走访',
    });
    await f.staff.patch(`/api/resident-cadre-tasks/${created.body.id}`, { state: 'dropped' });
    const again = await f.staff.patch(`/api/resident-cadre-tasks/${created.body.id}`, {
      state: 'done',
      result: '已完成',
    });
    expect(again.status).toBe(409);
  });
});

describe('counts per township', () => {
  it('count modes and first secretaries per township, and flag a stationed cadre below the minimum', async () => {
    const lastMonth = monthBounds(daysAgo(Number(today.slice(8, 10)))).first.slice(0, 7);
    const busy = await assign<CadreAssignment>(
      f.staff2,
      outsideCadre(f.otherVillage.id, f.tree.county.id, { from: `${lastMonth}-01` }),
    );
    const { first, last } = monthBounds(lastMonth);
    let day = first;
    for (let i = 0; i < 21 && day <= last; i += 1) {
      expect(
        (await f.staff2.post(`/api/resident-cadres/${busy.id}/presence`, { date: day, span: 'full' })).status,
      ).toBe(201);
      day = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    }
    await assign(
      f.staff2,
      outsideCadre(f.otherVillage.id, f.tree.county.id, { mode: 'liaison', from: `${lastMonth}-01` }),
    );
    const idle = await assign<CadreAssignment>(
      f.staff2,
      outsideCadre(f.otherVillage.id, f.tree.county.id, { from: `${lastMonth}-01` }),
    );
    const counts = await t.admin.get<CadreCounts>(
      `/api/resident-cadres/counts?orgId=${f.tree.county.id}&month=${lastMonth}`,
    );
    expect(counts.status, JSON.stringify(counts.body)).toBe(200);
    const town2 = counts.body.townships.find((c) => c.townshipId === f.township2.id)!;
    expect(town2).toMatchObject({
      byMode: { help: 0, liaison: 1, stationed: 2 },
      firstSecretaries: 0,
      minimumDays: 20,
    });
    expect(town2.stationed.map((s) => [s.assignmentId, s.days, s.below])).toEqual([
      [idle.id, 0, true],
      [busy.id, 21, false],
    ]);
    expect(town2.belowMinimum).toBe(1);
    const town1 = counts.body.townships.find((c) => c.townshipId === f.tree.township.id)!;
    expect(town1.firstSecretaries).toBe(1);
  });

  it('follow the minimum a committee sets above the townships', async () => {
    const set = await t.admin.request('PUT', `/api/orgs/${f.tree.county.id}/resident-cadre-settings`, {
      minPresenceDays: 22,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const settings = await f.staff2.get(`/api/orgs/${f.otherVillage.id}/resident-cadre-settings`);
    expect(settings.body).toMatchObject({ minPresenceDays: 22, sourceOrgId: f.tree.county.id });
    const counts = await f.staff2.get<CadreCounts>(`/api/resident-cadres/counts?orgId=${f.township2.id}`);
    expect(counts.body.townships.map((c) => [c.townshipId, c.minimumDays])).toEqual([[f.township2.id, 22]]);
  });

  it('refuse a minimum set by a branch', async () => {
    const response = await t.admin.request('PUT', `/api/orgs/${f.village.id}/resident-cadre-settings`, {
      minPresenceDays: 10,
    });
    expect(response.status).toBe(400);
  });
});

describe('access', () => {
  it("hides a township's cadres from the staff of another township (404, not in the list)", async () => {
    expect((await f.staff2.get(`/api/resident-cadres/${stationed.id}`)).status).toBe(404);
    const list = await f.staff2.get<CadreAssignment[]>('/api/resident-cadres');
    expect(list.body.map((a) => a.id)).not.toContain(stationed.id);
  });

  it("refuses another township's staff logging presence or dispatching to the village", async () => {
    expect(
      (await f.staff2.post(`/api/resident-cadres/${stationed.id}/presence`, { date: today, span: 'half' }))
        .status,
    ).toBe(404);
    const response = await f.staff2.post(
      '/api/resident-cadres',
      outsideCadre(f.village.id, f.tree.county.id),
    );
    expect([403, 404]).toContain(response.status);
  });

  it("lets the village's secretary read its cadres but not dispatch one (cadre.manage)", async () => {
    const list = await f.villageSecretary.get<CadreAssignment[]>(
      `/api/resident-cadres?orgId=${f.village.id}`,
    );
    expect(list.status).toBe(200);
    expect(list.body.map((a) => a.id)).toContain(stationed.id);
    const response = await f.villageSecretary.post(
      '/api/resident-cadres',
      outsideCadre(f.village.id, f.tree.county.id),
    );
    expect(response.status).toBe(403);
  });

  it("shows the township's counts to its staff only", async () => {
    const response = await f.staff2.get(`/api/resident-cadres/counts?orgId=${f.tree.township.id}`);
    expect(response.status).toBe(404);
  });
});
