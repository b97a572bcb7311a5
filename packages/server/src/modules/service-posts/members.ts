import { MEMBER_STAGES, type Stage } from '@jiceng/core';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { AppError, badRequest } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { ownPerson } from '../persons/self-service';
import { persons } from '../persons/schema';

type PersonRow = typeof persons.$inferSelect;

/** A member on record: probationary or full, active standing, not transferred out of this install. */
export function isActiveMember(person: Pick<PersonRow, 'stage' | 'standing' | 'transferredOutOn'>): boolean {
  return (
    person.stage !== null &&
    MEMBER_STAGES.includes(person.stage as Stage) &&
    person.standing === 'active' &&
    person.transferredOutOn === null
  );
}

/** The signed-in member's own record; only members on record claim posts and sign up for activities. */
export async function ownMember(tx: Tx, userId: number): Promise<PersonRow> {
  const person = await ownPerson(tx, userId);
  if (!isActiveMember(person)) {
    throw new AppError(403, 'forbidden', '只有在册党员（含预备党员）才能认领岗位和报名活动');
  }
  return person;
}

/**
 * The given people, each an active member under the org at `orgPath` (its own members and its subtree's);
 * the first that is not is refused naming the field.
 */
export async function membersUnder(
  tx: Tx,
  personIds: readonly number[],
  orgPath: string,
  field: string,
  label: string,
): Promise<Map<number, PersonRow>> {
  const rows = personIds.length
    ? await tx
        .select({ person: persons, orgPath: orgs.path })
        .from(persons)
        .innerJoin(orgs, and(eq(orgs.id, persons.orgId), isNull(orgs.dissolvedAt)))
        .where(inArray(persons.id, [...personIds]))
    : [];
  const found = new Map(rows.map((r) => [r.person.id, r]));
  const result = new Map<number, PersonRow>();
  for (const id of personIds) {
    const row = found.get(id);
    if (!row || !row.orgPath.startsWith(orgPath) || !isActiveMember(row.person)) {
      throw badRequest(`${label}（${field}）应为本组织及下级组织的在册党员`, field);
    }
    result.set(id, row.person);
  }
  return result;
}
