import {
  maskIdNumber,
  type Election,
  type JointReview,
  type JointReviewDepartmentList,
  type JointReviewQueueItem,
  type Notification,
  type Org,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrg,
  createUser,
  signedInAs,
  unique,
  uniqueIdNumber,
  USER_PASSWORD,
} from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

interface Refusal {
  error: {
    code: string;
    message: string;
    rule?: string;
    violations: { rule: string; field?: string; message: string }[];
  };
}

let t: TestApp;
let county: Org;
let village: Org;
let otherVillage: Org;
let farCounty: Org;
let countyStaff: TestClient;
let villageSecretary: TestClient;
let otherVillageSecretary: TestClient;
let organization: TestClient;
let discipline: TestClient;
let farReviewer: TestClient;
let departments: JointReviewDepartmentList;
let review: JointReview;

const NAMES = ['联审甲', '联审乙', '联审丙', '联审丁'];
const election = {
  heldOn: '2024-06-01',
  entitled: 10,
  present: 10,
  seats: 3,
  candidates: NAMES.map((name, i) => ({ name, votes: 9 - i })),
  termYears: 5,
};
const recordElection = () =>
  villageSecretary.post<Election & Refusal>(`/api/orgs/${village.id}/elections`, election);

async function reviewer(orgId: number): Promise<{ client: TestClient; userId: number }> {
  const user = await createUser(t, [{ role: 'joint_reviewer', orgId }]);
  const client = t.client();
  await client.login(user.username, USER_PASSWORD);
  return { client, userId: user.id };
}

const departmentId = (key: string) => departments.departments.find((d) => d.key === key)!.id;
const queue = async (client: TestClient) =>
  (await client.get<JointReviewQueueItem[]>('/api/joint-reviews/queue')).body;
const decide = (client: TestClient, candidateId: number, body: Record<string, unknown>) =>
  client.post<Refusal>(`/api/joint-reviews/${review.id}/candidates/${candidateId}/decision`, body);

let organizationUser: number;
let disciplineUser: number;

