import {
  chinaToday,
  MEETING_STATE_LABELS,
  type AttendanceMarkInput,
  type MeetingCancelInput,
  type MeetingDetail,
  type MeetingHoldInput,
  type MeetingState,
  type MinutesInput,
} from '@jiceng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { AppError, ruleViolated } from '../../http/errors';
import { requireMeeting, requireOpen, type MeetingRow } from './access';
import { notifyPersons } from './notify-attendees';
import { meetingAttendees, meetings } from './schema';
import { detailOf } from './views';

type Change = (tx: Tx, row: MeetingRow, ctx: RequestContext, actorId: number) => Promise<void>;

/** Every change to an open meeting: load it locked, refuse a closed or cancelled one, answer the detail. */
async function change(db: Db, ctx: RequestContext, id: number, work: Change): Promise<MeetingDetail> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const row = await requireMeeting(tx, actor, 'meeting.manage', id, { lock: true });
    requireOpen(row);
    await work(tx, row, ctx, actor.userId);
    return detailOf(tx, actor, await requireMeeting(tx, actor, 'meeting.manage', id));
  });
}

const audit = (
  tx: Tx,
  ctx: RequestContext,
  row: MeetingRow,
  action: string,
  summary: Record<string, unknown>,
) =>
  recordAudit(tx, ctx, {
    action,
    entityType: 'meeting',
    entityId: row.meeting.id,
    orgId: row.meeting.orgId,
    summary,
  });

/** A meeting is held on a day that has come (the "a meeting dated in the future marked held"). */
export function holdMeeting(db: Db, ctx: RequestContext, id: number, input: MeetingHoldInput) {
  return change(db, ctx, id, async (tx, row) => {
    if (input.heldOn > chinaToday()) {
      throw ruleViolated({
        rule: 'org-life.md L3',
        field: 'heldOn',
        message: `召开日期（${input.heldOn}）晚于今天，会议召开后才能标记为已召开`,
        allowedFrom: input.heldOn,
      });
    }
    await tx
      .update(meetings)
      .set({ state: 'held', heldOn: input.heldOn, updatedAt: new Date() })
      .where(eq(meetings.id, row.meeting.id));
    await audit(tx, ctx, row, 'meeting.held', {
      before: { state: row.meeting.state, heldOn: row.meeting.heldOn },
      after: { state: 'held', heldOn: input.heldOn },
    });
  });
}

export function saveMinutes(db: Db, ctx: RequestContext, id: number, input: MinutesInput) {
  return change(db, ctx, id, async (tx, row) => {
    await tx
      .update(meetings)
      .set({ minutes: input, updatedAt: new Date() })
      .where(eq(meetings.id, row.meeting.id));
    await audit(tx, ctx, row, 'meeting.minutes_saved', { before: row.meeting.minutes, after: input });
  });
}

/** Marks by hand: only people on the expected list; an excused mark keeps its reason. */
export function markAttendance(db: Db, ctx: RequestContext, id: number, input: AttendanceMarkInput) {
  return change(db, ctx, id, async (tx, row, _ctx, actorId) => {
    const ids = input.marks.map((m) => m.personId);
    const expected = ids.length
      ? await tx
          .select({ personId: meetingAttendees.personId })
          .from(meetingAttendees)
          .where(
            and(
              eq(meetingAttendees.meetingId, row.meeting.id),
              eq(meetingAttendees.expected, true),
              inArray(meetingAttendees.personId, ids),
            ),
          )
      : [];
    const known = new Set(expected.map((e) => e.personId));
    const strangers = ids.filter((p) => !known.has(p));
    if (strangers.length) {
      const index = input.marks.findIndex((m) => !known.has(m.personId));
      throw ruleViolated({
        rule: 'org-life.md L3',
        field: `marks.${index}.personId`,
        message: `${strangers.length} 名人员不在本次会议的应到人员名单中，不能登记出席情况`,
      });
    }
    const now = new Date();
    for (const mark of input.marks) {
      await tx
        .update(meetingAttendees)
        .set({
          mark: mark.mark,
          reason: mark.mark === 'excused' ? mark.reason!.trim() : null,
          markedVia: 'secretary',
          markedAt: now,
          markedBy: actorId,
        })
        .where(
          and(eq(meetingAttendees.meetingId, row.meeting.id), eq(meetingAttendees.personId, mark.personId)),
        );
    }
    await audit(tx, ctx, row, 'meeting.attendance_marked', {
      after: input.marks.map((m) => ({ personId: m.personId, mark: m.mark, reason: m.reason ?? null })),
    });
  });
}

/** A cancelled meeting is over; the people expected are told. */
export function cancelMeeting(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: MeetingCancelInput,
) {
  return change(db, ctx, id, async (tx, row) => {
    if (row.meeting.state !== 'planned') {
      const state = MEETING_STATE_LABELS[row.meeting.state as MeetingState];
      throw new AppError(409, 'conflict', `会议${state}，只有尚未召开的会议可以取消`);
    }
    await tx
      .update(meetings)
      .set({ state: 'cancelled', updatedAt: new Date() })
      .where(eq(meetings.id, row.meeting.id));
    const expected = await tx
      .select({ personId: meetingAttendees.personId })
      .from(meetingAttendees)
      .where(eq(meetingAttendees.meetingId, row.meeting.id));
    const reason = input.reason ? `，原因：${input.reason}` : '';
    await notifyPersons(
      tx,
      cipher,
      expected.map((e) => e.personId),
      {
        title: `会议取消：${row.meeting.title}`,
        body: `原定 ${row.meeting.plannedOn} 召开的“${row.meeting.title}”已取消${reason}。`,
      },
    );
    await audit(tx, ctx, row, 'meeting.cancelled', {
      before: { state: row.meeting.state },
      reason: input.reason ?? null,
    });
  });
}
