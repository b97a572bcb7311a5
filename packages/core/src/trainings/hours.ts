import type { IsoDate } from '../shared/dates';
import type { RuleSet } from '../development/rule-set';
import { meetsTraining, trainingRequirementOn } from '../development/training';
import type { TrainingMark } from './kinds';

/** One person's mark at one session, with the session's date and class hours. */
export interface SessionAttendance {
  date: IsoDate;
  hours: number;
  mark: TrainingMark;
}

/** Days and class hours (学时) a person was present for. */
export interface TrainingTotals {
  days: number;
  hours: number;
}

/**
 * Training days are distinct dates present (two sessions on one day are one day, D9 counts days); class
 * hours are the sum of the hours of the sessions present. Absent and excused earn nothing.
 */
export function trainingTotals(records: readonly SessionAttendance[]): TrainingTotals {
  const present = records.filter((r) => r.mark === 'present');
  return {
    days: new Set(present.map((r) => r.date)).size,
    hours: present.reduce((sum, r) => sum + r.hours, 0),
  };
}

/** A candidate's training against D9 on a date, as the development board and forms show it. */
export interface AdmissionTrainingStatus extends TrainingTotals {
  minDays: number;
  minHours: number;
  met: boolean;
  rule: string;
}

/**
 * Whether the totals meet the training requirement of the development rule set in force on `date`
 * (development.md D9). The figures come from the rule set, so D9 is stated once, there.
 */
export function admissionTrainingStatus(
  totals: TrainingTotals,
  date: IsoDate,
  enabledRuleSets?: readonly string[],
  ruleSets?: readonly RuleSet[],
): AdmissionTrainingStatus {
  const req = trainingRequirementOn(date, enabledRuleSets, ruleSets) ?? {
    minDays: 0,
    minHours: 0,
    rule: 'development.md D9',
  };
  return {
    ...totals,
    minDays: req.minDays,
    minHours: req.minHours,
    met: meetsTraining(req, totals),
    rule: req.rule,
  };
}

/** "已培训 3 天 / 24 学时（达标，D9）". */
export function admissionTrainingText(status: AdmissionTrainingStatus): string {
  const rule = status.rule.replace(/^development\.md /, '');
  return `已培训 ${status.days} 天 / ${formatClassHours(status.hours)} 学时（${status.met ? '达标' : '未达标'}，${rule}）`;
}

/** Class hours without a trailing ".0": 24, 1.5. */
export function formatClassHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** Step 11 as recorded: "培训 3 天 / 24 学时（平台记录 1 天 / 8 学时；平台外：市委党校培训班）". */
export function trainingStepSummary(training: {
  days?: number;
  hours?: number;
  recordedDays?: number;
  recordedHours?: number;
  outside?: string;
}): string {
  const main = `培训 ${training.days ?? 0} 天 / ${formatClassHours(training.hours ?? 0)} 学时`;
  const notes: string[] = [];
  const differs = training.recordedDays !== training.days || training.recordedHours !== training.hours;
  if (training.recordedDays !== undefined && differs) {
    notes.push(
      `平台记录 ${training.recordedDays} 天 / ${formatClassHours(training.recordedHours ?? 0)} 学时`,
    );
  }
  if (training.outside) notes.push(`平台外：${training.outside}`);
  return notes.length ? `${main}（${notes.join('；')}）` : main;
}
