import {
  isDone,
  label,
  lastDone,
  nextSteps,
  probationEnd,
  ruleSetFor,
  type DevelopmentView,
  type IsoDate,
  type RecordedStep,
  type RecordedStepView,
  type RuleSet,
  type Stage,
} from '@jiceng/core';
import { liveHistory, stepEntries, type StepEntry } from './history';
import type { NamedEventRow } from './queries';

/** Probation follows the rules in force when the member was admitted (D15, D16). */
export function probationRuleSet(history: readonly RecordedStep[], today: IsoDate): RuleSet {
  return ruleSetFor(lastDone(history, 'admission_meeting')?.date ?? today);
}

export function stepView(entry: StepEntry, names: { orgName: string | null; recordedBy: string | null }) {
  return {
    id: entry.id,
    step: entry.record.step,
    label: label(entry.record.step),
    date: entry.record.date,
    data: entry.record.data,
    orgId: entry.event.orgId,
    orgName: names.orgName,
    recordedBy: names.recordedBy,
    voided: entry.voided,
    failed: !isDone(entry.record),
  } satisfies RecordedStepView;
}

export function developmentView(
  person: { id: number; stage: string | null; birthDate: string },
  rows: readonly NamedEventRow[],
  today: IsoDate,
): DevelopmentView {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const entries = stepEntries(rows);
  const history = liveHistory(entries);
  const set = probationRuleSet(history, today);
  const end = probationEnd(history, set);
  const stage = person.stage as Stage | null;
  // A member registered as full (not developed here) has no steps left; offering step 1 would mislead.
  const finished = stage === 'full' && !lastDone(history, 'conversion_approved');
  return {
    personId: person.id,
    stage,
    ruleSetId: ruleSetFor(today).id,
    steps: entries.map((e) => stepView(e, byId.get(e.id)!)),
    nextSteps: finished ? [] : nextSteps(history, { today, birthDate: person.birthDate }),
    probationEnd: end,
    conversionDate: lastDone(history, 'conversion_approved') ? end : null,
  };
}
