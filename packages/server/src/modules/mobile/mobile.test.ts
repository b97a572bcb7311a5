import {
  addDays,
  chinaToday,
  type InflowOrgHit,
  type Notification,
  type OutflowDetail,
  type OutflowPage,
  type OwnOutflow,
  type PersonEvent,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import {
  createOrg,
  createPerson,
  sampleTree,
  signedInAs,
  unique,
  type SampleTree,
} from '../../test/factories';

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
/** A branch under the same township that neither registers nor receives anything. */
let secretaryW: TestClient;

const today = chinaToday();
const lastMonth = addDays(today, -30);

function outflowInput(personId: number, overrides: Record<string, unknown> = {}) {
  return {
    personId,
    outflowOn: lastMonth,
    destination: '广东省深圳市南山区',
    contact: '13912345678',
    cardNumber: 'LD2024001',
    reason: '外出务工',
    ...overrides,
  };
}

async function outflowRows(personId: number): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM outflows WHERE person_id = ${personId}`,
  );
  return Number(result.rows[0]!.n);
}

async function eventTypes(personId: number): Promise<string[]> {
  const events = await t.admin.get<PersonEvent[]>(`/api/persons/${personId}/events`);
  return events.body.map((e) => e.type);
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
  const branchW = await createOrg(t.admin, {
    parentId: tree.township.id,
    kind: 'branch',
    name: unique('南街支部'),
  });
  secretaryW = await signedInAs(t, 'branch_secretary', branchW.id);
});
afterAll(async () => {
  await t?.close();
});

describe('registration and confirmation', () => {
  it('registers an outflow to a branch in Jiceng as waiting, and tells that branch', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const response = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      personId: person.id,
      state: 'registered',
      orgId: tree.branchX.id,
      orgName: tree.branchX.name,
      inflowOrgId: tree.branchY.id,
      inflowOrgName: tree.branchY.name,
      contact: '139****5678',
      confirmedOn: null,
      mayManageOut: true,
      mayManageIn: false,
    });
    const stored = await t.database.db.execute<{ contact_enc: string }>(
      sql`SELECT contact_enc FROM outflows WHERE id = ${response.body.id}`,
    );
    expect(stored.rows[0]!.contact_enc).not.toContain('13912345678');
    expect(await eventTypes(person.id)).toContain('outflow_registered');
    const inbox = await secretaryY.get<{ items: Notification[] }>('/api/notifications');
    expect(inbox.body.items.map((n) => n.body).join()).toContain(person.name);
  });

  it('lets the inflow branch confirm, but not the outflow branch', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const created = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id }),
    );
    const byX = await secretaryX.post(`/api/outflows/${created.body.id}/confirm`);
    expect(byX.status).toBe(403);
    const byY = await secretaryY.post<OutflowDetail>(`/api/outflows/${created.body.id}/confirm`);
    expect(byY.status, JSON.stringify(byY.body)).toBe(200);
    expect(byY.body).toMatchObject({ state: 'confirmed', confirmedOn: today, mayManageIn: true });
    const again = await secretaryY.post(`/api/outflows/${created.body.id}/confirm`);
    expect(again.status).toBe(409);
    const events = await t.admin.get<PersonEvent[]>(`/api/persons/${person.id}/events`);
    const confirmed = events.body.find((e) => e.type === 'outflow_confirmed');
    expect(confirmed?.details).toMatchObject({ outflowId: created.body.id, inflowOrgId: tree.branchY.id });
  });

  it('confirms at once an outflow to an org outside Jiceng', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const response = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgName: '浙江省义乌市某商会党支部' }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      state: 'confirmed',
      confirmedOn: today,
      inflowOrgId: null,
      inflowOrgName: '浙江省义乌市某商会党支部',
    });
  });

  it('names a branch of another tenant, which then sees the member flowing in', async () => {
    const otherCounty = await createOrg(t.admin, {
      parentId: null,
      kind: 'committee',
      name: unique('邻县委'),
    });
    const branchZ = await createOrg(t.admin, {
      parentId: otherCounty.id,
      kind: 'branch',
      name: unique('邻县商会支部'),
    });
    const secretaryZ = await signedInAs(t, 'branch_secretary', branchZ.id);
    const found = await secretaryX.get<InflowOrgHit[]>(
      `/api/outflows/inflow-orgs?q=${encodeURIComponent(branchZ.name)}`,
    );
    expect(found.status).toBe(200);
    expect(found.body).toEqual([
      { id: branchZ.id, name: branchZ.name, fullName: `${otherCounty.name} / ${branchZ.name}` },
    ]);
    // Only branches: the committee itself is not a place to join activities (T8).
    const committees = await secretaryX.get<InflowOrgHit[]>(
      `/api/outflows/inflow-orgs?q=${encodeURIComponent(otherCounty.name)}`,
    );
    expect(committees.body).toEqual([]);

    const person = await createPerson(secretaryX, tree.branchX.id);
    const created = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: branchZ.id }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const incoming = await secretaryZ.get<OutflowPage>('/api/outflows?side=in');
    expect(incoming.body.items.map((o) => o.personId)).toEqual([person.id]);
    const confirmed = await secretaryZ.post<OutflowDetail>(`/api/outflows/${created.body.id}/confirm`);
    expect(confirmed.status).toBe(200);
  });
});

describe('the mobile member seen from both orgs', () => {
  let personId: number;
  let personName: string;
  let outflowId: number;

  beforeAll(async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    personId = person.id;
    personName = person.name;
    const created = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id }),
    );
    outflowId = created.body.id;
  });

  it('shows the inflow branch the member, though the member’s branch is outside its reach', async () => {
    const incoming = await secretaryY.get<OutflowPage>('/api/outflows?side=in&state=open');
    expect(incoming.status).toBe(200);
    const item = incoming.body.items.find((o) => o.id === outflowId);
    expect(item).toMatchObject({
      name: personName,
      stage: 'full',
      orgName: tree.branchX.name,
      destination: '广东省深圳市南山区',
      contact: '139****5678',
      cardNumber: 'LD2024001',
      state: 'registered',
    });
    expect(item!.age).toBeGreaterThan(30);
    // Dual management gives the member's daily life, not the archive.
    expect((await secretaryY.get(`/api/persons/${personId}`)).status).toBe(404);
    expect((await secretaryY.get(`/api/persons/${personId}/events`)).status).toBe(404);
    const outgoing = await secretaryY.get<OutflowPage>('/api/outflows?side=out');
    expect(outgoing.body.items.map((o) => o.id)).not.toContain(outflowId);
  });

  it('lets the inflow branch record a meeting that the outflow branch then sees', async () => {
    const meeting = await secretaryY.post<OutflowDetail>(`/api/outflows/${outflowId}/activities`, {
      occurredOn: today,
      kind: 'meeting',
      title: '参加支部党员大会',
      note: '学习党章',
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    const contact = await secretaryX.post<OutflowDetail>(`/api/outflows/${outflowId}/activities`, {
      occurredOn: today,
      kind: 'contact',
      title: '电话联系，身体健康',
    });
    expect(contact.status).toBe(201);
    expect(contact.body.lastContactOn).toBe(today);

    const seenByX = await secretaryX.get<OutflowDetail>(`/api/outflows/${outflowId}`);
    expect(seenByX.status).toBe(200);
    expect(seenByX.body.activities).toEqual([
      expect.objectContaining({ kind: 'meeting', title: '参加支部党员大会', orgId: tree.branchY.id }),
      expect.objectContaining({ kind: 'contact', orgId: tree.branchX.id }),
    ]);
    const seenByY = await secretaryY.get<OutflowDetail>(`/api/outflows/${outflowId}`);
    expect(seenByY.body.activities).toHaveLength(2);
    expect(seenByY.body.mayManageIn).toBe(true);
    expect(seenByY.body.mayManageOut).toBe(false);
  });

  it('shows the full contact only on request, and audits it', async () => {
    const unmasked = await secretaryY.get<OutflowDetail>(`/api/outflows/${outflowId}?unmasked=true`);
    expect(unmasked.body.contact).toBe('13912345678');
    const audit = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log
           WHERE action = 'outflow.contact_unmasked_viewed' AND entity_id = ${String(outflowId)}`,
    );
    expect(Number(audit.rows[0]!.n)).toBe(1);
  });

  it('shows an unrelated branch nothing', async () => {
    for (const side of ['out', 'in']) {
      const list = await secretaryW.get<OutflowPage>(`/api/outflows?side=${side}`);
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(0);
      expect(JSON.stringify(list.body)).not.toContain(personName);
    }
    expect((await secretaryW.get(`/api/outflows/${outflowId}`)).status).toBe(404);
    expect((await secretaryW.post(`/api/outflows/${outflowId}/confirm`)).status).toBe(404);
    const activity = await secretaryW.post(`/api/outflows/${outflowId}/activities`, {
      occurredOn: today,
      kind: 'meeting',
      title: '越权记录',
    });
    expect(activity.status).toBe(404);
    const returned = await secretaryW.post(`/api/outflows/${outflowId}/return`, { returnedOn: today });
    expect(returned.status).toBe(404);
    const detail = await secretaryX.get<OutflowDetail>(`/api/outflows/${outflowId}`);
    expect(detail.body.activities.map((a) => a.title)).not.toContain('越权记录');
    expect(detail.body.state).toBe('registered');
  });

  it('refuses an activity dated before the outflow or in the future', async () => {
    const early = await secretaryY.post(`/api/outflows/${outflowId}/activities`, {
      occurredOn: addDays(lastMonth, -1),
      kind: 'activity',
      title: '外出前的活动',
    });
    expect(early.status).toBe(422);
    expect(errorOf(early)).toMatchObject({ rule: 'transfers.md T9', field: 'occurredOn' });
    const future = await secretaryY.post(`/api/outflows/${outflowId}/activities`, {
      occurredOn: addDays(today, 1),
      kind: 'activity',
      title: '明天的活动',
    });
    expect(future.status).toBe(422);
  });
});

