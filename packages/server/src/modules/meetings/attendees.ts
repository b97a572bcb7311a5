import { MEMBER_STAGES, type AttendeeScope } from '@jiceng/core';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgPosts } from '../orgs/schema';
import { persons } from '../persons/schema';

/** Counted members (T14): probationary or full, standing active, not moved out of Jiceng. */
const countedMember = and(
  inArray(persons.stage, [...MEMBER_STAGES]),
  eq(persons.standing, 'active'),
  isNull(persons.transferredOutOn),
);

/**
 * Who is expected, fixed when the meeting is planned: the branch's members, the holders of its current
 * posts (the committee), or the members of the meeting's group.
 */
export async function expectedAttendees(
  tx: Tx,
  scope: Exclude<AttendeeScope, 'custom'>,
  orgId: number,
  groupId: number | null,
): Promise<number[]> {
  if (scope === 'committee') {
    const rows = await tx
      .selectDistinct({ id: orgPosts.personId })
      .from(orgPosts)
      .where(and(eq(orgPosts.orgId, orgId), isNull(orgPosts.endedOn), isNotNull(orgPosts.personId)));
    return rows.map((r) => r.id!).sort((a, b) => a - b);
  }
  const where =
    scope === 'group'
      ? and(eq(persons.orgId, orgId), eq(persons.groupId, groupId ?? -1), countedMember)
      : and(eq(persons.orgId, orgId), countedMember);
  const rows = await tx.select({ id: persons.id }).from(persons).where(where).orderBy(persons.id);
  return rows.map((r) => r.id);
}
