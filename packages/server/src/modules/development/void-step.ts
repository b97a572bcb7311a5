import { chinaToday, label, type DevelopmentView, type StepVoidInput } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { notFound, ruleViolated } from '../../http/errors';
import { appendPersonEvents } from '../persons/events';
import { persons } from '../persons/schema';
import { effectsOf, stepEntries } from './history';
import { lockPerson, personEventRows } from './queries';
import { developmentView } from './view';

/**
 * Cancels a wrongly recorded step by appending an `event_voided` event (history is never edited), together
 * with the stage events it brought. Only the latest step: every later one was judged on top of it.
 */
export async function voidStep(
  db: Db,
  ctx: RequestContext,
  personId: number,
  eventId: number,
  input: StepVoidInput,
): Promise<DevelopmentView> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'person.manage', personId);
    await lockPerson(tx, personId);
    const rows = await personEventRows(tx, personId);
    const live = stepEntries(rows).filter((e) => !e.voided);
    const target = live.find((e) => e.id === eventId);
    if (!target) throw notFound('发展党员记录');
    const latest = live.at(-1)!;
    if (latest.id !== target.id) {
      throw ruleViolated({
        rule: 'development.md D21',
        field: 'eventId',
        message: `只能撤销最近的一步；请先撤销其后的“${label(latest.record.step)}”（${latest.record.date}）`,
      });
    }
    const cancelled = [target.event, ...effectsOf(rows, target.id)];
    await appendPersonEvents(
      tx,
      person,
      actor.userId,
      cancelled.map((e) => ({
        type: 'event_voided',
        occurredOn: today,
        orgId: person.orgId,
        voidsEventId: e.id,
        details: { reason: input.reason, voidedType: e.type },
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'development.step_voided',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: { eventIds: cancelled.map((e) => e.id), step: target.record.step, reason: input.reason },
    });
    const [after] = await tx
      .select({ id: persons.id, stage: persons.stage, birthDate: persons.birthDate })
      .from(persons)
      .where(eq(persons.id, personId));
    return developmentView(after!, await personEventRows(tx, personId), today);
  });
}
