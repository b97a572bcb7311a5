import {
  addDays,
  addInterval,
  addMonths,
  evaluateStep,
  label,
  lastDone,
  probationEnd,
  type BoardItem,
  type IsoDate,
  type RecordedStep,
  type RuleSet,
  type StepOrOutcome,
} from '@jiceng/core';
import { probationRuleSet } from './view';

/** How far ahead a coming deadline shows on the board. */
export const NEAR_DAYS = 30;
/** development.md D5: not in the rule sets, which judge steps, while this is a reminder between them. */
const ASSESSMENT_EVERY_MONTHS = 6;
/** What a candidate still lacks before the committee review (step 12), with the rule each one serves. */
const CANDIDATE_NEEDS: { step: StepOrOutcome; rule: string }[] = [
  { step: 'introducers_assigned', rule: 'development.md D7' },
  { step: 'political_review', rule: 'development.md D8' },
  { step: 'training_completed', rule: 'development.md D9' },
];
const APPROVALS: StepOrOutcome[] = ['admission_approved', 'conversion_approved'];

export interface BoardEntry {
  item: BoardItem;
  step: StepOrOutcome | null;
  label: string;
  rule: string;
  dueDate: IsoDate | null;
  overdue: boolean;
}

/** The deadline a rule set gives a step (its `notAfter` requirement), once the step it counts from is done. */
function deadline(set: RuleSet, step: StepOrOutcome, history: readonly RecordedStep[]) {
  const req = set.steps.find((s) => s.step === step)?.requires.find((r) => r.kind === 'notAfter');
  if (req?.kind !== 'notAfter') return null;
  const from = lastDone(history, req.from);
  return from ? { due: addInterval(from.date, req.interval), rule: req.rule } : null;
}

/** The earliest date a rule set allows a step (its `notBefore` requirement). */
function earliest(set: RuleSet, step: StepOrOutcome, history: readonly RecordedStep[]): IsoDate | null {
  const req = set.steps.find((s) => s.step === step)?.requires.find((r) => r.kind === 'notBefore');
  if (req?.kind !== 'notBefore') return null;
  const from = lastDone(history, req.from);
  return from ? addInterval(from.date, req.interval) : null;
}

const near = (due: IsoDate, today: IsoDate) => addDays(due, -NEAR_DAYS) <= today;

/** What is due for one person in development, from their history and the rules in force today. */
export function boardEntries(
  person: { stage: string; birthDate: IsoDate },
  history: readonly RecordedStep[],
  today: IsoDate,
  set: RuleSet,
): BoardEntry[] {
  const entries: BoardEntry[] = [];
  const done = (step: StepOrOutcome) => lastDone(history, step) !== null;
  // D19 ends the process; the stage alone does not show it yet (standing is derived by a later module).
  if (done('probation_cancelled')) return entries;

  const talk = deadline(set, 'first_talk', history);
  if (person.stage === 'applicant' && talk && !done('first_talk')) {
    entries.push({
      item: 'first_talk',
      step: 'first_talk',
      label: '派人谈话（收到入党申请书后一个月内）',
      rule: talk.rule,
      dueDate: talk.due,
      overdue: today > talk.due,
    });
  }

  if (person.stage === 'activist') {
    const base = lastDone(history, 'cultivation_assessed') ?? lastDone(history, 'activist_designated');
    const due = base && addMonths(base.date, ASSESSMENT_EVERY_MONTHS);
    if (due && near(due, today)) {
      entries.push({
        item: 'assessment',
        step: 'cultivation_assessed',
        label: '半年一次的培养教育考察',
        rule: 'development.md D5',
        dueDate: due,
        overdue: today > due,
      });
    }
    const ctx = { today, birthDate: person.birthDate, checkData: false };
    if (evaluateStep(history, { step: 'candidate_designated', date: today }, ctx).allowed) {
      entries.push({
        item: 'candidate_eligible',
        step: 'candidate_designated',
        label: '已满一年，可确定为发展对象',
        rule: 'development.md D6',
        dueDate: earliest(set, 'candidate_designated', history),
        overdue: false,
      });
    }
  }

  if (person.stage === 'candidate' && done('candidate_designated') && !done('committee_review')) {
    for (const need of CANDIDATE_NEEDS.filter((n) => !done(n.step))) {
      entries.push({
        item: 'candidate_missing',
        step: need.step,
        label: `尚未${label(need.step)}`,
        rule: need.rule,
        dueDate: null,
        overdue: false,
      });
    }
  }

  for (const step of APPROVALS) {
    const due = deadline(set, step, history);
    if (due && !done(step) && near(due.due, today)) {
      entries.push({
        item: 'approval_pending',
        step,
        label: `${label(step)}（支部大会后三个月内）`,
        rule: due.rule,
        dueDate: due.due,
        overdue: today > due.due,
      });
    }
  }

  const end = probationEnd(history, probationRuleSet(history, today));
  if (person.stage === 'probationary' && end && !done('conversion_meeting') && near(end, today)) {
    entries.push({
      item: 'probation_ending',
      step: 'conversion_meeting',
      label: `预备期 ${end} 届满，应及时讨论转正`,
      rule: 'development.md D17',
      dueDate: end,
      overdue: today > end,
    });
  }
  return entries;
}
