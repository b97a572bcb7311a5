import {
  attendanceRate,
  chinaToday,
  type AttendanceMark,
  type MyMeeting,
  type MyMeetings,
} from '@jiceng/core';
import { and, desc, eq, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor } from '../../auth/access';
import type { Db } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { groupOrg, meetingColumns } from './access';
import { meetingAttendees, meetings } from './schema';
import { toMeetings } from './views';

const RECORD_LIMIT = 50;

/**
 * A member's meetings on the phone: those to come where they are expected, the past ones with their mark,
 * and this year's attendance rate over closed meetings (only their marks are final).
 */
export async function myMeetings(db: Db, ctx: RequestContext): Promise<MyMeetings> {
  const actor = requireActor(ctx);
  const today = chinaToday();
  const year = Number(today.slice(0, 4));
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.userId, actor.userId));
    if (!person) return { upcoming: [], record: [], rate: attendanceRate(year, []) };
    const mine = and(eq(meetingAttendees.personId, person.id), ne(meetings.state, 'cancelled'));
    const day = sql`coalesce(${meetings.heldOn}, ${meetings.plannedOn})`;
    const select = () =>
      tx
        .select({ ...meetingColumns, attendee: meetingAttendees })
        .from(meetings)
        .innerJoin(orgs, eq(orgs.id, meetings.orgId))
        .leftJoin(groupOrg, eq(groupOrg.id, meetings.groupId))
        .innerJoin(meetingAttendees, eq(meetingAttendees.meetingId, meetings.id));
    const upcomingRows = await select()
      .where(
        and(
          mine,
          eq(meetingAttendees.expected, true),
          inArray(meetings.state, ['planned', 'held']),
          gte(sql`${day}`, today),
        ),
      )
      .orderBy(meetings.plannedOn, meetings.startsAt, meetings.id);
    const recordRows = await select()
      .where(and(mine, or(eq(meetings.state, 'closed'), lt(sql`${day}`, today))))
      .orderBy(desc(sql`${day}`), desc(meetings.id))
      .limit(RECORD_LIMIT);
    const marks = new Map<number, { mark: AttendanceMark | null; reason: string | null; guest: boolean }>();
    for (const r of [...upcomingRows, ...recordRows]) {
      const a = r.attendee;
      marks.set(r.meeting.id, { mark: a.mark as AttendanceMark | null, reason: a.reason, guest: a.guest });
    }
    const withMark = async (rows: typeof upcomingRows): Promise<MyMeeting[]> =>
      (await toMeetings(tx, rows)).map((m) => {
        const own = marks.get(m.id)!;
        return { ...m, myMark: own.mark, myReason: own.reason, guest: own.guest };
      });
    const yearRows = await tx
      .select({ mark: meetingAttendees.mark })
      .from(meetingAttendees)
      .innerJoin(meetings, eq(meetings.id, meetingAttendees.meetingId))
      .where(
        and(
          eq(meetingAttendees.personId, person.id),
          eq(meetingAttendees.expected, true),
          eq(meetings.state, 'closed'),
          gte(meetings.heldOn, `${year}-01-01`),
          lt(meetings.heldOn, `${year + 1}-01-01`),
        ),
      );
    return {
      upcoming: await withMark(upcomingRows),
      record: await withMark(recordRows),
      rate: attendanceRate(
        year,
        yearRows.map((r) => r.mark as AttendanceMark | null),
      ),
    };
  });
}