beforeAll(async () => {
  t = await startTestApp();
  county = await createOrg(t.admin, { parentId: null, kind: 'committee', name: unique('联审县委') });
  const township = await createOrg(t.admin, {
    parentId: county.id,
    kind: 'committee',
    name: unique('联审镇党委'),
  });
  village = await createOrg(t.admin, {
    parentId: township.id,
    kind: 'branch',
    unitKind: 'village',
    name: unique('联审村支部'),
  });
  otherVillage = await createOrg(t.admin, {
    parentId: township.id,
    kind: 'branch',
    unitKind: 'village',
    name: unique('邻村支部'),
  });
  farCounty = await createOrg(t.admin, { parentId: null, kind: 'committee', name: unique('外县县委') });
  countyStaff = await signedInAs(t, 'org_staff', county.id);
  villageSecretary = await signedInAs(t, 'branch_secretary', village.id);
  otherVillageSecretary = await signedInAs(t, 'branch_secretary', otherVillage.id);
  const org = await reviewer(county.id);
  const disc = await reviewer(county.id);
  const far = await reviewer(farCounty.id);
  [organization, organizationUser] = [org.client, org.userId];
  [discipline, disciplineUser] = [disc.client, disc.userId];
  farReviewer = far.client;
  const farDepartments = await t.admin.get<JointReviewDepartmentList>(
    `/api/orgs/${farCounty.id}/joint-review-departments`,
  );
  const farOrganization = farDepartments.body.departments.find((d) => d.key === 'organization')!;
  expect(
    (
      await t.admin.post(`/api/joint-review-departments/${farOrganization.id}/reviewers`, {
        userId: far.userId,
      })
    ).status,
  ).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('departments of the county', () => {
  it('start from the default list, seen from a village of the county', async () => {
    const response = await villageSecretary.get<JointReviewDepartmentList>(
      `/api/orgs/${village.id}/joint-review-departments`,
    );
    expect(response.status).toBe(200);
    expect(response.body.orgId).toBe(county.id);
    expect(response.body.departments.map((d) => d.label)).toEqual([
      '组织部门',
      '纪检监察',
      '公安',
      '司法',
      '信访',
    ]);
  });

  it('are set at the county, not by a village', async () => {
    const list = [
      { key: 'organization', label: '县委组织部' },
      { key: 'discipline', label: '县纪委监委' },
    ];
    const refused = await villageSecretary.request(
      'PUT',
      `/api/orgs/${village.id}/joint-review-departments`,
      list,
    );
    expect(refused.status).toBe(404);
    const response = await countyStaff.request<JointReviewDepartmentList>(
      'PUT',
      `/api/orgs/${county.id}/joint-review-departments`,
      list,
    );
    expect(response.status).toBe(200);
    departments = response.body;
    expect(departments.departments.map((d) => d.label)).toEqual(['县委组织部', '县纪委监委']);
  });

  it('take reviewers who hold the reviewer role over the county, from its staff', async () => {
    const notReviewer = await createUser(t, [{ role: 'branch_officer', orgId: village.id }]);
    const refused = await countyStaff.post<Refusal>(
      `/api/joint-review-departments/${departmentId('organization')}/reviewers`,
      { userId: notReviewer.id },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('joint-review (local practice)');
    const bySecretary = await villageSecretary.post(
      `/api/joint-review-departments/${departmentId('organization')}/reviewers`,
      { userId: organizationUser },
    );
    expect(bySecretary.status).toBe(403);
    for (const [key, userId] of [
      ['organization', organizationUser],
      ['discipline', disciplineUser],
    ] as const) {
      const added = await countyStaff.post<JointReviewDepartmentList>(
        `/api/joint-review-departments/${departmentId(key)}/reviewers`,
        { userId },
      );
      expect(added.status).toBe(200);
      departments = added.body;
    }
    expect(departments.departments.map((d) => d.reviewers.map((r) => r.userId))).toEqual([
      [organizationUser],
      [disciplineUser],
    ]);
  });
});

describe('a village election', () => {
  it('cannot be recorded before its candidates are sent to joint review', async () => {
    const response = await recordElection();
    expect(response.status).toBe(422);
    expect(response.body.error.rule).toBe('joint-review (local practice)');
  });

  it('sends the candidate list to every department, ID numbers masked', async () => {
    const idNumber = uniqueIdNumber();
    const response = await villageSecretary.post<JointReview>('/api/joint-reviews', {
      orgId: village.id,
      title: '第十届村党支部换届',
      candidates: NAMES.map((name, i) => ({ name, post: '支部委员', ...(i === 0 ? { idNumber } : {}) })),
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    review = response.body;
    expect(review.departments.map((d) => d.key)).toEqual(['organization', 'discipline']);
    expect(review.candidates[0]!.idNumberMasked).not.toBe(idNumber);
    expect(review.candidates[0]!.idNumberMasked).toBe(maskIdNumber(idNumber));
    expect(JSON.stringify(review)).not.toContain(idNumber);
    expect(review.candidates.flatMap((c) => c.decisions.map((d) => d.decision))).toEqual(
      Array(8).fill('pending'),
    );
    expect(review.cleared).toBe(false);
    const inbox = await organization.get<{ items: Notification[] }>('/api/notifications');
    expect(inbox.body.items.map((n) => n.title)).toContain('村干部候选人资格联审');
  });

  it('is refused while candidates are pending, naming each candidate and department', async () => {
    const response = await recordElection();
    expect(response.status).toBe(422);
    expect(response.body.error.violations).toHaveLength(4);
    expect(response.body.error.violations[0]!.message).toBe(
      '候选人联审甲未通过资格联审：县委组织部、县纪委监委尚未审查',
    );
  });

  it("puts each candidate in the queue of each department's reviewer, and only theirs", async () => {
    const mine = await queue(organization);
    expect(mine.map((q) => [q.name, q.department])).toEqual(NAMES.map((n) => [n, 'organization']));
    expect((await queue(discipline)).every((q) => q.department === 'discipline')).toBe(true);
    expect(await queue(farReviewer)).toEqual([]);
  });

  it('lets a reviewer decide only for their own department', async () => {
    const candidate = review.candidates[0]!.id;
    const other = await decide(organization, candidate, { department: 'discipline', decision: 'passed' });
    expect(other.status).toBe(403);
    expect(
      (await decide(farReviewer, candidate, { department: 'organization', decision: 'passed' })).status,
    ).toBe(404);
    expect(
      (await decide(villageSecretary, candidate, { department: 'organization', decision: 'passed' })).status,
    ).toBe(403);
    const noReason = await decide(discipline, candidate, { department: 'discipline', decision: 'objected' });
    expect(noReason.status).toBe(400);
  });

  it('is refused while a department objects, and the village hears of the objection', async () => {
    for (const c of review.candidates) {
      expect(
        (await decide(organization, c.id, { department: 'organization', decision: 'passed' })).status,
      ).toBe(200);
    }
    const [first, second, ...rest] = review.candidates;
    for (const c of [first!, ...rest]) {
      expect((await decide(discipline, c.id, { department: 'discipline', decision: 'passed' })).status).toBe(
        200,
      );
    }
    const objected = await decide(discipline, second!.id, {
      department: 'discipline',
      decision: 'objected',
      reason: '正在接受审查调查',
    });
    expect(objected.status).toBe(200);
    expect(await queue(organization)).toEqual([]);
    expect(await queue(discipline)).toEqual([]);

    const response = await recordElection();
    expect(response.status).toBe(422);
    expect(response.body.error.violations.map((v) => [v.field, v.message])).toEqual([
      ['candidates.1', '候选人联审乙未通过资格联审：县纪委监委有异议'],
    ]);
    const list = await villageSecretary.get<JointReview[]>(`/api/joint-reviews?orgId=${village.id}`);
    const cell = list.body[0]!.candidates[1]!.decisions.find((d) => d.department === 'discipline');
    expect(cell).toMatchObject({ decision: 'objected', reason: '正在接受审查调查' });
    const inbox = await villageSecretary.get<{ items: Notification[] }>('/api/notifications');
    expect(inbox.body.items.map((n) => n.title)).toContain('村干部候选人资格联审有异议');
  });

  it('is recorded once every candidate has passed', async () => {
    const cleared = await decide(discipline, review.candidates[1]!.id, {
      department: 'discipline',
      decision: 'passed',
    });
    expect(cleared.status).toBe(200);
    const response = await recordElection();
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ jointReviewId: review.id, tally: { elected: [1, 2, 3] } });
    const history = await villageSecretary.get<{ needsJointReview: boolean; termYears: number }>(
      `/api/orgs/${village.id}/elections`,
    );
    expect(history.body).toMatchObject({ needsJointReview: true, termYears: 5 });
  });

  it('refuses a candidate who was not on the list', async () => {
    const response = await villageSecretary.post<Refusal>(`/api/orgs/${village.id}/elections`, {
      ...election,
      candidates: [...election.candidates.slice(0, 3), { name: '临时候选人', votes: 1 }],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.violations.map((v) => v.field)).toEqual(['candidates.3']);
  });
});

describe('access', () => {
  it("keeps a village's joint reviews from a neighbouring village", async () => {
    expect((await otherVillageSecretary.get(`/api/joint-reviews?orgId=${village.id}`)).status).toBe(404);
    const own = await otherVillageSecretary.get<JointReview[]>('/api/joint-reviews');
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toContain('联审甲');
    const sent = await otherVillageSecretary.post('/api/joint-reviews', {
      orgId: village.id,
      title: '越权',
      candidates: [{ name: '越权' }],
    });
    expect(sent.status).toBe(404);
  });

  it('refuses a joint review for an org that is not a village', async () => {
    const response = await countyStaff.post<Refusal>('/api/joint-reviews', {
      orgId: county.id,
      title: '县委',
      candidates: [{ name: '某人' }],
    });
    expect(response.status).toBe(422);
  });
});
