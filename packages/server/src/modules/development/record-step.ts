import { chinaToday, evaluateStep, type StepRecorded, type StepRecordInput } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { appendPersonEvents } from '../persons/events';
import { personEvents, persons } from '../persons/schema';
import { liveHistory, stepEntries } from './history';
import { lockPerson, personEventRows } from './queries';
import { StepRefused } from './refusal';
import { stageEffects } from './stage-effects';
import { decidingOrg, resolveStepData } from './step-input';
import { developmentView, stepView } from './view';

/**
 * Records one development step after the rule engine has judged it against the person's history. A refusal
 * writes nothing; an accepted step, its stage effects, the re-derived stage and the audit row commit together.
 */
export async function recordStep(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: StepRecordInput,
): Promise<StepRecorded> {
  const actor = requirePermission(ctx, 'person.manage');
  const today = chinaToday();
  return db.transaction(async (tx) => {
    const { person, orgPath } = await requirePerson(tx, actor, 'person.manage', personId);
    await lockPerson(tx, personId);
    const org = await decidingOrg(tx, actor, person, orgPath, input.orgId);
    const data = await resolveStepData(tx, actor, input, org, personId);
    const history = liveHistory(stepEntries(await personEventRows(tx, personId)));
    const proposal = { step: input.step, date: input.date, data };
    const evaluation = evaluateStep(history, proposal, { today, birthDate: person.birthDate });
    if (!evaluation.allowed) throw new StepRefused(evaluation.violations);

    const [event] = await tx
      .insert(personEvents)
      .values({
        personId,
        tenantOrgId: person.tenantOrgId,
        type: input.step,
        occurredOn: input.date,
        orgId: org.id,
        recordedBy: actor.userId,
        details: { ...data, ruleSetId: evaluation.ruleSetId },
      })
      .returning({ id: personEvents.id });
    const effects = stageEffects(history, proposal, today).map((e) => ({
      type: e.type,
      occurredOn: e.occurredOn,
      orgId: org.id,
      details: { ...e.details, stepEventId: event!.id },
    }));
    await appendPersonEvents(tx, person, actor.userId, effects);
    await recordAudit(tx, ctx, {
      action: 'development.step_recorded',
      entityType: 'person',
      entityId: personId,
      orgId: person.orgId,
      summary: {
        eventId: event!.id,
        step: input.step,
        date: input.date,
        decidingOrgId: org.id,
        effects: effects.map((e) => `${e.type} ${e.occurredOn}`),
      },
    });

    const rows = await personEventRows(tx, personId);
    const [after] = await tx
      .select({ id: persons.id, stage: persons.stage, birthDate: persons.birthDate })
      .from(persons)
      .where(eq(persons.id, personId));
    const development = developmentView(after!, rows, today);
    const recorded = stepEntries(rows).find((e) => e.id === event!.id)!;
    return {
      step: stepView(
        recorded,
        rows.find((r) => r.id === event!.id)!,
      ),
      warnings: evaluation.warnings,
      development,
    };
  });
}
