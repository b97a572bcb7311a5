import type { MeetingDetail, Person } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { createPerson } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

export const MEMBER_PASSWORD = 'Member2026ab';

export const MINUTES = {
  place: '村党群服务中心',
  host: '张书记',
  recorder: '李委员',
  topics: '学习党章第三章',
  decisions: '',
};

export function ok<T>(response: { status: number; body: T }, status = 200): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

let phoneSequence = 0;
/** A phone number unique within the test run, for a member who signs in with it. */
export function uniquePhone(): string {
  phoneSequence += 1;
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneSequence).padStart(4, '0')}`;
}

export const probationary = { admissionDate: '2025-07-01', conversionDate: null };
export const applicant = { admissionDate: null, conversionDate: null };

/** A member with an account, and a client signed in as them with their phone number. */
export async function memberWithAccount(
  t: TestApp,
  orgId: number,
  overrides: Record<string, unknown> = {},
): Promise<{ person: Person; client: TestClient }> {
  const phone = uniquePhone();
  const person = await createPerson(t.admin, orgId, { phone, ...overrides });
  ok(await t.admin.post(`/api/persons/${person.id}/account`, { password: MEMBER_PASSWORD }), 201);
  const client = t.client();
  await client.login(phone, MEMBER_PASSWORD);
  return { person, client };
}

export function plan(client: TestClient, body: Record<string, unknown>) {
  return client.post<MeetingDetail>('/api/meetings', body);
}

/** Rows a refused write must not have touched: the meeting, its attendees, amendments and audit rows. */
export async function footprint(t: TestApp, meetingId: number) {
  const result = await t.database.db.execute<{
    meeting: string;
    attendees: string;
    amendments: number;
    audit: number;
  }>(
    sql`SELECT (SELECT row_to_json(m)::text FROM meetings m WHERE m.id = ${meetingId}) AS meeting,
               (SELECT coalesce(json_agg(a ORDER BY a.id)::text, '') FROM meeting_attendees a WHERE a.meeting_id = ${meetingId}) AS attendees,
               (SELECT count(*)::int FROM meeting_amendments WHERE meeting_id = ${meetingId}) AS amendments,
               (SELECT count(*)::int FROM audit_log WHERE entity_type = 'meeting' AND entity_id = ${String(meetingId)}) AS audit`,
  );
  return result.rows[0];
}
