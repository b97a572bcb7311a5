import type { ReviewStage } from '@jiceng/core';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { persons } from '../persons/schema';

export interface RosterMember {
  personId: number;
  name: string;
  stage: ReviewStage;
}

/**
 * Who is reviewed in a branch: its members in normal standing (probationary or full, standing active, not
 * transferred out). Suspended members and those who left are not reviewed.
 */
export async function reviewRoster(tx: Tx, orgId: number): Promise<RosterMember[]> {
  const rows = await tx
    .select({ personId: persons.id, name: persons.name, stage: persons.stage })
    .from(persons)
    .where(
      and(
        eq(persons.orgId, orgId),
        inArray(persons.stage, ['probationary', 'full']),
        eq(persons.standing, 'active'),
        isNull(persons.transferredOutOn),
      ),
    )
    .orderBy(asc(persons.stage), asc(persons.name), asc(persons.id));
  return rows.map((r) => ({ personId: r.personId, name: r.name, stage: r.stage as ReviewStage }));
}
