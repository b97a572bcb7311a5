import {
  admissionTrainingStatus,
  chinaToday,
  nextSteps,
  PIPELINE_LIMIT,
  PIPELINE_STAGES,
  ruleSetFor,
  type Pipeline,
  type IsoDate,
  type PipelineCard,
  type TrainingTotals,
} from '@jiceng/core';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import type { Db } from '../../db/connection';
import { persons } from '../persons/schema';
import { admissionTrainingTotals } from '../trainings/person-hours';
import { peopleInDevelopment } from './board';
import { boardEntries } from './board-rules';

/** The stage board of one org's subtree: a column per stage, a card per person with what comes next. */
export async function getPipeline(db: Db, ctx: RequestContext, query: { orgId: number }): Promise<Pipeline> {
  const actor = requirePermission(ctx, 'person.read');
  const today = chinaToday();
  const set = ruleSetFor(today);
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'person.read', query.orgId);
    const people = await peopleInDevelopment(
      tx,
      inScope(persons.orgPath, scopeOf(actor, 'person.read')),
      query.orgId,
      PIPELINE_LIMIT + 1,
    );
    const shown = people.slice(0, PIPELINE_LIMIT);
    // D9 on each candidate's card, from the training attendance the trainings module recorded.
    const training = await admissionTrainingTotals(
      tx,
      shown.filter((p) => p.stage === 'candidate').map((p) => p.id),
      today,
    );
    const cards = shown.map((p): PipelineCard => {
      const stage = p.stage as PipelineCard['stage'];
      const next = nextSteps(p.history, { today, birthDate: p.birthDate })
        .filter((n) => n.step !== 'probation_cancelled' && n.step !== 'probation_extended')
        .sort((a, b) => a.earliestDate.localeCompare(b.earliestDate))[0];
      const due = boardEntries({ stage, birthDate: p.birthDate }, p.history, today, set).sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
      )[0];
      return {
        personId: p.id,
        name: p.name,
        orgName: p.orgName,
        stage,
        stageSince: p.stageDates[stage],
        next: next ? { label: next.label, earliestDate: next.earliestDate } : null,
        due: due ? { label: due.label, dueDate: due.dueDate, overdue: due.overdue } : null,
        training: trainingOf(training.get(p.id), today),
      };
    });
    return {
      today,
      columns: PIPELINE_STAGES.map((stage) => ({ stage, cards: cards.filter((c) => c.stage === stage) })),
      truncated: people.length > PIPELINE_LIMIT,
    };
  });
}

function trainingOf(totals: TrainingTotals | undefined, today: IsoDate): PipelineCard['training'] {
  if (!totals) return null;
  const { days, hours, met, rule } = admissionTrainingStatus(totals, today);
  return { days, hours, met, rule };
}
