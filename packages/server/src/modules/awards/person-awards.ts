import { chinaToday, type PersonAwards } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import type { Db } from '../../db/connection';
import { loadAllowances } from './allowances';
import { cadreAllowances, awards } from './schema';
import { personSeniority } from './seniority';
import { loadAwards } from './views';

/** A person's awards (revoked ones marked), allowances by year and this year's seniority reward. */
export async function personAwards(db: Db, ctx: RequestContext, personId: number): Promise<PersonAwards> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    const { person, orgPath } = await requirePerson(tx, actor, 'person.read', personId);
    return {
      personId: person.id,
      awards: await loadAwards(tx, eq(awards.personId, person.id)),
      allowances: await loadAllowances(tx, eq(cadreAllowances.personId, person.id)),
      seniority: await personSeniority(tx, person.id, orgPath, Number(chinaToday().slice(0, 4))),
    };
  });
}
