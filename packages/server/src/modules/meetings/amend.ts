import type { AmendedMark, AmendmentInput, MeetingDetail, MinutesView } from '@jiceng/core';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { conflict } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { recomputePerson } from '../points/recompute';
import { requireMeeting } from './access';
import { amendedAttendees, attendanceChanges, minutesChanges } from './amend-changes';
import { minutesHashOf, quorumViolations } from './close';
import { meetingAmendments, meetingAttendees, meetings } from './schema';
import { attendeesOf, detailOf } from './views';

async function writeMarks(
  tx: Tx,
  meetingId: number,
  after: readonly AmendedMark[],
  actorId: number,
): Promise<void> {
  const now = new Date();
  for (const change of after) {
    await tx
      .update(meetingAttendees)
      .set({
        mark: change.mark,
        reason: change.reason,
        markedVia: 'amendment',
        markedAt: now,
        markedBy: actorId,
      })
      .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.personId, change.personId)));
  }
}

/**
 * A reasoned change to a closed meeting's minutes, its attendance or both: what it was and what it became
 * are kept, a new hash is chained, and the points of everyone whose mark changed follow at once. One
 * transaction: a refusal anywhere leaves nothing written.
 */
export async function amendMeeting(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: AmendmentInput,
): Promise<MeetingDetail> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const row = await requireMeeting(tx, actor, 'meeting.manage', id, { lock: true });
    const m = row.meeting;
    if (m.state !== 'closed') throw conflict('只有已归档的会议需要更正；未归档的会议可以直接修改记录');
    const minutes = m.minutes as MinutesView;
    const attendees = await attendeesOf(tx, id);
    const text = minutesChanges(minutes, input.minutes);
    const marks = attendanceChanges(attendees, input.attendance);
    if (Object.keys(text.after).length === 0 && marks.after.length === 0) {
      throw conflict('更正内容与原记录相同', input.attendance?.length ? 'attendance' : 'minutes');
    }
    const amended = { ...minutes, ...text.after } as MinutesView;
    const attendance = amendedAttendees(attendees, marks.after);
    // Checked only when the vote or the marks change: the stages behind the count are today's, and a
    // typo fixed in the topics must not be refused because a member was converted since the meeting.
    if (marks.after.length > 0 || 'vote' in text.after) {
      const violations = quorumViolations(m.kind, amended, attendance);
      if (violations.length) throw new StepRefused(violations);
    }
    const heldOn = m.heldOn!;
    const hash = minutesHashOf(heldOn, amended, attendance);
    const withMarks = (side: Partial<MinutesView>, list: AmendedMark[]) =>
      list.length ? { ...side, attendance: list } : side;
    const before = withMarks(text.before, marks.before);
    const after = withMarks(text.after, marks.after);

    await tx
      .insert(meetingAmendments)
      .values({ meetingId: id, reason: input.reason, before, after, amendedBy: actor.userId });
    await writeMarks(tx, id, marks.after, actor.userId);
    await tx
      .update(meetings)
      .set({ minutes: amended, minutesHash: hash, updatedAt: new Date() })
      .where(eq(meetings.id, id));
    await recordAudit(tx, ctx, {
      action: 'meeting.amended',
      entityType: 'meeting',
      entityId: id,
      orgId: m.orgId,
      summary: { reason: input.reason, before, after, previousHash: m.minutesHash, minutesHash: hash },
    });
    // Points come from the marks of closed meetings (points/facts.ts), counted in the year held.
    const year = Number(heldOn.slice(0, 4));
    for (const change of marks.after) await recomputePerson(tx, change.personId, year);
    return detailOf(tx, actor, await requireMeeting(tx, actor, 'meeting.manage', id));
  });
}
