import {
  chinaToday,
  pathInScope,
  type AttendanceMark,
  type MarkedVia,
  type Meeting,
  type MeetingDetail,
  type MeetingState,
  type MinutesView,
  type Stage,
} from '@jiceng/core';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { persons } from '../persons/schema';
import { users } from '../users/schema';
import type { MeetingRow } from './access';
import { kindLabeler } from './kinds';
import { meetingAmendments, meetingAttendees } from './schema';

export interface Counts {
  expected: number;
  present: number;
}

/** Expected and present of each meeting (guests count as present, not as expected). */
export async function countsOf(tx: Tx, ids: readonly number[]): Promise<Map<number, Counts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      meetingId: meetingAttendees.meetingId,
      expected: sql<number>`count(*) FILTER (WHERE ${meetingAttendees.expected})::int`,
      present: sql<number>`count(*) FILTER (WHERE ${meetingAttendees.mark} = 'present')::int`,
    })
    .from(meetingAttendees)
    .where(inArray(meetingAttendees.meetingId, [...ids]))
    .groupBy(meetingAttendees.meetingId);
  return new Map(rows.map((r) => [r.meetingId, { expected: r.expected, present: r.present }]));
}

export function toMeeting(row: MeetingRow, kindLabel: string, counts: Counts | undefined): Meeting {
  const m = row.meeting;
  return {
    id: m.id,
    orgId: m.orgId,
    orgName: row.orgName,
    groupId: m.groupId,
    groupName: row.groupName,
    kind: m.kind,
    kindLabel,
    title: m.title,
    plannedOn: m.plannedOn,
    startsAt: m.startsAt,
    place: m.place,
    agenda: m.agenda,
    state: m.state as MeetingState,
    heldOn: m.heldOn,
    expectedCount: counts?.expected ?? 0,
    presentCount: counts?.present ?? 0,
    closedAt: m.closedAt?.toISOString() ?? null,
  };
}

/** Meetings of several orgs as the list shows them. */
export async function toMeetings(tx: Tx, rows: readonly MeetingRow[]): Promise<Meeting[]> {
  const label = await kindLabeler(
    tx,
    rows.map((r) => r.orgPath),
  );
  const counts = await countsOf(
    tx,
    rows.map((r) => r.meeting.id),
  );
  return rows.map((r) => toMeeting(r, label(r.meeting.kind, r.orgPath), counts.get(r.meeting.id)));
}

/** Sign-in works on the meeting day (planned or held, China time) until the meeting is closed. */
export function signInOpen(row: MeetingRow, today = chinaToday()): boolean {
  const m = row.meeting;
  if (m.state === 'closed' || m.state === 'cancelled') return false;
  return m.plannedOn === today || m.heldOn === today;
}

export async function attendeesOf(tx: Tx, meetingId: number): Promise<MeetingDetail['attendees']> {
  const rows = await tx
    .select({ a: meetingAttendees, name: persons.name, stage: persons.stage })
    .from(meetingAttendees)
    .innerJoin(persons, eq(persons.id, meetingAttendees.personId))
    .where(eq(meetingAttendees.meetingId, meetingId))
    // Expected first, in the order of the roll; guests after them.
    .orderBy(asc(meetingAttendees.guest), asc(meetingAttendees.id));
  return rows.map(({ a, name, stage }) => ({
    personId: a.personId,
    name,
    stage: stage as Stage | null,
    expected: a.expected,
    guest: a.guest,
    mark: a.mark as AttendanceMark | null,
    reason: a.reason,
    markedVia: a.markedVia as MarkedVia | null,
    markedAt: a.markedAt?.toISOString() ?? null,
  }));
}

async function amendmentsOf(tx: Tx, meetingId: number): Promise<MeetingDetail['amendments']> {
  const rows = await tx
    .select({ a: meetingAmendments, by: users.displayName })
    .from(meetingAmendments)
    .leftJoin(users, eq(users.id, meetingAmendments.amendedBy))
    .where(eq(meetingAmendments.meetingId, meetingId))
    .orderBy(asc(meetingAmendments.id));
  return rows.map(({ a, by }) => ({
    id: a.id,
    reason: a.reason,
    before: a.before as Record<string, unknown>,
    after: a.after as Record<string, unknown>,
    amendedBy: by,
    createdAt: a.createdAt.toISOString(),
  }));
}

/** The whole meeting for an actor known to read it; the QR secret only for those who manage it. */
export async function detailOf(tx: Tx, actor: Actor, row: MeetingRow): Promise<MeetingDetail> {
  const [meeting] = await toMeetings(tx, [row]);
  const mayManage = pathInScope(scopeOf(actor, 'meeting.manage'), row.orgPath);
  const token = row.meeting.signInToken;
  return {
    ...meeting!,
    minutes: (row.meeting.minutes as MinutesView | null) ?? null,
    minutesHash: row.meeting.minutesHash,
    attendees: await attendeesOf(tx, row.meeting.id),
    amendments: await amendmentsOf(tx, row.meeting.id),
    mayManage,
    signInOpen: signInOpen(row),
    signInToken: mayManage ? token : null,
    signInPath: mayManage ? `/sign-in/${token}` : null,
  };
}
