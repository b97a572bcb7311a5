import type { StepRecordInput } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, uniqueIdNumber, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { developmentSetup, eventCount, newcomer, recordAll, stepsBefore } from './test-journey';

let t: TestApp;
let tree: SampleTree;
let journey: StepRecordInput[];
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  journey = await developmentSetup(t, tree.branchX.id, tree.township.id);
});
afterAll(async () => {
  await t?.close();
});

interface Refusal {
  error: {
    code: string;
    message: string;
    rule?: string;
    field?: string;
    allowedFrom?: string;
    violations: { rule: string; message: string }[];
  };
}

/** Proposes a step after the given history and expects a refusal that wrote nothing. */
async function refused(history: StepRecordInput[], proposal: StepRecordInput, overrides = {}) {
  const person = await newcomer(t.admin, tree.branchX.id, overrides);
  await recordAll(t.admin, person.id, history);
  const before = await eventCount(t, person.id);
  const response = await t.admin.post<Refusal>(`/api/persons/${person.id}/development/steps`, proposal);
  expect(response.status, JSON.stringify(response.body)).toBe(422);
  expect(await eventCount(t, person.id)).toBe(before);
  return response.body.error;
}

const step = (key: StepRecordInput['step']) => journey.find((s) => s.step === key)!;

describe('a step the rules refuse', () => {
  it('is refused out of order, naming the missing step', async () => {
    const error = await refused(stepsBefore(journey, 'first_talk'), {
      step: 'activist_designated',
      date: '2022-06-15',
    });
    expect(error).toMatchObject({
      code: 'rule_violated',
      rule: 'development.md D3',
      field: 'step',
      message: '须先完成“派人谈话”',
    });
  });

  it('is refused on a date before the previous step, with the date it allows', async () => {
    const error = await refused(stepsBefore(journey, 'first_talk'), {
      step: 'first_talk',
      date: '2022-02-28',
    });
    expect(error).toMatchObject({ rule: 'development.md D21', field: 'date', allowedFrom: '2022-03-01' });
  });

  it('is refused on a date in the future', async () => {
    const error = await refused([], { step: 'application_submitted', date: '2099-01-01' });
    expect(error).toMatchObject({ rule: 'development.md D21', field: 'date' });
    expect(error.message).toContain('不能晚于今天');
  });

  it('is refused for an applicant under 18, with the eighteenth birthday', async () => {
    const error = await refused(
      [],
      { step: 'application_submitted', date: '2026-01-10' },
      { idNumber: uniqueIdNumber('male', '2010-03-15') },
    );
    expect(error).toMatchObject({ rule: 'development.md D1', allowedFrom: '2028-03-15' });
  });

  it('is refused for a candidate less than a year after the activist decision', async () => {
    const error = await refused(stepsBefore(journey, 'candidate_designated'), {
      step: 'candidate_designated',
      date: '2023-01-10',
    });
    expect(error).toMatchObject({ rule: 'development.md D6', field: 'date', allowedFrom: '2023-06-15' });
    expect(error.violations).toHaveLength(1);
  });

  it('is refused with a sponsor who is not a full member', async () => {
    const applicantSponsor = await createPerson(t.admin, tree.branchX.id, {
      applicationDate: '2021-01-01',
      admissionDate: null,
      conversionDate: null,
    });
    const error = await refused(stepsBefore(journey, 'sponsors_assigned'), {
      ...step('sponsors_assigned'),
      data: { participants: [{ personId: applicantSponsor.id, role: 'sponsor' }] },
    });
    expect(error).toMatchObject({ rule: 'development.md D4', field: 'participants' });
    expect(error.message).toBe(`培养联系人${applicantSponsor.name}在 2022-06-20 不是正式党员`);
  });

  it('is refused with more votes than voters present', async () => {
    const error = await refused(stepsBefore(journey, 'admission_meeting'), {
      step: 'admission_meeting',
      date: '2023-09-01',
      data: { vote: { entitled: 10, present: 6, yes: 5, no: 1, abstain: 1 } },
    });
    expect(error).toMatchObject({ rule: 'development.md D12', field: 'vote.yes' });
  });

  it('is refused when approved by an org without the power to approve, such as the branch itself', async () => {
    const error = await refused(stepsBefore(journey, 'admission_approved'), {
      step: 'admission_approved',
      date: '2023-10-01',
    });
    expect(error).toMatchObject({ rule: 'development.md D14', field: 'orgId' });
  });

  it('lists every violation when there are several', async () => {
    const error = await refused(stepsBefore(journey, 'introducers_assigned'), {
      step: 'introducers_assigned',
      date: '2023-06-20',
      data: { participants: [] },
    });
    expect(error.rule).toBe('development.md D7');
    expect(error.violations.map((v) => v.rule)).toEqual(['development.md D7']);
    const two = await refused([], { step: 'first_talk', date: '2099-01-01' });
    expect(two.violations.length).toBeGreaterThan(1);
  });

  it('is refused with a participant or deciding org the actor cannot see', async () => {
    const stranger = await createPerson(t.admin, tree.branchY.id);
    const person = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, person.id, stepsBefore(journey, 'sponsors_assigned'));
    const client = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    const before = await eventCount(t, person.id);
    const bySponsor = await client.post(`/api/persons/${person.id}/development/steps`, {
      ...step('sponsors_assigned'),
      data: { participants: [{ personId: stranger.id, role: 'sponsor' }] },
    });
    expect(bySponsor.status).toBe(404);
    const byOrg = await client.post(`/api/persons/${person.id}/development/steps`, {
      ...step('sponsors_assigned'),
      orgId: tree.branchY.id,
    });
    expect(byOrg.status).toBe(404);
    expect(await eventCount(t, person.id)).toBe(before);
  });
});
