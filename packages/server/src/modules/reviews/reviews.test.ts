import { addDays, chinaToday, type MemberReview, type Person, type PersonReview } from '@jiceng/core';
import { sql } from 'drizzle-orm';
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
let full: Person[];
let probationary: Person;
let applicant: Person;
let personY: Person;
const year = Number(chinaToday().slice(0, 4)) - 1;

const reviewPath = (orgId: number, y = year) => `/api/orgs/${orgId}/reviews/${y}`;
const put = (client: TestClient, body: unknown, y = year) =>
  client.request<MemberReview & Refusal>('PUT', reviewPath(tree.branchX.id, y), body);
const graded = (grades: string[]) => [
  ...full.map((p, i) => ({ personId: p.id, grade: grades[i] ?? 'qualified' })),
  { personId: probationary.id, grade: null },
];

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  full = [];
  for (const name of ['评议甲', '评议乙', '评议丙', '评议丁']) {
    full.push(await createPerson(t.admin, tree.branchX.id, { name }));
  }
  probationary = await createPerson(t.admin, tree.branchX.id, {
    name: '评议预备',
    admissionDate: addDays(chinaToday(), -100),
    conversionDate: null,
  });
  applicant = await createPerson(t.admin, tree.branchX.id, {
    name: '评议申请人',
    admissionDate: null,
    conversionDate: null,
  });
  personY = await createPerson(t.admin, tree.branchY.id, { name: '西街评议' });
  secX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

describe('the review roster (org-life.md L4, L6)', () => {
  it('lists the members in normal standing, full first, probationary without a grade, nobody else', async () => {
    const response = await secX.get<MemberReview>(reviewPath(tree.branchX.id));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ recorded: false, excellentCap: '1/3', warnings: [] });
    expect(response.body.members.map((m) => [m.name, m.stage, m.grade])).toEqual([
      ['评议丁', 'full', null],
      ['评议丙', 'full', null],
      ['评议乙', 'full', null],
      ['评议甲', 'full', null],
      ['评议预备', 'probationary', null],
    ]);
    expect(response.body.members.map((m) => m.personId)).not.toContain(applicant.id);
  });

  it('refuses a year in the future', async () => {
    const next = Number(chinaToday().slice(0, 4)) + 1;
    const response = await secX.get<Refusal>(reviewPath(tree.branchX.id, next));
    expect(response.status).toBe(422);
    expect(response.body.error.rule).toBe('member-review.year');
    const saved = await put(secX, { entries: graded([]) }, next);
    expect(saved.status).toBe(422);
  });
});

describe('saving a review', () => {
  it('refuses a graded probationary member, an ungraded full member and a stranger, writing nothing', async () => {
    const entries = [
      { personId: full[0]!.id, grade: 'qualified' },
      { personId: full[1]!.id, grade: null },
      { personId: probationary.id, grade: 'excellent' },
      { personId: personY.id, grade: 'qualified' },
      // full[2] and full[3] left out: ungraded too.
    ];
    const response = await put(secX, { entries });
    expect(response.status).toBe(422);
    const rules = response.body.error.violations.map((v) => [v.rule, v.field]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['member-review.roster', 'entries.3.personId'],
        ['org-life.md L4', 'entries.1.grade'],
        ['org-life.md L6', 'entries.2.grade'],
      ]),
    );
    expect(rules.filter(([rule]) => rule === 'org-life.md L4')).toHaveLength(3);
    // The stranger is named by id only: X learns nothing about Y's member.
    expect(JSON.stringify(response.body)).not.toContain('西街评议');
    const after = await secX.get<MemberReview>(reviewPath(tree.branchX.id));
    expect(after.body.recorded).toBe(false);
  });

  it('saves more 优秀 than the cap with a warning (L5), and a settable cap lifts it', async () => {
    // 4 graded, a third of them is 1: two 优秀 is over.
    const response = await put(secX, { entries: graded(['excellent', 'excellent']) });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ recorded: true, graded: 4, excellent: 2, excellentLimit: 1 });
    expect(response.body.warnings.map((w) => w.rule)).toEqual(['org-life.md L5']);
    const reread = await secX.get<MemberReview>(reviewPath(tree.branchX.id));
    expect(reread.body.warnings).toHaveLength(1);
    expect(reread.body.members.find((m) => m.personId === full[0]!.id)?.grade).toBe('excellent');

    const halved = await put(secX, { entries: graded(['excellent', 'excellent']), excellentCap: '1/2' });
    expect(halved.body).toMatchObject({ excellentCap: '1/2', excellentLimit: 2, warnings: [] });
    const [{ n }] = (
      await t.database.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM member_review_entries e JOIN member_reviews r ON r.id = e.review_id
             WHERE r.org_id = ${tree.branchX.id} AND r.year = ${year}`,
      )
    ).rows as [{ n: number }];
    expect(Number(n)).toBe(5);
    const audit = await t.admin.get<{ items: { action: string }[] }>(
      `/api/audit?orgId=${tree.branchX.id}&action=review.recorded`,
    );
    expect(audit.body.items.filter((i) => i.action === 'review.recorded').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the grades per year for the person (the points module reads them)', async () => {
    const response = await secX.get<PersonReview[]>(`/api/persons/${full[0]!.id}/reviews`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        year,
        orgId: tree.branchX.id,
        orgName: tree.branchX.name,
        stage: 'full',
        grade: 'excellent',
        comment: null,
      },
    ]);
    const prob = await secX.get<PersonReview[]>(`/api/persons/${probationary.id}/reviews`);
    expect(prob.body.map((r) => [r.stage, r.grade])).toEqual([['probationary', null]]);
  });
});

describe('access', () => {
  it("gives Y's secretary 404 on X's review and members' grades", async () => {
    expect((await secY.get(reviewPath(tree.branchX.id))).status).toBe(404);
    expect((await put(secY, { entries: graded([]) })).status).toBe(404);
    expect((await secY.get(`/api/persons/${full[0]!.id}/reviews`)).status).toBe(404);
  });
});
