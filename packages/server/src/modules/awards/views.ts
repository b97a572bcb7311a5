import { awardKindLabel, type Award } from '@jiceng/core';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { awards } from './schema';

/** Awards matching `where` (over awards, their org and their person), newest first, as the API shows them. */
export async function loadAwards(tx: Tx, where: SQL): Promise<Award[]> {
  const rows = await tx
    .select({ award: awards, orgName: orgs.name, personName: persons.name })
    .from(awards)
    .leftJoin(orgs, eq(orgs.id, awards.orgId))
    .leftJoin(persons, eq(persons.id, awards.personId))
    .where(where)
    .orderBy(desc(awards.year), desc(awards.conferredOn), desc(awards.id));
  return rows.map(({ award: a, orgName, personName }) => ({
    id: a.id,
    kind: a.kind,
    kindLabel: awardKindLabel(a.kind),
    level: a.level,
    conferredBy: a.conferredBy,
    conferredOn: a.conferredOn,
    year: a.year,
    orgId: a.orgId,
    orgName,
    personId: a.personId,
    personName,
    docRef: a.docRef,
    note: a.note,
    revokedAt: a.revokedAt?.toISOString() ?? null,
    revokeReason: a.revokeReason,
  }));
}

export async function loadAward(tx: Tx, id: number): Promise<Award> {
  const [award] = await loadAwards(tx, eq(awards.id, id));
  return award!;
}

/** The active 五个好 award of an org for a year, if any. */
export async function activeFiveGoodAward(tx: Tx, orgId: number, year: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: awards.id })
    .from(awards)
    .where(
      and(
        eq(awards.orgId, orgId),
        eq(awards.year, year),
        eq(awards.kind, 'five_good'),
        sql`${awards.revokedAt} IS NULL`,
      ),
    );
  return row?.id ?? null;
}
