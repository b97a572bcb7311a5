import { chinaToday, type DevelopmentView } from '@jiceng/core';
import type { RequestContext } from '../../auth/actor';
import { requireActor, requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import type { Db } from '../../db/connection';
import { ownPerson } from '../persons/self-service';
import { personEventRows } from './queries';
import { developmentView } from './view';

/** A person's development: the steps recorded, what may come next and from when, and the probation dates. */
export async function getDevelopment(
  db: Db,
  ctx: RequestContext,
  personId: number,
): Promise<DevelopmentView> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'person.read', personId);
    return developmentView(person, await personEventRows(tx, personId), chinaToday());
  });
}

/** A member's own development on their phone: the same view, without who typed each step in. */
export async function getOwnDevelopment(db: Db, ctx: RequestContext): Promise<DevelopmentView> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    const view = developmentView(person, await personEventRows(tx, person.id), chinaToday());
    return { ...view, steps: view.steps.map((s) => ({ ...s, recordedBy: null })) };
  });
}
