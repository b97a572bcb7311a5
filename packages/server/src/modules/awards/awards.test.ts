import {
  chinaToday,
  FIVE_GOOD_STANDARDS,
  type Award,
  type CadreAllowance,
  type FiveGoodView,
  type Org,
  type Person,
  type PersonAwards,
  type SeniorityList,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createPerson,
  sampleTree,
  signedInAs,
  uniqueIdNumber,
  type SampleTree,
} from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';

let t: TestApp;
let tree: SampleTree;
let staffX: TestClient;
let staffY: TestClient;
let secX: TestClient;
let memberX: Person;
let village: Org;
const year = Number(chinaToday().slice(0, 4));

const personAward = (personId: number, extra: Record<string, unknown> = {}) => ({
  kind: 'outstanding_member',
  level: 'county',
  conferredBy: '示范县委',
  conferredOn: `${year - 1}-07-01`,
  year: year - 1,
  personId,
  ...extra,
});

const standards = (unmet: string[] = []) =>
  Object.fromEntries(FIVE_GOOD_STANDARDS.map((s) => [s, { met: !unmet.includes(s), evidence: '核实' }]));

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  memberX = await createPerson(t.admin, tree.branchX.id, { name: '表彰甲' });
  staffX = await signedInAs(t, 'org_staff', tree.branchX.id);
  staffY = await signedInAs(t, 'org_staff', tree.branchY.id);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  village = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch', unitKind: 'village' });
});
afterAll(async () => {
  await t?.close();
});

describe('awards', () => {
  it('shows an award to a person on the profile endpoint', async () => {
    const created = await staffX.post<Award>('/api/awards', personAward(memberX.id));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const profile = await secX.get<PersonAwards>(`/api/persons/${memberX.id}/awards`);
    expect(profile.status).toBe(200);
    expect(profile.body.awards.map((a) => [a.id, a.kindLabel, a.year])).toEqual([
      [created.body.id, '优秀共产党员', year - 1],
    ]);
  });

  it('refuses an org award without an org, naming the field', async () => {
    const response = await staffX.post('/api/awards', personAward(memberX.id, { kind: 'advanced_org' }));
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'orgId' });
    expect(errorOf(response).message).toContain('获奖组织');
  });

  it('refuses a person award without a person, naming the field', async () => {
    const response = await staffX.post(
      '/api/awards',
      personAward(memberX.id, { personId: null, orgId: tree.branchX.id }),
    );
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ field: 'personId' });
  });

  it('keeps a revoked award on record with its reason and refuses a second revocation', async () => {
    const created = await staffX.post<Award>('/api/awards', personAward(memberX.id, { year: year - 2 }));
    const revoked = await staffX.post<Award>(`/api/awards/${created.body.id}/revocation`, {
      reason: '年度填错',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ revokeReason: '年度填错' });
    expect(revoked.body.revokedAt).not.toBeNull();
    const again = await staffX.post(`/api/awards/${created.body.id}/revocation`, { reason: '再次' });
    expect(again.status).toBe(409);
  });
});

describe('the five-good evaluation', () => {
  it('is not awarded when one standard is not met, and records no award', async () => {
    const response = await staffX.request<FiveGoodView>(
      'PUT',
      `/api/orgs/${tree.branchX.id}/five-good/${year - 1}`,
      {
        standards: standards(['public_opinion']),
        decidedOn: `${year - 1}-12-20`,
        decidedByOrgName: '示范县委',
        level: 'county',
      },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.recorded).toMatchObject({ result: 'not_awarded', awardId: null });
    const awards = await staffX.get<Award[]>(`/api/orgs/${tree.branchX.id}/awards`);
    expect(awards.body.filter((a) => a.kind === 'five_good')).toEqual([]);
  });

  it('is awarded when all five are met, and records a 五个好 award on the org', async () => {
    const response = await staffX.request<FiveGoodView>(
      'PUT',
      `/api/orgs/${tree.branchX.id}/five-good/${year - 1}`,
      {
        standards: standards(),
        decidedOn: `${year - 1}-12-20`,
        decidedByOrgName: '示范县委',
        level: 'county',
      },
    );
    expect(response.body.recorded).toMatchObject({ result: 'awarded' });
    const awards = await secX.get<Award[]>(`/api/orgs/${tree.branchX.id}/awards`);
    expect(awards.body.filter((a) => a.kind === 'five_good').map((a) => a.id)).toEqual([
      response.body.recorded!.awardId,
    ]);
  });

  it('drafts a suggestion per standard from the data', async () => {
    const response = await secX.get<FiveGoodView>(
      `/api/orgs/${tree.branchX.id}/five-good/${year}/suggestion`,
    );
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.suggestion).sort()).toEqual([...FIVE_GOOD_STANDARDS].sort());
    // No secretary recorded for X: 领导班子好 is not suggested.
    expect(response.body.suggestion.leadership).toMatchObject({ met: false });
    expect(response.body.suggestion.leadership.evidence).toContain('空缺');
  });
});

