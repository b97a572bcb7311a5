import type { Person, StepRecorded, StepRecordInput } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createPerson } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

const passedVote = { entitled: 10, present: 8, yes: 7, no: 1, abstain: 0 };

/** The 25 steps on plausible past dates (as in core's evaluate tests); who takes part is filled in per test. */
export function journeySteps(ids: {
  sponsor: number;
  introducers: [number, number];
  approver: number;
}): StepRecordInput[] {
  return [
    { step: 'application_submitted', date: '2022-03-01' },
    { step: 'first_talk', date: '2022-03-20', data: { note: '谈话人：张三' } },
    { step: 'activist_designated', date: '2022-06-15' },
    { step: 'activist_filed', date: '2022-06-20' },
    {
      step: 'sponsors_assigned',
      date: '2022-06-20',
      data: { participants: [{ personId: ids.sponsor, role: 'sponsor' }] },
    },
    { step: 'cultivation_assessed', date: '2022-12-15' },
    { step: 'candidate_designated', date: '2023-06-15' },
    { step: 'candidate_filed', date: '2023-06-20' },
    {
      step: 'introducers_assigned',
      date: '2023-06-20',
      data: {
        participants: ids.introducers.map((personId) => ({ personId, role: 'introducer' as const })),
      },
    },
    { step: 'political_review', date: '2023-07-10', data: { result: 'pass' } },
    {
      step: 'training_completed',
      date: '2023-07-20',
      data: { training: { days: 3, outside: '县委党校发展对象培训班（平台外）' } },
    },
    { step: 'committee_review', date: '2023-08-01', data: { result: 'pass' } },
    { step: 'pre_review', date: '2023-08-10', orgId: ids.approver, data: { result: 'pass' } },
    { step: 'admission_form', date: '2023-08-15' },
    { step: 'admission_meeting', date: '2023-09-01', data: { vote: passedVote } },
    { step: 'approval_talk', date: '2023-09-10', orgId: ids.approver },
    { step: 'admission_approved', date: '2023-10-01', orgId: ids.approver },
    { step: 'admission_filed', date: '2023-10-10' },
    { step: 'placed', date: '2023-10-10' },
    { step: 'oath', date: '2023-10-15' },
    { step: 'probation_assessed', date: '2024-03-01' },
    { step: 'conversion_applied', date: '2024-08-20' },
    { step: 'conversion_meeting', date: '2024-09-03', data: { vote: passedVote } },
    { step: 'conversion_approved', date: '2024-10-08', orgId: ids.approver },
    { step: 'archived', date: '2024-10-20' },
  ];
}

/** The steps before the given one. */
export function stepsBefore(all: StepRecordInput[], step: StepRecordInput['step']): StepRecordInput[] {
  return all.slice(
    0,
    all.findIndex((s) => s.step === step),
  );
}

export async function recordAll(client: TestClient, personId: number, steps: StepRecordInput[]) {
  let last: StepRecorded | null = null;
  for (const step of steps) {
    const response = await client.post<StepRecorded>(`/api/persons/${personId}/development/steps`, step);
    expect(response.status, `${step.step}: ${JSON.stringify(response.body)}`).toBe(201);
    last = response.body;
  }
  return last;
}

/** Someone with no stage yet, about to apply. */
export function newcomer(client: TestClient, orgId: number, overrides: Record<string, unknown> = {}) {
  return createPerson(client, orgId, { admissionDate: null, conversionDate: null, ...overrides });
}

/** A branch with a full member to sponsor and introduce, under a committee that may approve admissions. */
export async function developmentSetup(t: TestApp, branchId: number, committeeId: number) {
  const approving = await t.admin.patch(`/api/orgs/${committeeId}`, { mayApproveAdmissions: true });
  expect(approving.status, JSON.stringify(approving.body)).toBe(200);
  const sponsor: Person = await createPerson(t.admin, branchId);
  const second: Person = await createPerson(t.admin, branchId);
  return journeySteps({ sponsor: sponsor.id, introducers: [sponsor.id, second.id], approver: committeeId });
}

export async function eventCount(t: TestApp, personId: number): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM person_events WHERE person_id = ${personId}`,
  );
  return Number(result.rows[0]!.n);
}
