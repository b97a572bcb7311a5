import {
  addDays,
  chinaToday,
  type ModelSite,
  type ModelSitePage,
  type Org,
  type Venue,
  type VenueDetail,
  type VenuePhoto,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient, type TestResponse } from '../../test/test-client';

let t: TestApp;
let tree: SampleTree;
let township2: Org;
let staff: TestClient;
let staff2: TestClient;
let secX: TestClient;
let venue: Venue;
const today = chinaToday();

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

async function upload(
  client: TestClient,
  path: string,
  file: Buffer,
  name = 'photo.png',
): Promise<TestResponse<VenuePhoto>> {
  const form = new FormData();
  form.append('caption', '外景');
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const headers: Record<string, string> = { origin: client.baseUrl };
  if (client.cookie) headers.cookie = client.cookie;
  const response = await fetch(client.baseUrl + path, { method: 'POST', headers, body: form });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const venueBody = (orgId: number, extra: Record<string, unknown> = {}) => ({
  orgId,
  name: '东街党群服务中心',
  kind: 'service_center',
  address: '东街 18 号',
  areaSqm: 260.5,
  openingHours: '周一至周五 8:30–17:30',
  contactName: '李主任',
  contactPhone: '13812345678',
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  township2 = await createOrg(t.admin, { parentId: tree.county.id, kind: 'committee' });
  staff = await signedInAs(t, 'org_staff', tree.township.id);
  staff2 = await signedInAs(t, 'org_staff', township2.id);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  const created = await secX.post<Venue>('/api/venues', venueBody(tree.branchX.id));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  venue = created.body;
});
afterAll(async () => {
  await t?.close();
});

describe('venues', () => {
  it('keep the contact phone encrypted at rest and masked in the list', async () => {
    expect(venue).toMatchObject({ kindLabel: '党群服务中心', areaSqm: 260.5, contactPhone: '138****5678' });
    const { rows } = await t.database.db.execute<{ contact_phone_enc: string }>(
      sql`SELECT contact_phone_enc FROM venues WHERE id = ${venue.id}`,
    );
    expect(rows[0]!.contact_phone_enc).not.toContain('13812345678');
    const list = await staff.get<Venue[]>(`/api/venues?orgId=${tree.township.id}`);
    expect(list.body.map((v) => [v.id, v.contactPhone])).toContainEqual([venue.id, '138****5678']);
  });

  it('export to Excel with the contact phone masked', async () => {
    const file = await staff.getRaw(`/api/venues.xlsx?orgId=${tree.township.id}`);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2).values as unknown[];
    expect(row.slice(1, 4)).toEqual([venue.name, '党群服务中心', tree.branchX.name]);
    expect(row[8]).toBe('138****5678');
  });

  it('refuse an area of zero, naming the field', async () => {
    const response = await secX.post('/api/venues', venueBody(tree.branchX.id, { areaSqm: 0 }));
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'areaSqm' });
  });

  it('record every change in the audit log', async () => {
    const updated = await secX.patch<Venue>(`/api/venues/${venue.id}`, { openingHours: '每天 8:00–20:00' });
    expect(updated.body.openingHours).toBe('每天 8:00–20:00');
    const { rows } = await t.database.db.execute<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity_type = 'venue' AND entity_id = ${String(venue.id)} ORDER BY id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['venue.created', 'venue.updated']);
  });
});

describe('the use log', () => {
  it('records a use by another org of the county and shows it on the venue', async () => {
    const response = await secX.post(`/api/venues/${venue.id}/uses`, {
      date: today,
      purpose: '主题党日',
      usingOrgId: tree.branchY.id,
      participants: 23,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const detail = await secX.get<VenueDetail>(`/api/venues/${venue.id}`);
    expect(detail.body.uses.map((u) => [u.purpose, u.usingOrgName, u.participants])).toEqual([
      ['主题党日', tree.branchY.name, 23],
    ]);
    expect(detail.body.venue).toMatchObject({ usesThisYear: 1, lastUsedOn: today });
  });

  it('refuses a use dated in the future', async () => {
    const response = await secX.post(`/api/venues/${venue.id}/uses`, {
      date: addDays(today, 1),
      purpose: '党课',
      usingOrgId: tree.branchX.id,
      participants: 10,
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'date' });
  });
});

describe('photos', () => {
  it('stores a PNG and serves it with its type to those who reach the venue', async () => {
    const response = await upload(secX, `/api/venues/${venue.id}/photos`, PNG);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ contentType: 'image/png', caption: '外景', size: PNG.length });
    const raw = await staff.getRaw(response.body.url);
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toBe('image/png');
    expect(raw.buffer.equals(PNG)).toBe(true);
    expect((await staff2.getRaw(response.body.url)).status).toBe(404);
  });

  it('refuses a file that is not a picture, whatever its name says (415)', async () => {
    const response = await upload(
      secX,
      `/api/venues/${venue.id}/photos`,
      Buffer.from('<svg onload="x()"/>'),
      'fake.jpg',
    );
    expect(response.status).toBe(415);
    expect(errorOf(response)).toMatchObject({ field: 'file' });
    expect(errorOf(response).message).toContain('JPEG');
  });

  it('refuses a photo over 2 MB (413)', async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2 * 1024 * 1024)]);
    const response = await upload(secX, `/api/venues/${venue.id}/photos`, big, 'big.jpg');
    expect(response.status).toBe(413);
  });
});