describe('the seniority list', () => {
  const cadre = async (name: string, startedOn: string, post: string) => {
    const person = await createPerson(t.admin, village.id, { name });
    const response = await t.admin.post(`/api/orgs/${village.id}/posts`, {
      post,
      personId: person.id,
      startedOn,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return person;
  };
  const veteran = (name: string, conversionDate: string) =>
    createPerson(t.admin, village.id, {
      name,
      idNumber: uniqueIdNumber('male', '1940-03-01'),
      admissionDate: `${Number(conversionDate.slice(0, 4)) - 1}-06-01`,
      conversionDate,
    });

  it('lists cadres from five years of service and veterans from fifty years of party age, at the bounds', async () => {
    await cadre('任职满五年', `${year - 5}-12-31`, 'deputy_secretary');
    await cadre('任职四年', `${year - 4}-01-01`, 'committee_member');
    await veteran('党龄五十年', `${year - 50}-12-31`);
    await veteran('党龄四十九年', `${year - 49}-01-01`);
    const admin = await t.admin.get<SeniorityList>(`/api/seniority?orgId=${village.id}&year=${year}`);
    expect(admin.status, JSON.stringify(admin.body)).toBe(200);
    expect(admin.body.rows.map((r) => [r.name, r.tierLabel, r.amountFen])).toEqual([
      ['任职满五年', '村干部任职满5年', 60_000],
      ['党龄五十年', '党龄满50年', 100_000],
    ]);
    expect(admin.body.totalFen).toBe(160_000);
  });

  it('follows the rule a committee sets for its tree', async () => {
    const set = await t.admin.request('PUT', `/api/orgs/${tree.township.id}/seniority-rule`, {
      tiers: [{ label: '任职满4年', minPartyAge: null, minServiceYears: 4, amountFen: 30_000 }],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const list = await t.admin.get<SeniorityList>(`/api/seniority?orgId=${village.id}&year=${year}`);
    expect(list.body.rule.sourceOrgId).toBe(tree.township.id);
    expect(list.body.rows.map((r) => [r.name, r.amountFen]).sort()).toEqual([
      ['任职四年', 30_000],
      ['任职满五年', 30_000],
    ]);
  });
});

describe('cadre allowances', () => {
  it('refuses a second allowance of the same kind for a person and year (409)', async () => {
    const cadre = await createPerson(t.admin, village.id, { name: '补贴村干部' });
    const body = { personId: cadre.id, orgId: village.id, year, kind: 'basic_pay', amountFen: 1_800_000 };
    const first = await t.admin.post<CadreAllowance>('/api/cadre-allowances', body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await t.admin.post('/api/cadre-allowances', { ...body, amountFen: 100 });
    expect(second.status).toBe(409);
    expect(errorOf(second)).toMatchObject({ field: 'kind' });
  });
});

describe('access', () => {
  it("refuses Y's org staff recording an award for a member of X", async () => {
    const response = await staffY.post('/api/awards', personAward(memberX.id));
    expect([403, 404]).toContain(response.status);
    const profile = await t.admin.get<PersonAwards>(`/api/persons/${memberX.id}/awards`);
    expect(profile.body.awards.every((a) => a.conferredBy === '示范县委')).toBe(true);
  });

  it('refuses a branch secretary recording an award in the own branch (award.manage)', async () => {
    const response = await secX.post('/api/awards', personAward(memberX.id));
    expect(response.status).toBe(403);
  });
});
