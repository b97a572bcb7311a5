import type {
  AuditEntry,
  Board,
  DevelopmentView,
  PersonEvent,
  Person,
  StepRecorded,
  StepRecordInput,
} from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
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

const development = (id: number) => t.admin.get<DevelopmentView>(`/api/persons/${id}/development`);
const person = async (id: number) => (await t.admin.get<Person>(`/api/persons/${id}`)).body;

describe('the whole journey through the API', () => {
  it('makes a full member, admitted on the meeting date and converted at the end of probation', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, applicant.id, journey);

    expect(await person(applicant.id)).toMatchObject({
      stage: 'full',
      applicationDate: '2022-03-01',
      activistDate: '2022-06-15',
      candidateDate: '2023-06-15',
      admissionDate: '2023-09-01',
      conversionDate: '2024-09-01',
    });
    const view = (await development(applicant.id)).body;
    expect(view).toMatchObject({
      stage: 'full',
      ruleSetId: 'cpc-dev-2014',
      probationEnd: '2024-09-01',
      conversionDate: '2024-09-01',
      nextSteps: [],
    });
    expect(view.steps).toHaveLength(25);
    expect(view.steps.every((s) => !s.voided && !s.failed)).toBe(true);
    expect(view.steps.find((s) => s.step === 'sponsors_assigned')!.data.participants).toEqual([
      expect.objectContaining({ role: 'sponsor', fullMemberSince: '2011-07-01' }),
    ]);
    expect(view.steps.find((s) => s.step === 'admission_approved')).toMatchObject({
      orgName: tree.township.name,
      data: { approverMayApprove: true },
    });
  });

  it('offers the next steps with their earliest dates on the way', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, applicant.id, stepsBefore(journey, 'first_talk'));
    const view = (await development(applicant.id)).body;
    expect(view.stage).toBe('applicant');
    expect(view.nextSteps.map((s) => s.step)).toEqual(['first_talk']);
    // The talk is long overdue (D2): it may still be held, with a warning.
    expect(view.nextSteps[0]!.warnings[0]?.rule).toBe('development.md D2');
  });

  it('writes an audit row for each step recorded', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, applicant.id, stepsBefore(journey, 'first_talk'));
    const audit = await t.admin.get<{ items: AuditEntry[] }>(
      `/api/audit?action=development.step_recorded&pageSize=200`,
    );
    expect(audit.body.items.some((e) => e.entityId === String(applicant.id))).toBe(true);
  });
});

describe('a failed admission vote', () => {
  it('is recorded and marked failed, and moves nothing on', async () => {
    const candidate = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, candidate.id, stepsBefore(journey, 'admission_meeting'));
    const failedVote = { entitled: 10, present: 8, yes: 5, no: 3, abstain: 0 };
    const response = await t.admin.post<StepRecorded>(`/api/persons/${candidate.id}/development/steps`, {
      step: 'admission_meeting',
      date: '2023-09-01',
      data: { vote: failedVote },
    });
    expect(response.status).toBe(201);
    expect(response.body.step).toMatchObject({ step: 'admission_meeting', failed: true });
    expect(response.body.development.stage).toBe('candidate');

    const talk = await t.admin.post(`/api/persons/${candidate.id}/development/steps`, {
      step: 'approval_talk',
      date: '2023-09-10',
      orgId: tree.township.id,
    });
    expect(talk.status).toBe(422);
    expect(errorOf(talk).message).toBe('须先完成“支部大会讨论接收预备党员”');

    // Another meeting may vote again.
    await recordAll(t.admin, candidate.id, [
      { step: 'admission_meeting', date: '2023-10-08', data: { vote: { ...failedVote, yes: 6, no: 2 } } },
    ]);
  });
});