describe('refusals write nothing', () => {
  it('refuses a person who is not a member', async () => {
    const applicant = await createPerson(secretaryX, tree.branchX.id, {
      admissionDate: null,
      conversionDate: null,
      applicationDate: '2024-01-01',
    });
    const response = await secretaryX.post(
      '/api/outflows',
      outflowInput(applicant.id, { inflowOrgId: tree.branchY.id }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'transfers.md T8', field: 'personId' });
    expect(await outflowRows(applicant.id)).toBe(0);
    expect(await eventTypes(applicant.id)).not.toContain('outflow_registered');
  });

  it('refuses the member’s own branch, an org that is not a branch, and a future date', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const own = await secretaryX.post(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchX.id }),
    );
    expect(own.status).toBe(422);
    expect(errorOf(own)).toMatchObject({ rule: 'transfers.md T9', field: 'inflowOrgId' });
    const committee = await secretaryX.post(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.township.id }),
    );
    expect(committee.status).toBe(422);
    expect(errorOf(committee)).toMatchObject({ rule: 'transfers.md T8', field: 'inflowOrgId' });
    const future = await secretaryX.post(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id, outflowOn: addDays(today, 1) }),
    );
    expect(future.status).toBe(422);
    expect(errorOf(future)).toMatchObject({ field: 'outflowOn' });
    const missing = await secretaryX.post('/api/outflows', outflowInput(person.id, { inflowOrgId: 999_999 }));
    expect(missing.status).toBe(404);
    const nowhere = await secretaryX.post('/api/outflows', outflowInput(person.id));
    expect(nowhere.status).toBe(400);
    expect(await outflowRows(person.id)).toBe(0);
  });

  it('refuses a second open outflow with 409', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const first = await secretaryX.post(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id }),
    );
    expect(first.status).toBe(201);
    const second = await secretaryX.post(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgName: '外省某支部' }),
    );
    expect(second.status).toBe(409);
    expect(errorOf(second)).toMatchObject({
      rule: 'transfers.md T9',
      message: expect.stringContaining('未结束'),
    });
    expect(await outflowRows(person.id)).toBe(1);
  });

  it('refuses a member of a branch the actor does not manage', async () => {
    const personY = await createPerson(secretaryY, tree.branchY.id);
    const response = await secretaryX.post(
      '/api/outflows',
      outflowInput(personY.id, { inflowOrgName: '某支部' }),
    );
    expect(response.status).toBe(404);
    expect(await outflowRows(personY.id)).toBe(0);
  });

  it('lets exactly one of two simultaneous registrations through', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const responses = await Promise.all([
      secretaryX.post('/api/outflows', outflowInput(person.id, { inflowOrgId: tree.branchY.id })),
      secretaryX.post('/api/outflows', outflowInput(person.id, { inflowOrgName: '外省某支部' })),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = responses.find((r) => r.status === 409)!;
    expect(errorOf(refused).message).toContain('未结束的流出登记');
    expect(await outflowRows(person.id)).toBe(1);
  });
});

