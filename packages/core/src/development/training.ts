import type { IsoDate } from '../shared/dates';
import type { RuleSet } from './rule-set';
import { ruleSetFor } from './rule-sets';

/** development.md D9 as the rule set in force states it: the days or class hours of 集中培训. */
export interface TrainingRequirement {
  minDays: number;
  minHours: number;
  rule: string;
}

/** The training requirement of step 11 under the set in force on `date`, or null if the set has none. */
export function trainingRequirementOn(
  date: IsoDate,
  enabledRuleSets?: readonly string[],
  ruleSets?: readonly RuleSet[],
): TrainingRequirement | null {
  const step = ruleSetFor(date, enabledRuleSets, ruleSets).steps.find((s) => s.step === 'training_completed');
  const req = step?.requires.find((r) => r.kind === 'training');
  return req?.kind === 'training' ? { minDays: req.minDays, minHours: req.minHours, rule: req.rule } : null;
}

/** Either figure reaching its minimum meets D9 ("≥ 3 days or ≥ 24 class-hours"). */
export function meetsTraining(
  req: TrainingRequirement,
  training: { days?: number; hours?: number },
): boolean {
  return (training.days ?? 0) >= req.minDays || (training.hours ?? 0) >= req.minHours;
}

/** The refusal's text: the minimum, what was recorded, and what is still missing. */
export function trainingShortfallMessage(
  req: TrainingRequirement,
  training: { days?: number; hours?: number },
): string {
  const days = training.days ?? 0;
  const hours = training.hours ?? 0;
  return (
    `集中培训须不少于 ${req.minDays} 天或 ${req.minHours} 学时，现为 ${days} 天、${hours} 学时，` +
    `还差 ${Math.max(0, req.minDays - days)} 天或 ${Math.max(0, req.minHours - hours)} 学时`
  );
}
