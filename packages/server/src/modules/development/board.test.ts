import { addMonths, chinaToday, type Board, type Pipeline, type StepRecordInput } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { developmentSetup, newcomer, recordAll, stepsBefore } from './test-journey';

let t: TestApp;
let tree: SampleTree;
let journey: StepRecordInput[];
let secretaryX: TestClient;
const today = chinaToday();
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  journey = await developmentSetup(t, tree.branchX.id, tree.township.id);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

const board = (client: TestClient, orgId: number) =>
  client.get<Board>(`/api/development/board?orgId=${orgId}`);

describe('the development board', () => {
  it('lists an overdue first talk and an activist who may now become a candidate', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    const applied = addMonths(today, -3);
    await recordAll(t.admin, applicant.id, [{ step: 'application_submitted', date: applied }]);
    const activist = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, activist.id, stepsBefore(journey, 'candidate_designated'));

    const response = await board(t.admin, tree.township.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const rows = response.body.rows;
    expect(rows.find((r) => r.personId === applicant.id)).toMatchObject({
      item: 'first_talk',
      stage: 'applicant',
      orgName: tree.branchX.name,
      dueDate: addMonths(applied, 1),
      overdue: true,
      rule: 'development.md D2',
    });
    const forActivist = rows.filter((r) => r.personId === activist.id);
    expect(forActivist).toContainEqual(
      expect.objectContaining({ item: 'candidate_eligible', dueDate: '2023-06-15', overdue: false }),
    );
    // The last assessment was 2022-12-15: the next was due half a year later (D5).
    expect(forActivist).toContainEqual(
      expect.objectContaining({ item: 'assessment', dueDate: '2023-06-15', overdue: true }),
    );
  });

  it('lists what a candidate still lacks before the committee review', async () => {
    const candidate = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, candidate.id, stepsBefore(journey, 'political_review'));
    const rows = (await board(t.admin, tree.branchX.id)).body.rows.filter((r) => r.personId === candidate.id);
    expect(rows.map((r) => r.step)).toEqual(['political_review', 'training_completed']);
  });

  it('lists a probation that has ended without a conversion', async () => {
    const probationer = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, probationer.id, stepsBefore(journey, 'conversion_applied'));
    const rows = (await board(t.admin, tree.branchX.id)).body.rows.filter(
      (r) => r.personId === probationer.id,
    );
    expect(rows).toEqual([
      expect.objectContaining({ item: 'probation_ending', dueDate: '2024-09-01', overdue: true }),
    ]);
  });

  it('shows a secretary of branch X none of branch Y, and Y’s people answer 404', async () => {
    const own = await newcomer(t.admin, tree.branchX.id, { name: '东街申请人甲' });
    await recordAll(t.admin, own.id, [{ step: 'application_submitted', date: addMonths(today, -2) }]);
    const other = await newcomer(t.admin, tree.branchY.id, { name: '西街申请人乙' });
    await recordAll(t.admin, other.id, [{ step: 'application_submitted', date: addMonths(today, -2) }]);

    expect((await board(t.admin, tree.township.id)).body.rows.map((r) => r.name)).toContain('西街申请人乙');
    for (const orgId of [tree.township.id, tree.branchY.id]) {
      const response = await board(secretaryX, orgId);
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      expect(text).not.toContain('西街申请人乙');
      expect(text).not.toContain(tree.branchY.name);
    }
    expect((await board(secretaryX, tree.township.id)).body.rows.map((r) => r.name)).toContain(
      '东街申请人甲',
    );
    expect((await secretaryX.get(`/api/persons/${other.id}/development`)).status).toBe(404);
    const write = await secretaryX.post(`/api/persons/${other.id}/development/steps`, {
      step: 'first_talk',
      date: today,
    });
    expect(write.status).toBe(404);
  });
});

describe('the stage board', () => {
  it('puts each person in the column of their stage with the next step and what is due', async () => {
    const activist = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, activist.id, stepsBefore(journey, 'candidate_designated'));
    const response = await secretaryX.get<Pipeline>(`/api/development/pipeline?orgId=${tree.branchX.id}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.columns.map((c) => c.stage)).toEqual([
      'applicant',
      'activist',
      'candidate',
      'probationary',
    ]);
    const card = response.body.columns[1]!.cards.find((c) => c.personId === activist.id);
    expect(card).toMatchObject({
      stage: 'activist',
      stageSince: '2022-06-15',
      next: { label: '培养教育考察', earliestDate: today },
      due: { overdue: true },
    });
    const elsewhere = response.body.columns
      .flatMap((c) => c.cards)
      .filter((c) => c.orgName !== tree.branchX.name);
    expect(elsewhere).toEqual([]);
  });

  it('is not shown for an org outside the secretary’s reach', async () => {
    const response = await secretaryX.get(`/api/development/pipeline?orgId=${tree.branchY.id}`);
    expect(response.status).toBe(404);
  });
});
