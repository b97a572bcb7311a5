import {
  chinaToday,
  checkMeetingClose,
  checkMinutesVote,
  committeeQuorum,
  generalMeetingQuorum,
  type AttendanceMark,
  type MeetingDetail,
  type MinutesView,
  type RuleViolation,
} from '@jiceng/core';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { canonicalJson } from '../../audit/hash';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { StepRefused } from '../development/refusal';
import { requireMeeting, requireOpen } from './access';
import { meetings } from './schema';
import { attendeesOf, detailOf } from './views';

type Attendees = MeetingDetail['attendees'];

/**
 * SHA-256 of the canonical JSON of what a closed meeting records: its date, the minutes and every mark.
 * The same value goes into the audit chain, so a later change to the stored minutes shows.
 */
export function minutesHashOf(heldOn: string, minutes: MinutesView, attendees: Attendees): string {
  const attendance = attendees
    .map((a) => ({
      personId: a.personId,
      expected: a.expected,
      guest: a.guest,
      mark: a.mark,
      reason: a.reason,
    }))
    .sort((a, b) => a.personId - b.personId);
  return createHash('sha256').update(canonicalJson({ heldOn, minutes, attendance })).digest('hex');
}

/** L2: a vote in the minutes of a general or committee meeting needs a quorum of those who vote. */
export function quorumViolations(kind: string, minutes: MinutesView, attendees: Attendees): RuleViolation[] {
  if (!minutes.vote) return [];
  const violations = checkMinutesVote(minutes.vote);
  const expected = attendees.filter((a) => a.expected);
  if (kind === 'general_meeting') {
    // Probationary members attend but neither vote nor count (L2).
    const full = expected.filter((a) => a.stage === 'full');
    const fullPresent = full.filter((a) => a.mark === 'present').length;
    const quorum = generalMeetingQuorum({ fullMembers: full.length, fullPresent });
    if (!quorum.quorate) {
      violations.push({
        rule: 'org-life.md L2',
        field: 'minutes.vote',
        message: `到会正式党员 ${fullPresent} 名，未超过应到正式党员（${full.length} 名）的半数，须至少 ${quorum.needed} 名才能表决`,
      });
    }
  } else if (kind === 'committee_meeting') {
    const present = expected.filter((a) => a.mark === 'present').length;
    const quorum = committeeQuorum({ size: expected.length, present });
    if (!quorum.quorate) {
      violations.push({
        rule: 'org-life.md L2',
        field: 'minutes.vote',
        message: `到会委员 ${present} 名，未超过委员（${expected.length} 名）的半数，须至少 ${quorum.needed} 名才能表决`,
      });
    }
  }
  return violations;
}

/**
 * Closes (归档) a meeting: minutes with their parts, every expected person marked (excused with a reason),
 * a date that has come, and a quorum for any vote. Refused → every missing item, nothing written.
 * Closed → locked, and the hash of its minutes and attendance enters the audit chain.
 */
export async function closeMeeting(db: Db, ctx: RequestContext, id: number): Promise<MeetingDetail> {
  const actor = requirePermission(ctx, 'meeting.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const row = await requireMeeting(tx, actor, 'meeting.manage', id, { lock: true });
    requireOpen(row);
    const m = row.meeting;
    // A meeting not yet marked held is taken as held on its planned day.
    const heldOn = m.heldOn ?? m.plannedOn;
    const minutes = (m.minutes as MinutesView | null) ?? null;
    const attendees = await attendeesOf(tx, id);
    const expected = attendees.filter((a) => a.expected);
    const violations = checkMeetingClose({
      minutes,
      expected: expected.map((a) => a.personId),
      marks: expected.flatMap((a) =>
        a.mark === null ? [] : [{ personId: a.personId, mark: a.mark as AttendanceMark, reason: a.reason }],
      ),
      heldOn,
      today,
    });
    if (minutes) violations.push(...quorumViolations(m.kind, minutes, attendees));
    if (violations.length) throw new StepRefused(violations);
    const hash = minutesHashOf(heldOn, minutes!, attendees);
    await tx
      .update(meetings)
      .set({
        state: 'closed',
        heldOn,
        closedAt: new Date(),
        closedBy: actor.userId,
        minutesHash: hash,
        updatedAt: new Date(),
      })
      .where(eq(meetings.id, id));
    await recordAudit(tx, ctx, {
      action: 'meeting.closed',
      entityType: 'meeting',
      entityId: id,
      orgId: m.orgId,
      summary: {
        minutesHash: hash,
        heldOn,
        expected: expected.length,
        present: attendees.filter((a) => a.mark === 'present').length,
      },
    });
    return detailOf(tx, actor, await requireMeeting(tx, actor, 'meeting.manage', id));
  });
}
