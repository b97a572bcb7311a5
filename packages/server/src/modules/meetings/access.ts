import { pathInScope, type Permission } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import type { Tx } from '../../db/connection';
import { conflict, forbidden, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { meetings } from './schema';

export const groupOrg = alias(orgs, 'group_org');

/** The meeting with the names and path its views and access checks need. */
export const meetingColumns = {
  meeting: meetings,
  orgName: orgs.name,
  orgPath: orgs.path,
  groupName: groupOrg.name,
};

export type MeetingRecord = typeof meetings.$inferSelect;

export interface MeetingRow {
  meeting: MeetingRecord;
  orgName: string;
  orgPath: string;
  groupName: string | null;
}

/** `meetingColumns` with their joins. */
export function meetingSelect(tx: Tx) {
  return tx
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(orgs, eq(orgs.id, meetings.orgId))
    .leftJoin(groupOrg, eq(groupOrg.id, meetings.groupId));
}

/**
 * Loads a meeting through its org, like a person: outside what the actor may read → 404 (a sibling's
 * meetings are not revealed), readable without `permission` → 403. `lock` serializes writers of one
 * meeting, so two closes or a close and a mark are judged one after the other.
 */
export async function requireMeeting(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: number,
  options: { lock?: boolean } = {},
): Promise<MeetingRow> {
  const query = meetingSelect(tx).where(eq(meetings.id, id));
  const [row] = options.lock ? await query.for('update', { of: meetings }) : await query;
  if (!row) throw notFound('会议');
  if (!pathInScope(scopeOf(actor, 'meeting.read'), row.orgPath)) throw notFound('会议');
  if (!pathInScope(scopeOf(actor, permission), row.orgPath)) throw forbidden();
  return row;
}

/** A closed meeting is locked (changes go through an amendment); a cancelled one is over. */
export function requireOpen(row: MeetingRow): void {
  if (row.meeting.state === 'closed') throw conflict('会议已归档，不能修改；如需更正，请提交更正说明');
  if (row.meeting.state === 'cancelled') throw conflict('会议已取消');
}
