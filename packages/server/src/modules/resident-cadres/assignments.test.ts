import type { CadreAssignment, CadreAssignmentDetail } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import { assign, cadreFixture, daysAgo, outsideCadre, today, type CadreFixture } from './test-support';

let t: TestApp;
let f: CadreFixture;

beforeAll(async () => {
  t = await startTestApp();
  f = await cadreFixture(t);
});
afterAll(async () => {
  await t?.close();
});

describe('dispatching a cadre', () => {
  it('records an outside cadre with the phone encrypted at rest and masked in the list', async () => {
    const body = outsideCadre(f.village.id, f.tree.county.id, { phone: '13912345678' });
    const created = await assign<CadreAssignment>(f.staff, body);
    expect(created).toMatchObject({ cadreName: body.name, mode: 'stationed', phone: '139****5678' });
    const { rows } = await t.database.db.execute<{ phone_enc: string }>(
      sql`SELECT phone_enc FROM resident_cadre_assignments WHERE id = ${created.id}`,
    );
    expect(rows[0]!.phone_enc).not.toContain('13912345678');
    const list = await f.staff.get<CadreAssignment[]>(`/api/resident-cadres?orgId=${f.village.id}`);
    expect(list.body.find((a) => a.id === created.id)?.phone).toBe('139****5678');
  });

  it('shows the whole phone only on an unmasked detail, and records the view in the audit log', async () => {
    const created = await assign<CadreAssignment>(
      f.staff,
      outsideCadre(f.village.id, f.tree.county.id, { phone: '13712345678', mode: 'help' }),
    );
    const detail = await f.staff.get<CadreAssignmentDetail>(
      `/api/resident-cadres/${created.id}?unmasked=true`,
    );
    expect(detail.status).toBe(200);
    expect(detail.body.assignment.phone).toBe('13712345678');
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log
           WHERE action = 'resident_cadre.unmasked_viewed' AND entity_id = ${String(created.id)}`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('takes the name of a cadre from the archives from the record', async () => {
    const person = await createPerson(t.admin, f.tree.branchX.id, { name: '档案干部' });
    const created = await assign<CadreAssignment>(f.staff, {
      personId: person.id,
      workUnit: '城关镇政府',
      villageOrgId: f.village2.id,
      mode: 'liaison',
      dispatchedByOrgId: f.tree.township.id,
      from: daysAgo(30),
    });
    expect(created).toMatchObject({ personId: person.id, cadreName: '档案干部', mode: 'liaison' });
  });

  it('writes an audit row for the assignment', async () => {
    const created = await assign<CadreAssignment>(
      f.staff,
      outsideCadre(f.village.id, f.tree.county.id, { mode: 'help' }),
    );
    const { rows } = await t.database.db.execute<{ org_id: number }>(
      sql`SELECT org_id FROM audit_log WHERE action = 'resident_cadre.assigned' AND entity_id = ${String(created.id)}`,
    );
    expect(rows.map((r) => Number(r.org_id))).toEqual([f.village.id]);
  });

  it('refuses an org that is not a village, naming the field', async () => {
    const response = await f.staff.post(
      '/api/resident-cadres',
      outsideCadre(f.tree.branchX.id, f.tree.county.id),
    );
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'villageOrgId' });
    expect(errorOf(response).message).toContain('村级党组织');
  });

  it('refuses a first secretary in the help mode (R3), naming the field', async () => {
    const response = await f.staff.post(
      '/api/resident-cadres',
      outsideCadre(f.village.id, f.tree.county.id, { mode: 'help', firstSecretary: true }),
    );
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'mode' });
  });
});

describe('R1: a cadre is stationed in one village at a time', () => {
  it('refuses an overlapping stationed period for the same cadre in another village', async () => {
    const first = outsideCadre(f.village.id, f.tree.county.id, { phone: '13600000001', to: daysAgo(10) });
    await assign(f.staff, first);
    const response = await f.staff.post('/api/resident-cadres', {
      ...first,
      villageOrgId: f.village2.id,
      from: daysAgo(20),
      to: null,
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'resident-cadres R1', field: 'from' });
    expect(errorOf(response).message).toContain(f.village.name);
  });

  it('allows the same cadre stationed again from the day after the earlier period', async () => {
    const first = outsideCadre(f.village.id, f.tree.county.id, { phone: '13600000002', to: daysAgo(10) });
    await assign(f.staff, first);
    const again = await f.staff.post('/api/resident-cadres', {
      ...first,
      villageOrgId: f.village2.id,
      from: daysAgo(9),
      to: null,
    });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
  });

  it('allows the same cadre to help another village while stationed', async () => {
    const first = outsideCadre(f.village.id, f.tree.county.id, { phone: '13600000003' });
    await assign(f.staff, first);
    const help = await f.staff.post('/api/resident-cadres', {
      ...first,
      villageOrgId: f.village2.id,
      mode: 'help',
    });
    expect(help.status, JSON.stringify(help.body)).toBe(201);
  });
});

describe('R2: one first secretary per village', () => {
  it('refuses a second first secretary at the same time, with the date a successor may start', async () => {
    const village = f.otherVillage;
    await assign(
      f.staff2,
      outsideCadre(village.id, f.tree.county.id, { firstSecretary: true, to: daysAgo(-100) }),
    );
    const response = await f.staff2.post(
      '/api/resident-cadres',
      outsideCadre(village.id, f.tree.county.id, { firstSecretary: true, from: daysAgo(5) }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      rule: 'resident-cadres R2',
      field: 'firstSecretary',
      allowedFrom: daysAgo(-101),
    });
  });

  it('allows a successor once the predecessor is ended', async () => {
    const village = f.village2;
    const predecessor = await assign<CadreAssignment>(
      f.staff,
      outsideCadre(village.id, f.tree.county.id, { firstSecretary: true, from: daysAgo(400) }),
    );
    const ended = await f.staff.post(`/api/resident-cadres/${predecessor.id}/end`, {
      endedOn: daysAgo(3),
      reason: '任期届满轮换',
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({ state: 'ended', endedOn: daysAgo(3), to: daysAgo(3) });
    const successor = await f.staff.post(
      '/api/resident-cadres',
      outsideCadre(village.id, f.tree.county.id, { firstSecretary: true, from: daysAgo(2) }),
    );
    expect(successor.status, JSON.stringify(successor.body)).toBe(201);
  });

  it('refuses making a cadre first secretary by an edit when the village has one', async () => {
    const village = f.otherVillage;
    const other = await assign<CadreAssignment>(f.staff2, outsideCadre(village.id, f.tree.county.id));
    const response = await f.staff2.patch(`/api/resident-cadres/${other.id}`, { firstSecretary: true });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'resident-cadres R2' });
  });
});

describe('ending an assignment', () => {
  it('refuses an end date in the future', async () => {
    const created = await assign<CadreAssignment>(
      f.staff,
      outsideCadre(f.village.id, f.tree.county.id, { mode: 'help' }),
    );
    const response = await f.staff.post(`/api/resident-cadres/${created.id}/end`, {
      endedOn: daysAgo(-1),
      reason: '提前',
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'endedOn' });
  });

  it('refuses a second end (409)', async () => {
    const created = await assign<CadreAssignment>(
      f.staff,
      outsideCadre(f.village.id, f.tree.county.id, { mode: 'help' }),
    );
    await f.staff.post(`/api/resident-cadres/${created.id}/end`, { endedOn: today, reason: '召回' });
    const again = await f.staff.post(`/api/resident-cadres/${created.id}/end`, {
      endedOn: today,
      reason: '召回',
    });
    expect(again.status).toBe(409);
  });
});

describe('the Excel export', () => {
  it('lists the filtered assignments with the phones masked', async () => {
    const body = outsideCadre(f.otherVillage.id, f.tree.county.id, { phone: '13512345678', mode: 'liaison' });
    await assign(f.staff2, body);
    const file = await f.staff2.getRaw(`/api/resident-cadres.xlsx?orgId=${f.township2.id}&mode=liaison`);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    const row = rows.find((r) => r[3] === body.name)!;
    expect(row.slice(1, 9)).toEqual([
      f.township2.name,
      f.otherVillage.name,
      body.name,
      undefined,
      '联村指导',
      '县农业农村局',
      '科员',
      '135****5678',
    ]);
    expect(rows.every((r) => r[5] === '联村指导')).toBe(true);
  });
});
