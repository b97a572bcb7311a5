import type { Person, PersonTrainings, Pipeline, StepRecorded, StepRecordInput } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { developmentSetup, newcomer, recordAll, stepsBefore } from '../development/test-journey';
import { addSessions, createCourse, enrolAll, markPresent } from './test-support';

/** Step 11 (集中培训) reads the training attendance Jiceng recorded (development.md D9). */
let t: TestApp;
let tree: SampleTree;
let townStaff: TestClient;
let journey: StepRecordInput[];
let training: StepRecordInput;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  townStaff = await signedInAs(t, 'org_staff', tree.township.id);
  journey = await developmentSetup(t, tree.branchX.id, tree.township.id);
  training = journey.find((s) => s.step === 'training_completed')!;
});
afterAll(async () => {
  await t?.close();
});

/** A candidate (steps 1–10 recorded) who attended the given sessions of a candidates' course. */
async function candidateTrained(sessions: [string, number][], endsOn = '2023-07-05'): Promise<Person> {
  const person = await newcomer(t.admin, tree.branchX.id);
  await recordAll(t.admin, person.id, stepsBefore(journey, 'training_completed'));
  const course = await createCourse(townStaff, tree.township.id, { endsOn });
  const ids = await addSessions(townStaff, course.id, sessions);
  await enrolAll(townStaff, course.id, [person.id]);
  await markPresent(townStaff, course.id, ids, [person.id]);
  return person;
}

const recordTraining = (personId: number, data?: StepRecordInput['data']) =>
  t.admin.post<StepRecorded>(`/api/persons/${personId}/development/steps`, {
    step: 'training_completed',
    date: training.date,
    ...(data ? { data } : {}),
  });

describe('step 11 from the training Jiceng recorded', () => {
  it('passes a candidate trained 24 class hours, filling the days and hours', async () => {
    const person = await candidateTrained([
      ['2023-07-02', 8],
      ['2023-07-03', 8],
      ['2023-07-04', 8],
    ]);
    const response = await recordTraining(person.id);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.step.data.training).toEqual({
      days: 3,
      hours: 24,
      recordedDays: 3,
      recordedHours: 24,
    });
  });

  it('refuses a candidate trained 16 hours on two days, naming D9 and what is missing', async () => {
    const person = await candidateTrained([
      ['2023-07-02', 8],
      ['2023-07-03', 8],
    ]);
    const response = await recordTraining(person.id);
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'development.md D9', field: 'training' });
    expect(errorOf(response).message).toBe(
      '集中培训须不少于 3 天或 24 学时，现为 2 天、16 学时，还差 1 天或 8 学时',
    );
  });

  it('counts only the sessions held by the step date', async () => {
    const person = await candidateTrained(
      [
        ['2023-07-02', 8],
        ['2023-07-03', 8],
        ['2023-07-21', 8],
      ],
      '2023-07-25',
    );
    const response = await recordTraining(person.id);
    expect(response.status).toBe(422);
  });

  it('refuses hand figures above the record without saying where the training was', async () => {
    const person = await candidateTrained([['2023-07-02', 8]]);
    const response = await recordTraining(person.id, { training: { hours: 24 } });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'development.md D9', field: 'training' });
    expect(errorOf(response).message).toContain('平台记录的培训为 1 天、8 学时');
  });

  it('accepts training held outside Jiceng when it is named, keeping both figures', async () => {
    const person = await candidateTrained([['2023-07-02', 8]]);
    const response = await recordTraining(person.id, {
      training: { hours: 24, outside: '市委党校发展对象培训班' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.step.data.training).toEqual({
      days: 1,
      hours: 24,
      recordedDays: 1,
      recordedHours: 8,
      outside: '市委党校发展对象培训班',
    });
  });

  it('does not count a village cadres course toward admission', async () => {
    const person = await newcomer(t.admin, tree.branchX.id);
    await recordAll(t.admin, person.id, stepsBefore(journey, 'training_completed'));
    const course = await createCourse(townStaff, tree.township.id, { audience: 'village_cadres' });
    const ids = await addSessions(townStaff, course.id, [
      ['2023-07-02', 8],
      ['2023-07-03', 8],
      ['2023-07-04', 8],
    ]);
    await enrolAll(townStaff, course.id, [person.id]);
    await markPresent(townStaff, course.id, ids, [person.id]);
    const view = await t.admin.get<PersonTrainings>(`/api/persons/${person.id}/trainings?asOf=2023-07-20`);
    expect(view.body.total).toEqual({ days: 3, hours: 24 });
    expect(view.body.admission).toMatchObject({ days: 0, hours: 0, met: false });
    expect((await recordTraining(person.id)).status).toBe(422);
  });
});

describe('the development board', () => {
  it("shows each candidate's training against D9 on the card", async () => {
    const person = await candidateTrained([
      ['2023-07-02', 8],
      ['2023-07-03', 8],
    ]);
    const board = await t.admin.get<Pipeline>(`/api/development/pipeline?orgId=${tree.branchX.id}`);
    const card = board.body.columns
      .find((c) => c.stage === 'candidate')!
      .cards.find((c) => c.personId === person.id);
    expect(card?.training).toEqual({ days: 2, hours: 16, met: false, rule: 'development.md D9' });
  });
});