describe('cancelling probation', () => {
  it('ends the process with a standing note and takes the member off the board', async () => {
    const probationer = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, probationer.id, stepsBefore(journey, 'admission_filed'));
    const last = await recordAll(t.admin, probationer.id, [
      {
        step: 'probation_cancelled',
        date: '2024-05-10',
        orgId: tree.township.id,
        data: { reason: '严重违纪' },
      },
    ]);
    expect(last!.development.nextSteps).toEqual([]);
    const events = await t.admin.get<PersonEvent[]>(`/api/persons/${probationer.id}/events`);
    expect(events.body.find((e) => e.type === 'standing_changed')).toMatchObject({
      occurredOn: '2024-05-10',
      details: { change: 'probation_cancelled', stepEventId: last!.step.id },
    });
    const board = await t.admin.get<Board>(`/api/development/board?orgId=${tree.branchX.id}`);
    expect(board.body.rows.some((r) => r.personId === probationer.id)).toBe(false);
  });

  it('is refused without a reason, naming D19', async () => {
    const probationer = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, probationer.id, stepsBefore(journey, 'admission_filed'));
    const refused = await t.admin.post(`/api/persons/${probationer.id}/development/steps`, {
      step: 'probation_cancelled',
      date: '2024-05-10',
      orgId: tree.township.id,
    });
    expect(refused.status).toBe(422);
    expect(errorOf(refused)).toMatchObject({ field: 'reason', rule: 'development.md D19' });
  });
});

describe('voiding a step', () => {
  it('cancels the latest step without editing history, and lets it be recorded again', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    const last = await recordAll(t.admin, applicant.id, stepsBefore(journey, 'activist_designated'));
    const talkId = last!.step.id;
    const voided = await t.admin.post<DevelopmentView>(
      `/api/persons/${applicant.id}/development/steps/${talkId}/void`,
      { reason: '日期记错' },
    );
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    expect(voided.body.steps.map((s) => [s.step, s.voided])).toEqual([
      ['application_submitted', false],
      ['first_talk', true],
    ]);
    await recordAll(t.admin, applicant.id, [{ step: 'first_talk', date: '2022-03-25' }]);
  });

  it('refuses an earlier step that later ones stand on', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, applicant.id, stepsBefore(journey, 'activist_designated'));
    const view = (await development(applicant.id)).body;
    const before = await eventCount(t, applicant.id);
    const response = await t.admin.post(
      `/api/persons/${applicant.id}/development/steps/${view.steps[0]!.id}/void`,
      { reason: '误录' },
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'development.md D21', field: 'eventId' });
    expect(await eventCount(t, applicant.id)).toBe(before);
  });

  it('takes back the admission with the approval that brought it', async () => {
    const candidate = await newcomer(t.admin, tree.branchX.id);
    const last = await recordAll(t.admin, candidate.id, stepsBefore(journey, 'admission_filed'));
    expect(last!.development.stage).toBe('probationary');
    expect((await person(candidate.id)).admissionDate).toBe('2023-09-01');

    const voided = await t.admin.post<DevelopmentView>(
      `/api/persons/${candidate.id}/development/steps/${last!.step.id}/void`,
      { reason: '审批日期有误' },
    );
    expect(voided.body.stage).toBe('candidate');
    expect(await person(candidate.id)).toMatchObject({ stage: 'candidate', admissionDate: null });
  });

  it('answers 404 for an event that is not a development step of the person', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    const response = await t.admin.post(`/api/persons/${applicant.id}/development/steps/999999/void`, {
      reason: '误录',
    });
    expect(response.status).toBe(404);
  });
});

describe('the member’s own progress', () => {
  it('shows an applicant their steps and what comes next, without who typed them in', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id, { phone: '13622220001' });
    await recordAll(t.admin, applicant.id, stepsBefore(journey, 'activist_designated'));
    const account = await t.admin.post(`/api/persons/${applicant.id}/account`, { password: 'Member2026ab' });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    const member = t.client();
    await member.login('13622220001', 'Member2026ab');

    const own = await member.get<DevelopmentView>('/api/me/development');
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.personId).toBe(applicant.id);
    expect(own.body.steps.map((s) => s.step)).toEqual(['application_submitted', 'first_talk']);
    expect(own.body.steps.every((s) => s.recordedBy === null)).toBe(true);
    expect(own.body.nextSteps.map((s) => s.step)).toContain('activist_designated');
    // The member's account reaches nobody else's process.
    expect((await member.get(`/api/persons/${applicant.id}/development`)).status).toBe(403);
  });
});

describe('the person’s timeline', () => {
  it('names development steps in Chinese, not by their keys', async () => {
    const applicant = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, applicant.id, stepsBefore(journey, 'activist_designated'));
    const events = await t.admin.get<PersonEvent[]>(`/api/persons/${applicant.id}/events`);
    expect(events.body.find((e) => e.type === 'first_talk')?.details.label).toBe('派人谈话');
  });
});