describe('model sites', () => {
  let site: ModelSite;

  it('names a venue a model site and shows its branch, practices and photos on its page', async () => {
    const created = await staff.post<ModelSite>('/api/model-sites', {
      venueId: venue.id,
      title: '东街党建示范点',
      level: 'township',
      year: Number(today.slice(0, 4)),
      practices: '“红色管家”服务居民：每周接待日、党员包楼栋。',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    site = created.body;
    expect(site).toMatchObject({ orgId: tree.branchX.id, venueName: venue.name, levelLabel: '乡镇级示范点' });
    expect((await upload(staff, `/api/model-sites/${site.id}/photos`, PNG)).status).toBe(201);
    const page = await secX.get<ModelSitePage>(`/api/model-sites/${site.id}`);
    expect(page.status).toBe(200);
    expect(page.body.branch).toMatchObject({
      orgId: tree.branchX.id,
      name: tree.branchX.name,
      parentName: tree.township.name,
    });
    expect(page.body.site.practices).toContain('红色管家');
    expect(page.body.photos.length).toBeGreaterThanOrEqual(2);
    const listed = await staff.get<Venue[]>(`/api/venues?orgId=${tree.branchX.id}`);
    expect(listed.body.find((v) => v.id === venue.id)?.modelSite).toBe(true);
  });

  it('refuses naming the same venue twice at one level in a year (409)', async () => {
    const response = await staff.post('/api/model-sites', {
      venueId: venue.id,
      title: '重复',
      level: 'township',
      year: site.year,
      practices: '同上',
    });
    expect(response.status).toBe(409);
    expect(errorOf(response)).toMatchObject({ field: 'year' });
  });

  it('names a branch a model site, but not a committee', async () => {
    const branch = await staff.post('/api/model-sites', {
      orgId: tree.branchY.id,
      title: '西街示范点',
      level: 'county',
      year: site.year,
      practices: '网格化',
    });
    expect(branch.status, JSON.stringify(branch.body)).toBe(201);
    const committee = await staff.post('/api/model-sites', {
      orgId: tree.township.id,
      title: '镇示范点',
      level: 'county',
      year: site.year,
      practices: '—',
    });
    expect(committee.status).toBe(400);
    expect(errorOf(committee)).toMatchObject({ field: 'orgId' });
  });

  it('keeps a withdrawn site on record with its reason', async () => {
    const response = await staff.patch<ModelSite>(`/api/model-sites/${site.id}`, {
      withdrawnReason: '复查不达标',
    });
    expect(response.body).toMatchObject({ withdrawnReason: '复查不达标' });
    expect(response.body.withdrawnAt).not.toBeNull();
  });
});

describe('access', () => {
  it("hides a venue from another township's staff (404) and from its list", async () => {
    expect((await staff2.get(`/api/venues/${venue.id}`)).status).toBe(404);
    const list = await staff2.get<Venue[]>('/api/venues');
    expect(list.body.map((v) => v.id)).not.toContain(venue.id);
  });

  it("refuses another township's staff editing the venue or uploading a photo", async () => {
    expect((await staff2.patch(`/api/venues/${venue.id}`, { name: '改名' })).status).toBe(404);
    expect((await upload(staff2, `/api/venues/${venue.id}/photos`, PNG)).status).toBe(404);
  });

  it('refuses a branch secretary adding a venue to the sibling branch', async () => {
    const response = await secX.post('/api/venues', venueBody(tree.branchY.id));
    expect([403, 404]).toContain(response.status);
  });

  it('shows the whole contact phone only with person.unmask, and audits it', async () => {
    const detail = await staff.get<VenueDetail>(`/api/venues/${venue.id}?unmasked=true`);
    expect(detail.body.venue.contactPhone).toBe('13812345678');
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'venue.unmasked_viewed'`,
    );
    expect(rows[0]!.n).toBe(1);
  });
});
