import { chinaToday, type SignInBlock, type SignInView, type MeetingState } from '@jiceng/core';
import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { AppError, forbidden, notFound } from '../../http/errors';
import { outflowActivities, outflows } from '../mobile/schema';
import { persons } from '../persons/schema';
import { meetingSelect, type MeetingRow } from './access';
import { kindLabeler } from './kinds';
import { meetingAttendees, meetings } from './schema';
import { signInOpen } from './views';

type PersonRow = typeof persons.$inferSelect;
type AttendeeRow = typeof meetingAttendees.$inferSelect;

interface Standing {
  row: MeetingRow;
  person: PersonRow | null;
  attendee: AttendeeRow | null;
  /** The member's confirmed outflow into the meeting's org, when they come as a guest (T9). */
  outflowId: number | null;
  block: SignInBlock | null;
  blockMessage: string | null;
}

async function requireByToken(tx: Tx, token: string, lock = false): Promise<MeetingRow> {
  const query = meetingSelect(tx).where(eq(meetings.signInToken, token));
  const [row] = lock ? await query.for('update', { of: meetings }) : await query;
  if (!row) throw notFound('会议签到码');
  return row;
}

/** Where the caller stands with the meeting: may they sign in, and if not, why (in Chinese). */
async function standingOf(tx: Tx, userId: number, row: MeetingRow, today: string): Promise<Standing> {
  const [person] = await tx.select().from(persons).where(eq(persons.userId, userId));
  const m = row.meeting;
  const [attendee] = person
    ? await tx
        .select()
        .from(meetingAttendees)
        .where(and(eq(meetingAttendees.meetingId, m.id), eq(meetingAttendees.personId, person.id)))
    : [];
  const [outflow] =
    person && !attendee?.expected
      ? await tx
          .select({ id: outflows.id })
          .from(outflows)
          .where(
            and(
              eq(outflows.personId, person.id),
              eq(outflows.state, 'confirmed'),
              eq(outflows.inflowOrgId, m.orgId),
            ),
          )
      : [];
  const base = { row, person: person ?? null, attendee: attendee ?? null, outflowId: outflow?.id ?? null };
  const blocked = (block: SignInBlock, blockMessage: string): Standing => ({ ...base, block, blockMessage });
  if (!person) return blocked('no_person', '您的账号没有关联党员档案，不能签到');
  if (!attendee?.expected && !attendee?.guest && !outflow) {
    return blocked('not_expected', '您不在本次会议的应到人员名单中，不能签到；如有疑问请联系会议组织人');
  }
  if (m.state === 'cancelled') return blocked('cancelled', '会议已取消');
  if (m.state === 'closed') return blocked('closed', '会议已结束，签到已关闭');
  if (!signInOpen(row, today)) {
    return blocked('not_today', `签到只在会议当天（${m.heldOn ?? m.plannedOn}）开放`);
  }
  return { ...base, block: null, blockMessage: null };
}

async function viewOf(tx: Tx, standing: Standing): Promise<SignInView> {
  const { row, person, attendee } = standing;
  const m = row.meeting;
  const label = await kindLabeler(tx, [row.orgPath]);
  return {
    meetingId: m.id,
    title: m.title,
    kindLabel: label(m.kind, row.orgPath),
    orgName: row.orgName,
    plannedOn: m.plannedOn,
    heldOn: m.heldOn,
    startsAt: m.startsAt,
    place: m.place,
    state: m.state as MeetingState,
    personName: person?.name ?? null,
    maySignIn: standing.block === null,
    block: standing.block,
    blockMessage: standing.blockMessage,
    signedIn: attendee?.mark === 'present',
    asGuest: attendee ? attendee.guest : standing.outflowId !== null,
  };
}

/** What the QR code opens: the meeting, and whether the signed-in caller may sign in at it. */
export async function signInView(db: Db, ctx: RequestContext, token: string): Promise<SignInView> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const row = await requireByToken(tx, token);
    return viewOf(tx, await standingOf(tx, actor.userId, row, chinaToday()));
  });
}

/**
 * Signs the caller in with the QR code: an expected member is marked present by themselves; a mobile member
 * whose confirmed outflow leads to the meeting's org signs in as a guest, and the outflow records the meeting
 * so their own branch sees it (T9). Signing in again changes nothing.
 */
export async function signIn(db: Db, ctx: RequestContext, token: string): Promise<SignInView> {
  const actor = requireActor(ctx);
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const row = await requireByToken(tx, token, true);
    const standing = await standingOf(tx, actor.userId, row, today);
    if (standing.block === 'no_person' || standing.block === 'not_expected') {
      throw forbidden(standing.blockMessage!);
    }
    if (standing.block) {
      const m = row.meeting;
      const allowedFrom = standing.block === 'not_today' && m.plannedOn > today ? m.plannedOn : undefined;
      throw new AppError(422, 'rule_violated', standing.blockMessage!, 'signIn', undefined, allowedFrom);
    }
    if (standing.attendee?.mark === 'present') return viewOf(tx, standing);
    const person = standing.person!;
    const m = row.meeting;
    const marked = {
      mark: 'present',
      reason: null,
      markedVia: 'self',
      markedAt: new Date(),
      markedBy: actor.userId,
    };
    const guest = !standing.attendee?.expected;
    if (standing.attendee) {
      await tx.update(meetingAttendees).set(marked).where(eq(meetingAttendees.id, standing.attendee.id));
    } else {
      await tx
        .insert(meetingAttendees)
        .values({ meetingId: m.id, personId: person.id, expected: false, guest: true, ...marked });
      await tx.insert(outflowActivities).values({
        outflowId: standing.outflowId!,
        occurredOn: today,
        kind: 'meeting',
        title: m.title,
        note: `扫码签到参加${row.orgName}的会议`,
        orgId: m.orgId,
        recordedBy: actor.userId,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'meeting.signed_in',
      entityType: 'meeting',
      entityId: m.id,
      orgId: m.orgId,
      summary: { personId: person.id, guest, outflowId: guest ? standing.outflowId : null },
    });
    return viewOf(tx, await standingOf(tx, actor.userId, await requireByToken(tx, token), today));
  });
}
