import { addDays, chinaToday, type Election, type ElectionHistory, type OrgPost } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
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
let tree: SampleTree;
let secX: TestClient;
let secY: TestClient;

const candidates = (...votes: number[]) =>
  votes.map((v, i) => ({ name: `候选人${'甲乙丙丁戊己庚'[i]}`, votes: v }));
const election = (overrides: Record<string, unknown> = {}) => ({
  heldOn: '2024-03-01',
  entitled: 10,
  present: 10,
  seats: 3,
  candidates: candidates(9, 8, 7, 2),
  termYears: 3,
  ...overrides,
});
const record = (client: TestClient, body: unknown, orgId = tree.branchX.id) =>
  client.post<Election & Refusal>(`/api/orgs/${orgId}/elections`, body);
const history = async (orgId = tree.branchX.id) =>
  (await secX.get<ElectionHistory>(`/api/orgs/${orgId}/elections`)).body;
const rulesOf = (body: Refusal) => body.error.violations.map((v) => v.rule);

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

describe('refused elections write nothing', () => {
  it('L13: more than four fifths present, so 8 of 10 is not valid', async () => {
    const response = await record(secX, election({ present: 8, candidates: candidates(8, 7, 6, 1) }));
    expect(response.status).toBe(422);
    expect(rulesOf(response.body)).toEqual(['org-life.md L13']);
  });

  it('L14: three seats need four candidates', async () => {
    const response = await record(secX, election({ candidates: candidates(9, 8, 7) }));
    expect(response.status).toBe(422);
    expect(rulesOf(response.body)).toEqual(['org-life.md L14']);
    expect(response.body.error.message).toContain('至少须有 4 名候选人');
  });

  it('refuses more votes than voters, more present than entitled, and a date in the future', async () => {
    const votes = await record(secX, election({ candidates: candidates(11, 8, 7, 2) }));
    expect(rulesOf(votes.body)).toEqual(['org-life.md L15']);
    const present = await record(secX, election({ present: 11 }));
    expect(rulesOf(present.body)).toContain('org-life.md L13');
    const future = await record(secX, election({ heldOn: addDays(chinaToday(), 1) }));
    expect(future.status).toBe(422);
    expect(rulesOf(future.body)).toEqual(['election.held_on']);
    expect((await history()).elections).toEqual([]);
  });
});

describe('a recorded election', () => {
  it('at 9 of 10 present is valid; exactly half of those present is not elected (L15)', async () => {
    // Present 9 is more than four fifths of 10. Seats 1: 5 votes is over half of 9, 4 is not.
    const response = await record(
      secX,
      election({ present: 9, seats: 1, candidates: candidates(4, 3), heldOn: '2023-01-10' }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.tally).toMatchObject({ valid: true, elected: [], emptySeats: 1 });
    expect(response.body.tookEffect).toBe(false);
    const even = await record(
      secX,
      election({ present: 10, seats: 1, candidates: candidates(5, 4), heldOn: '2023-01-11' }),
    );
    expect(even.body.candidates.map((c) => c.outcome)).toEqual(['not_elected', 'not_elected']);
  });

  it('reports a tie at the last seat and leaves that seat empty', async () => {
    const response = await record(secX, election({ candidates: candidates(9, 8, 7, 7) }));
    expect(response.status).toBe(201);
    expect(response.body.tally).toMatchObject({ elected: [1, 2], tiedForLastSeat: [3, 4], emptySeats: 1 });
    expect(response.body.candidates.map((c) => c.outcome)).toEqual(['elected', 'elected', 'tied', 'tied']);
  });

  it('makes the elected the new committee and restarts the term (L11, L15); a revote fills the empty seat', async () => {
    const member = await createPerson(t.admin, tree.branchX.id, { name: '当选党员' });
    const secretary = await secX.post(`/api/orgs/${tree.branchX.id}/posts`, {
      post: 'secretary',
      holderName: '原书记',
      startedOn: '2019-01-01',
    });
    expect(secretary.status).toBe(201);
    const body = election({
      heldOn: '2024-05-20',
      termYears: 5,
      candidates: [
        { personId: member.id, name: '当选党员', votes: 10 },
        { name: '委员乙', votes: 9 },
        { name: '委员丙', votes: 9 },
        { name: '落选丁', votes: 9 },
        { name: '落选戊', votes: 3 },
      ],
    });
    const response = await record(secX, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ tookEffect: true, officerElectingBody: 'committee_meeting' });
    expect(response.body.tally).toMatchObject({ elected: [1], tiedForLastSeat: [2, 3, 4], emptySeats: 2 });
    const org = await secX.get<{ org: { termStartedOn: string; termYears: number }; posts: OrgPost[] }>(
      `/api/orgs/${tree.branchX.id}`,
    );
    expect(org.body.org).toMatchObject({ termStartedOn: '2024-05-20', termYears: 5 });
    expect(org.body.posts.map((p) => [p.post, p.holderName, p.personId, p.startedOn])).toEqual([
      ['committee_member', '当选党员', member.id, '2024-05-20'],
    ]);

    // The revote among the tied for the two empty seats: a new record that only adds to the committee.
    const revote = await record(
      secX,
      election({
        heldOn: '2024-05-20',
        seats: 2,
        revoteOf: response.body.id,
        candidates: [
          { name: '委员乙', votes: 8 },
          { name: '委员丙', votes: 7 },
          { name: '落选丁', votes: 2 },
        ],
      }),
    );
    expect(revote.status, JSON.stringify(revote.body)).toBe(201);
    expect(revote.body).toMatchObject({ revoteOf: response.body.id, tally: { elected: [1, 2] } });
    const after = await secX.get<{ org: { termStartedOn: string }; posts: OrgPost[] }>(
      `/api/orgs/${tree.branchX.id}`,
    );
    expect(after.body.org.termStartedOn).toBe('2024-05-20');
    expect(after.body.posts.map((p) => p.holderName).sort()).toEqual(['委员丙', '委员乙', '当选党员'].sort());

    const tooMany = await record(secX, election({ seats: 3, revoteOf: response.body.id }));
    expect(rulesOf(tooMany.body)).toContain('org-life.md L15');
  });

  it('lists the history newest first with the term', async () => {
    const h = await history();
    expect(h).toMatchObject({ needsJointReview: false, termStartedOn: '2024-05-20', termYears: 5 });
    expect(h.termEndsOn).toBe('2029-05-19');
    expect(h.elections.map((e) => e.heldOn)).toEqual([
      '2024-05-20',
      '2024-05-20',
      '2024-03-01',
      '2023-01-11',
      '2023-01-10',
    ]);
    const audit = await t.admin.get<{ items: { action: string }[] }>(`/api/audit?orgId=${tree.branchX.id}`);
    expect(audit.body.items.filter((i) => i.action === 'election.recorded')).toHaveLength(5);
  });
});

describe('access', () => {
  it("gives Y's secretary 404 on X's elections", async () => {
    expect((await secY.get(`/api/orgs/${tree.branchX.id}/elections`)).status).toBe(404);
    expect((await record(secY, election())).status).toBe(404);
  });
});
