import type {
  Notification,
  Org,
  Person,
  ServiceOnTimeView,
  ServiceRequestDetail,
  ServiceRequestPage,
} from '@jiceng/core';
import { chinaToday } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { memberWithAccount } from '../meetings/test-support';
import { runServiceRequestEscalation } from './escalation-job';
import { serviceRequestFacts } from './points-facts';
import { assignTo, filePublic, MINUTE, ok, passTime, village } from './test-support';

let t: TestApp;
let tree: SampleTree;
let villageA: Org;
let villageB: Org;
let secA: TestClient;
let townStaff: TestClient;
let countyStaff: TestClient;
let member: { person: Person; client: TestClient };

const run = (now: Date) => runServiceRequestEscalation(t.database.db, t.cipher, now);
const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE);
const detail = async (id: number) =>
  ok(await t.admin.get<ServiceRequestDetail>(`/api/service-requests/${id}`));
const inbox = async (client: TestClient) =>
  ok(await client.get<{ items: Notification[] }>('/api/notifications?pageSize=100')).items.map(
    (n) => n.title,
  );

beforeAll(async () => {
  t = await startTestApp({ config: { publicRequestsPer10Minutes: 10_000 } });
  tree = await sampleTree(t);
  villageA = await village(t, tree.township.id, '南坪村党支部');
  villageB = await village(t, tree.township.id, '北坡村党支部');
  secA = await signedInAs(t, 'branch_secretary', villageA.id);
  townStaff = await signedInAs(t, 'org_staff', tree.township.id);
  countyStaff = await signedInAs(t, 'org_staff', tree.county.id);
  member = await memberWithAccount(t, villageA.id, { name: '南坪党员' });
});
afterAll(async () => {
  await t?.close();
});

describe('escalating an overdue request', () => {
  it('leaves an urgent request alone until the hour is up', async () => {
    const r = await filePublic(t, villageA.id, { kind: 'urgent' });
    expect(await run(minutesAfter(r.submittedAt, 59))).toEqual({ escalated: 0 });
    expect((await detail(r.id)).escalationLevel).toBe(0);
  });

  it('sends an urgent request nobody answered within the hour to the township, once', async () => {
    const r = await filePublic(t, villageA.id, { kind: 'urgent', text: '水管爆裂，家中进水' });
    ok(await assignTo(secA, r.id, member.person.id));
    expect((await run(minutesAfter(r.submittedAt, 61))).escalated).toBeGreaterThanOrEqual(1);
    const once = await detail(r.id);
    expect(once).toMatchObject({ escalationLevel: 1, escalatedToOrgId: tree.township.id });
    const step = once.timeline.find((e) => e.action === 'escalated')!;
    expect(step).toMatchObject({ toOrgName: tree.township.name });
    expect(step.note).toContain('响应时限');

    await run(minutesAfter(r.submittedAt, 70));
    expect((await detail(r.id)).timeline.filter((e) => e.action === 'escalated')).toHaveLength(1);
    expect(await inbox(townStaff)).toContain(`诉求超时上报：${villageA.name}的紧急求助超过响应时限`);
    expect((await inbox(member.client)).some((title) => title.includes('已超时'))).toBe(true);
  });

  it('sends it on to the county when the resolve deadline passes too', async () => {
    const r = await filePublic(t, villageA.id, { kind: 'urgent' });
    await run(minutesAfter(r.submittedAt, 61));
    await run(minutesAfter(r.submittedAt, 24 * 60 + 1));
    const twice = await detail(r.id);
    expect(twice).toMatchObject({ escalationLevel: 2, escalatedToOrgId: tree.county.id });
    expect(twice.timeline.filter((e) => e.action === 'escalated').map((e) => e.toOrgName)).toEqual([
      tree.township.name,
      tree.county.name,
    ]);
    expect((await inbox(countyStaff)).some((title) => title.includes('超过办结时限'))).toBe(true);
  });

  it('goes straight to the county when the run first finds both deadlines missed', async () => {
    const r = await filePublic(t, villageA.id, { kind: 'urgent' });
    await run(minutesAfter(r.submittedAt, 2 * 24 * 60));
    expect(await detail(r.id)).toMatchObject({ escalationLevel: 2, escalatedToOrgId: tree.county.id });
  });

  it('does not escalate a request resolved in time', async () => {
    const r = await filePublic(t, villageA.id, { kind: 'urgent' });
    ok(await assignTo(secA, r.id, member.person.id));
    ok(
      await member.client.post(`/api/me/service-requests/${r.id}/resolution`, {
        resolution: '已关闭总阀并修好',
      }),
    );
    await run(minutesAfter(r.submittedAt, 3 * 24 * 60));
    expect((await detail(r.id)).escalationLevel).toBe(0);
  });

  it('escalates a request answered in time only when its resolution is late', async () => {
    const r = await filePublic(t, villageA.id, { kind: 'urgent' });
    ok(await assignTo(secA, r.id, member.person.id));
    ok(await member.client.post(`/api/me/service-requests/${r.id}/response`, {}));
    await run(minutesAfter(r.submittedAt, 120));
    expect((await detail(r.id)).escalationLevel).toBe(0);
    await run(minutesAfter(r.submittedAt, 24 * 60 + 5));
    const late = await detail(r.id);
    expect(late).toMatchObject({ escalationLevel: 1, escalatedToOrgId: tree.township.id });
    expect(late.timeline.at(-1)!.note).toContain('办结时限');
  });
});