describe('return', () => {
  it('closes the outflow, after which a new one may be registered', async () => {
    const person = await createPerson(secretaryX, tree.branchX.id);
    const created = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id }),
    );
    const byY = await secretaryY.post(`/api/outflows/${created.body.id}/return`, { returnedOn: today });
    expect(byY.status).toBe(403);
    const tooEarly = await secretaryX.post(`/api/outflows/${created.body.id}/return`, {
      returnedOn: addDays(lastMonth, -1),
    });
    expect(tooEarly.status).toBe(422);
    expect(errorOf(tooEarly)).toMatchObject({ field: 'returnedOn', allowedFrom: lastMonth });

    const returned = await secretaryX.post<OutflowDetail>(`/api/outflows/${created.body.id}/return`, {
      returnedOn: today,
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({ state: 'returned', returnedOn: today });
    expect(await eventTypes(person.id)).toContain('outflow_returned');

    const open = await secretaryY.get<OutflowPage>('/api/outflows?side=in&state=open');
    expect(open.body.items.map((o) => o.id)).not.toContain(created.body.id);
    const closed = await secretaryY.get<OutflowPage>('/api/outflows?side=in&state=returned');
    expect(closed.body.items.map((o) => o.id)).toContain(created.body.id);
    const again = await secretaryX.post(`/api/outflows/${created.body.id}/return`, { returnedOn: today });
    expect(again.status).toBe(409);
    const activity = await secretaryY.post(`/api/outflows/${created.body.id}/activities`, {
      occurredOn: today,
      kind: 'meeting',
      title: '返回后的会议',
    });
    expect(activity.status).toBe(409);

    const next = await secretaryX.post(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgName: '外省某支部' }),
    );
    expect(next.status).toBe(201);
  });
});

