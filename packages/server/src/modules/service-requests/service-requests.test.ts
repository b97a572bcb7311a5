import type {
  Org,
  Person,
  PublicServiceOrg,
  PublicServiceTracking,
  ServiceDeadlinesView,
  ServiceRequestDetail,
  ServiceRequestItem,
  ServiceRequestPage,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { memberWithAccount } from '../meetings/test-support';
import { assignTo, auditActions, filePublic, MINUTE, ok, requestBody, village } from './test-support';

let t: TestApp;
let tree: SampleTree;
let villageX: Org;
let villageY: Org;
let secX: TestClient;
let secY: TestClient;
let memberX: { person: Person; client: TestClient };
let otherMemberX: { person: Person; client: TestClient };
let memberY: Person;

beforeAll(async () => {
  t = await startTestApp({ config: { publicRequestsPer10Minutes: 10_000 } });
  tree = await sampleTree(t);
  villageX = await village(t, tree.township.id, '东坪村党支部');
  villageY = await village(t, tree.township.id, '西岭村党支部');
  secX = await signedInAs(t, 'branch_secretary', villageX.id);
  secY = await signedInAs(t, 'branch_secretary', villageY.id);
  memberX = await memberWithAccount(t, villageX.id, { name: '东坪党员甲' });
  otherMemberX = await memberWithAccount(t, villageX.id, { name: '东坪党员乙' });
  memberY = await createPerson(t.admin, villageY.id, { name: '西岭党员' });
});
afterAll(async () => {
  await t?.close();
});

describe('filing a request on the public page', () => {
  it('lists the villages and communities to file to, by name and id only', async () => {
    const orgs = ok(await t.client().get<PublicServiceOrg[]>('/api/public/service-orgs'));
    expect(orgs).toContainEqual({ id: villageX.id, name: villageX.name });
    expect(orgs.map((o) => o.id)).not.toContain(tree.branchX.id);
    expect(Object.keys(orgs[0]!).sort()).toEqual(['id', 'name']);
  });

  it('answers with a tracking code and the deadlines of the kind: urgent means within the hour', async () => {
    const receipt = await filePublic(t, villageX.id, { kind: 'urgent', text: '独居老人摔倒，需要人上门' });
    expect(receipt.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const submitted = Date.parse(receipt.submittedAt);
    expect(Date.parse(receipt.respondBy) - submitted).toBe(60 * MINUTE);
    expect(Date.parse(receipt.resolveBy) - submitted).toBe(24 * 60 * MINUTE);
    expect(receipt.orgName).toBe(villageX.name);
  });

  it('refuses a request without a contact phone, naming the field (422)', async () => {
    const { contactPhone: _omitted, ...body } = requestBody(villageX.id);
    const response = await t.client().post('/api/public/service-requests', body);
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'contactPhone', message: '请填写联系电话' });
  });

  it('refuses a request without a contact name (422)', async () => {
    const response = await t
      .client()
      .post('/api/public/service-requests', requestBody(villageX.id, { contactName: '' }));
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'contactName', message: '请填写联系人姓名' });
  });

  it('refuses a text over 500 characters (422)', async () => {
    const response = await t
      .client()
      .post('/api/public/service-requests', requestBody(villageX.id, { text: '长'.repeat(501) }));
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'text', message: '诉求内容不能超过 500 个字' });
  });

  it('refuses an org that is not a village or community (422)', async () => {
    const response = await t.client().post('/api/public/service-requests', requestBody(tree.township.id));
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'orgId' });
  });

  it('keeps the resident’s phone encrypted at rest and masked in the list', async () => {
    const receipt = await filePublic(t, villageX.id, { contactPhone: '13700001111' });
    const { rows } = await t.database.db.execute<{ enc: string }>(
      sql`SELECT contact_phone_enc AS enc FROM service_requests WHERE id = ${receipt.id}`,
    );
    expect(rows[0]!.enc).not.toContain('13700001111');
    const page = ok(
      await secX.get<ServiceRequestPage>(`/api/service-requests?orgId=${villageX.id}&pageSize=200`),
    );
    const item = page.items.find((i) => i.id === receipt.id)!;
    expect(item.contactPhone).toBe('137****1111');
  });

  it('shows the progress by tracking code without the resident’s name or phone', async () => {
    const receipt = await filePublic(t, villageX.id, { contactName: '李桂兰', contactPhone: '13600002222' });
    const tracking = ok(
      await t
        .client()
        .get<PublicServiceTracking>(`/api/public/service-requests/${receipt.trackingCode.toLowerCase()}`),
    );
    expect(tracking).toMatchObject({ state: 'submitted', stateLabel: '待派单', orgName: villageX.name });
    expect(tracking.timeline.map((e) => e.actionLabel)).toEqual(['提交诉求']);
    const text = JSON.stringify(tracking);
    expect(text).not.toContain('李桂兰');
    expect(text).not.toContain('2222');
  });

  it('answers 404 for an unknown tracking code', async () => {
    const response = await t.client().get('/api/public/service-requests/ABCDEFGHJK');
    expect(response.status).toBe(404);
  });
});

