import { isDone, lastDone, probationEnd, type IsoDate, type RecordedStep } from '@jiceng/core';
import { probationRuleSet } from './view';

export interface StageEffect {
  type: 'admitted' | 'converted' | 'standing_changed';
  occurredOn: IsoDate;
  details: Record<string, unknown>;
}

/**
 * The stage events a recorded step brings with it. Steps 1, 3 and 7 are stage events themselves; a failed
 * vote, review or approval brings nothing.
 */
export function stageEffects(
  history: readonly RecordedStep[],
  step: RecordedStep,
  today: IsoDate,
): StageEffect[] {
  if (!isDone(step)) return [];
  const after = [...history, step];
  if (step.step === 'admission_approved') {
    // D15: membership dates from the general meeting, not from the committee's approval.
    const meeting = lastDone(after, 'admission_meeting');
    return meeting
      ? [{ type: 'admitted', occurredOn: meeting.date, details: { rule: 'development.md D15' } }]
      : [];
  }
  if (step.step === 'conversion_approved') {
    // D20: full membership (and Party age) from the end of probation, not from the approval.
    const end = probationEnd(after, probationRuleSet(after, today));
    return end ? [{ type: 'converted', occurredOn: end, details: { rule: 'development.md D20' } }] : [];
  }
  if (step.step === 'probation_cancelled') {
    return [
      {
        type: 'standing_changed',
        occurredOn: step.date,
        details: { change: 'probation_cancelled', rule: 'development.md D19' },
      },
    ];
  }
  return [];
}