describe('the member’s own phone page', () => {
  it('shows the member their open outflow, and nothing once back', async () => {
    const phone = '13800001234';
    const person = await createPerson(secretaryX, tree.branchX.id, { phone });
    await secretaryX.post(`/api/persons/${person.id}/account`, { password: 'Member2026ab' });
    const member = t.client();
    await member.login(phone, 'Member2026ab');
    expect((await member.get<OwnOutflow>('/api/me/outflow')).body).toEqual({ outflow: null });

    const created = await secretaryX.post<OutflowDetail>(
      '/api/outflows',
      outflowInput(person.id, { inflowOrgId: tree.branchY.id }),
    );
    await secretaryY.post(`/api/outflows/${created.body.id}/activities`, {
      occurredOn: today,
      kind: 'activity',
      title: '主题党日',
    });
    const own = await member.get<OwnOutflow>('/api/me/outflow');
    expect(own.status).toBe(200);
    expect(own.body.outflow).toMatchObject({
      id: created.body.id,
      contact: '13912345678',
      inflowOrgName: tree.branchY.name,
      activities: [expect.objectContaining({ title: '主题党日', recordedBy: null })],
    });
    // A member holds no permission: the lists are not theirs.
    expect((await member.get('/api/outflows')).status).toBe(403);

    await secretaryX.post(`/api/outflows/${created.body.id}/return`, { returnedOn: today });
    expect((await member.get<OwnOutflow>('/api/me/outflow')).body).toEqual({ outflow: null });
  });
});