describe('handling a request', () => {
  it('goes from the desk to a member, who responds and resolves it on the phone, on time', async () => {
    const receipt = await filePublic(t, villageX.id);
    const assigned = ok(await assignTo(secX, receipt.id, memberX.person.id));
    expect(assigned).toMatchObject({ state: 'assigned', assigneeName: '东坪党员甲' });

    const mine = ok(await memberX.client.get<ServiceRequestItem[]>('/api/me/service-requests'));
    const item = mine.find((i) => i.id === receipt.id)!;
    // The member has to call the resident: the number in full.
    expect(item.contactPhone).toBe('13912345678');
    expect(item.deadline).toMatchObject({ status: 'due', deadline: 'response' });

    ok(
      await memberX.client.post(`/api/me/service-requests/${receipt.id}/response`, {
        note: '已到户了解情况',
      }),
    );
    const resolved = ok(
      await memberX.client.post<ServiceRequestDetail>(`/api/me/service-requests/${receipt.id}/resolution`, {
        resolution: '已代购药品送到家中',
      }),
    );
    expect(resolved).toMatchObject({ state: 'resolved', resolution: '已代购药品送到家中' });
    expect(resolved.deadline.status).toBe('on_time');
    expect(resolved.timeline.map((e) => e.action)).toEqual([
      'submitted',
      'assigned',
      'responded',
      'resolved',
    ]);
  });

  it('writes an audit row for each change', async () => {
    const receipt = await filePublic(t, villageX.id);
    ok(await assignTo(secX, receipt.id, null));
    ok(await secX.post(`/api/service-requests/${receipt.id}/resolution`, { resolution: '服务社已上门处理' }));
    expect(await auditActions(t, receipt.id)).toEqual([
      'service_request.submitted',
      'service_request.assigned',
      'service_request.resolved',
    ]);
  });

  it('records the response when a request is resolved without one', async () => {
    const receipt = await filePublic(t, villageX.id);
    ok(await assignTo(secX, receipt.id, null));
    const resolved = ok(
      await secX.post<ServiceRequestDetail>(`/api/service-requests/${receipt.id}/resolution`, {
        resolution: '已办',
      }),
    );
    expect(resolved.respondedAt).toBe(resolved.resolvedAt);
    expect(resolved.assigneeName).toBe('党员服务社');
  });

  it('refuses responding before the request is assigned, naming the rule (422)', async () => {
    const receipt = await filePublic(t, villageX.id);
    const response = await secX.post(`/api/service-requests/${receipt.id}/response`, {});
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'service-requests S2' });
    expect(errorOf(response).message).toContain('待派单');
  });

  it('refuses assigning to a member of another branch (422 naming the member)', async () => {
    const receipt = await filePublic(t, villageX.id);
    const response = await assignTo(secX, receipt.id, memberY.id);
    expect([403, 404, 422]).toContain(response.status);
    const asAdmin = await assignTo(t.admin, receipt.id, memberY.id);
    expect(asAdmin.status).toBe(422);
    expect(errorOf(asAdmin)).toMatchObject({ field: 'personId' });
  });

  it('refuses a member acting on a request assigned to someone else (404)', async () => {
    const receipt = await filePublic(t, villageX.id);
    ok(await assignTo(secX, receipt.id, memberX.person.id));
    const response = await otherMemberX.client.post(`/api/me/service-requests/${receipt.id}/response`, {});
    expect(response.status).toBe(404);
  });

  it('rejects a request with a reason the resident reads', async () => {
    const receipt = await filePublic(t, villageX.id);
    ok(await secX.post(`/api/service-requests/${receipt.id}/rejection`, { reason: '重复提交，已合并办理' }));
    const tracking = ok(
      await t.client().get<PublicServiceTracking>(`/api/public/service-requests/${receipt.trackingCode}`),
    );
    expect(tracking).toMatchObject({ state: 'rejected', closeReason: '重复提交，已合并办理' });
  });

  it('takes a hotline call typed in by the secretary', async () => {
    const item = ok(
      await secX.post<ServiceRequestItem>('/api/service-requests', {
        ...requestBody(villageX.id, { kind: 'wish', text: '孩子想要一套课外书' }),
        channel: 'hotline',
      }),
      201,
    );
    expect(item).toMatchObject({ channel: 'hotline', kindLabel: '微心愿', state: 'submitted' });
  });

  it('shows the full phone in the detail to those who handle it, and audits the read', async () => {
    const receipt = await filePublic(t, villageX.id, { contactPhone: '13588889999' });
    const detail = ok(await secX.get<ServiceRequestDetail>(`/api/service-requests/${receipt.id}`));
    expect(detail).toMatchObject({ contactPhone: '13588889999', phoneUnmasked: true });
    expect(await auditActions(t, receipt.id)).toContain('service_request.phone_viewed');
  });
});