describe('deadlines in the list', () => {
  it('shows an unanswered request overdue by the minutes past its deadline, and filters the overdue', async () => {
    const r = await filePublic(t, villageB.id, { kind: 'urgent' });
    await passTime(t, r.id, 90);
    const page = ok(
      await t.admin.get<ServiceRequestPage>(
        `/api/service-requests?orgId=${villageB.id}&overdue=true&pageSize=200`,
      ),
    );
    const item = page.items.find((i) => i.id === r.id)!;
    expect(item.deadline).toMatchObject({ status: 'overdue', deadline: 'response' });
    expect(item.deadline.minutes).toBeGreaterThanOrEqual(30);
    expect(page.items.every((i) => i.deadline.status === 'overdue')).toBe(true);
    expect(page.counts.overdue).toBe(page.total);
  });
});

describe('the on-time rate per child org', () => {
  it('counts resolutions in time, late ones and open ones past their deadline, village by village', async () => {
    const from = chinaToday();
    const onTime = await filePublic(t, villageB.id, { kind: 'help' });
    ok(await assignTo(t.admin, onTime.id, null));
    ok(await t.admin.post(`/api/service-requests/${onTime.id}/resolution`, { resolution: '已办' }));
    const late = await filePublic(t, villageB.id, { kind: 'help' });
    ok(await assignTo(t.admin, late.id, null));
    // The response came five hours after submission: past the four-hour response deadline.
    await passTime(t, late.id, 5 * 60);
    ok(await t.admin.post(`/api/service-requests/${late.id}/resolution`, { resolution: '已办' }));
    const rejected = await filePublic(t, villageB.id, { kind: 'help' });
    ok(await t.admin.post(`/api/service-requests/${rejected.id}/rejection`, { reason: '不属于受理范围' }));

    const view = ok(
      await townStaff.get<ServiceOnTimeView>(
        `/api/service-requests/on-time?orgId=${tree.township.id}&from=${from}&to=${from}`,
      ),
    );
    const rowB = view.rows.find((r) => r.orgId === villageB.id)!;
    // The overdue one from the list test above is open past its response deadline, not yet its resolution.
    expect(rowB).toMatchObject({ resolved: 2, onTime: 1, counted: 2, rate: 50, overdueOpen: 0 });
    expect(rowB.total).toBe(3);
    expect(view.rows.map((r) => r.orgId)).toContain(villageA.id);
    expect(view.total.total).toBeGreaterThanOrEqual(rowB.total);
  });
});

describe('points for resolved requests', () => {
  it('gives the member one fact per request resolved, and none for the service desk', async () => {
    const helper = await createPerson(t.admin, villageA.id, { name: '积分党员' });
    const mine = await filePublic(t, villageA.id);
    ok(await assignTo(secA, mine.id, helper.id));
    ok(await secA.post(`/api/service-requests/${mine.id}/resolution`, { resolution: '已办' }));
    const desk = await filePublic(t, villageA.id);
    ok(await assignTo(secA, desk.id, null));
    ok(await secA.post(`/api/service-requests/${desk.id}/resolution`, { resolution: '已办' }));

    const year = Number(chinaToday().slice(0, 4));
    const facts = await t.database.db.transaction((tx) => serviceRequestFacts.collect(tx, [helper.id], year));
    expect(facts).toEqual([
      {
        personId: helper.id,
        source: 'service_request_solved',
        qualifier: null,
        date: chinaToday(),
        units: 1,
        refType: 'service_request',
        refId: mine.id,
      },
    ]);
    expect(
      await t.database.db.transaction((tx) => serviceRequestFacts.collect(tx, [helper.id], year - 1)),
    ).toEqual([]);
  });
});
