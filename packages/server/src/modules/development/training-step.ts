import {
  formatClassHours,
  trainingRequirementOn,
  type StepRecordInput,
  type StoredStepData,
} from '@jiceng/core';
import type { Tx } from '../../db/connection';
import { admissionTrainingTotals } from '../trainings/person-hours';
import { StepRefused } from './refusal';

/**
 * Step 11 (集中培训, development.md D9): the days and class hours come from the training attendance
 * Jiceng recorded up to the step's date. Figures typed by hand are kept for training held outside
 * Jiceng, but above the record they must say which training that was; both figures stay on the step.
 */
export async function resolveTraining(
  tx: Tx,
  personId: number,
  input: StepRecordInput,
): Promise<NonNullable<StoredStepData['training']>> {
  const recorded = (await admissionTrainingTotals(tx, [personId], input.date)).get(personId)!;
  const typed = input.data?.training ?? {};
  const days = typed.days ?? recorded.days;
  const hours = typed.hours ?? recorded.hours;
  const outside = typed.outside?.trim() || undefined;
  if ((days > recorded.days || hours > recorded.hours) && !outside) {
    const rule = trainingRequirementOn(input.date)?.rule ?? 'development.md D9';
    throw new StepRefused([
      {
        rule,
        field: 'training',
        message:
          `平台记录的培训为 ${recorded.days} 天、${formatClassHours(recorded.hours)} 学时；` +
          '填写的天数或学时超出部分须说明平台外培训的名称和举办单位',
      },
    ]);
  }
  return {
    days,
    hours,
    recordedDays: recorded.days,
    recordedHours: recorded.hours,
    ...(outside ? { outside } : {}),
  };
}