describe('the resident’s rating', () => {
  it('is taken once the request is resolved, once only', async () => {
    const receipt = await filePublic(t, villageX.id);
    const early = await t.client().post(`/api/public/service-requests/${receipt.trackingCode}/rating`, {
      satisfaction: 'satisfied',
    });
    expect(early.status).toBe(422);
    expect(errorOf(early)).toMatchObject({ rule: 'service-requests S5' });

    ok(await assignTo(secX, receipt.id, null));
    ok(await secX.post(`/api/service-requests/${receipt.id}/resolution`, { resolution: '已修好路灯' }));
    const rated = ok(
      await t
        .client()
        .post<PublicServiceTracking>(`/api/public/service-requests/${receipt.trackingCode}/rating`, {
          satisfaction: 'basically_satisfied',
          comment: '修得挺快',
        }),
    );
    expect(rated).toMatchObject({ state: 'rated', satisfaction: 'basically_satisfied', onTime: true });
    const again = await t.client().post(`/api/public/service-requests/${receipt.trackingCode}/rating`, {
      satisfaction: 'dissatisfied',
    });
    expect(again.status).toBe(422);
  });

  it('refuses a rating that is not one of the three (422)', async () => {
    const receipt = await filePublic(t, villageX.id);
    const response = await t.client().post(`/api/public/service-requests/${receipt.trackingCode}/rating`, {
      satisfaction: 'great',
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'satisfaction', message: '请选择满意程度' });
  });
});

describe('deadline settings', () => {
  it('follow the township for its villages, and a village’s own setting wins', async () => {
    ok(
      await t.admin.request('PUT', `/api/orgs/${tree.township.id}/service-deadlines`, {
        settings: [{ kind: 'wish', responseMinutes: 120, resolveMinutes: 4320 }],
      }),
    );
    const inherited = ok(await secX.get<ServiceDeadlinesView>(`/api/orgs/${villageX.id}/service-deadlines`));
    expect(inherited.effective.find((e) => e.kind === 'wish')).toMatchObject({
      responseMinutes: 120,
      sourceOrgId: tree.township.id,
    });
    ok(
      await secX.request('PUT', `/api/orgs/${villageX.id}/service-deadlines`, {
        settings: [{ kind: 'wish', responseMinutes: 30, resolveMinutes: 1440 }],
      }),
    );
    const receipt = await filePublic(t, villageX.id, { kind: 'wish' });
    expect(Date.parse(receipt.respondBy) - Date.parse(receipt.submittedAt)).toBe(30 * MINUTE);
    const other = await filePublic(t, villageY.id, { kind: 'wish' });
    expect(Date.parse(other.respondBy) - Date.parse(other.submittedAt)).toBe(120 * MINUTE);
  });

  it('refuses a resolve deadline shorter than the response deadline (422)', async () => {
    const response = await secX.request('PUT', `/api/orgs/${villageX.id}/service-deadlines`, {
      settings: [{ kind: 'help', responseMinutes: 600, resolveMinutes: 60 }],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'settings.0.resolveMinutes' });
  });

  it('refuses a branch secretary setting the township’s deadlines', async () => {
    const response = await secX.request('PUT', `/api/orgs/${tree.township.id}/service-deadlines`, {
      settings: [],
    });
    expect([403, 404]).toContain(response.status);
  });
});

describe('access', () => {
  it('hides another branch’s request from a secretary (404) and refuses acting on it', async () => {
    const receipt = await filePublic(t, villageX.id);
    expect((await secY.get(`/api/service-requests/${receipt.id}`)).status).toBe(404);
    expect((await assignTo(secY, receipt.id, null)).status).toBe(404);
    expect(
      (await secY.post(`/api/service-requests/${receipt.id}/rejection`, { reason: '越权' })).status,
    ).toBe(404);
  });

  it('refuses a secretary listing another branch’s requests', async () => {
    const response = await secY.get(`/api/service-requests?orgId=${villageX.id}`);
    expect([403, 404]).toContain(response.status);
  });

  it('lets the township see the requests of all its villages', async () => {
    const staff = await signedInAs(t, 'org_staff', tree.township.id);
    const page = ok(
      await staff.get<ServiceRequestPage>(`/api/service-requests?orgId=${tree.township.id}&pageSize=200`),
    );
    const orgIds = new Set(page.items.map((i) => i.orgId));
    expect(orgIds.has(villageX.id) && orgIds.has(villageY.id)).toBe(true);
    expect(page.counts.byState.submitted).toBeGreaterThan(0);
  });

  it('refuses a member the staff list (403)', async () => {
    const response = await memberX.client.get(`/api/service-requests?orgId=${villageX.id}`);
    expect(response.status).toBe(403);
  });
});
