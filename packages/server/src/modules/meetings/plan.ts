import type { MeetingDetail, MeetingPlanInput } from '@jiceng/core';
import { and, eq, isNull } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { AppError } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { requireMeeting } from './access';
import { expectedAttendees } from './attendees';
import { resolveKind } from './kinds';
import { notifyPersons } from './notify-attendees';
import { meetingAttendees, meetings } from './schema';
import { detailOf } from './views';

const refuse = (message: string, field: string) => new AppError(422, 'rule_violated', message, field);

/** The group must be a live group directly under the meeting's org. */
async function requireGroupOf(tx: Tx, orgId: number, groupId: number): Promise<void> {
  const [group] = await tx
    .select({ id: orgs.id })
    .from(orgs)
    .where(
      and(eq(orgs.id, groupId), eq(orgs.parentId, orgId), eq(orgs.kind, 'group'), isNull(orgs.dissolvedAt)),
    );
  if (!group) throw refuse('所选党小组不属于本组织', 'groupId');
}

/** "东街支部定于 2026-11-20 14:30 在村党群服务中心召开支部党员大会" — what the inbox and the text say. */
function noticeOf(orgName: string, kindLabel: string, input: MeetingPlanInput) {
  const when = input.startsAt ? `${input.plannedOn} ${input.startsAt}` : input.plannedOn;
  const where = input.place ? `在${input.place}` : '';
  return {
    title: `会议通知：${input.title}`,
    body: `${orgName}定于 ${when} ${where}召开${kindLabel}（${input.title}），请准时参加。`,
  };
}

/**
 * Plans a meeting: the expected attendees are fixed now from the kind's attendee scope, each gets a
 * notice (inbox and text), and the meeting gets the secret its sign-in QR code carries.
 */
export async function planMeeting(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: MeetingPlanInput,
): Promise<MeetingDetail> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.manage', input.orgId);
    if (org.kind === 'group') throw refuse('党小组会请在所在党支部安排，并选择党小组', 'orgId');
    const kind = await resolveKind(tx, org.path, input.kind);
    if (!kind) throw refuse(`“${input.kind}”不是本组织可用的活动类别`, 'kind');
    const scope = kind.attendeeScope === 'custom' ? 'all_members' : kind.attendeeScope;
    if (scope === 'group' && input.groupId === undefined) throw refuse('须选择党小组', 'groupId');
    const groupId = scope === 'group' ? input.groupId! : null;
    if (groupId !== null) await requireGroupOf(tx, org.id, groupId);
    const expected = await expectedAttendees(tx, scope, org.id, groupId);
    const [tenant] = await tx.select({ id: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, org.id));
    const [created] = await tx
      .insert(meetings)
      .values({
        tenantOrgId: tenant!.id,
        orgId: org.id,
        groupId,
        kind: input.kind,
        title: input.title,
        plannedOn: input.plannedOn,
        startsAt: input.startsAt ?? null,
        place: input.place ?? null,
        agenda: input.agenda || null,
        signInToken: randomBytes(18).toString('base64url'),
        createdBy: actor.userId,
      })
      .returning({ id: meetings.id });
    const id = created!.id;
    if (expected.length) {
      await tx.insert(meetingAttendees).values(expected.map((personId) => ({ meetingId: id, personId })));
    }
    await notifyPersons(tx, cipher, expected, noticeOf(org.name, kind.label, input));
    await recordAudit(tx, ctx, {
      action: 'meeting.planned',
      entityType: 'meeting',
      entityId: id,
      orgId: org.id,
      summary: {
        after: { kind: input.kind, title: input.title, plannedOn: input.plannedOn, groupId },
        expected: expected.length,
      },
    });
    return detailOf(tx, actor, await requireMeeting(tx, actor, 'meeting.manage', id));
  });
}
