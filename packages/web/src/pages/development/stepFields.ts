import type { DevelopmentView, StepDataInput, StepRecordInput } from '@jiceng/core';
import type { Dayjs } from 'dayjs';

export type StepKey = StepRecordInput['step'];
export type NextStep = DevelopmentView['nextSteps'][number];

/** The extra inputs a step's form shows besides the date and the note. */
export type StepField =
  | 'sponsors'
  | 'introducers'
  | 'result'
  | 'training'
  | 'vote'
  | 'approver'
  | 'extension'
  | 'reason'
  | 'notice';

const FIELDS: Partial<Record<StepKey, StepField[]>> = {
  sponsors_assigned: ['sponsors'],
  introducers_assigned: ['introducers'],
  cultivation_assessed: ['result'],
  political_review: ['result'],
  committee_review: ['result'],
  pre_review: ['result'],
  probation_assessed: ['result'],
  training_completed: ['training'],
  admission_meeting: ['vote'],
  conversion_meeting: ['vote'],
  admission_approved: ['approver'],
  conversion_approved: ['approver'],
  probation_extended: ['extension'],
  probation_cancelled: ['approver', 'reason'],
};

/** The step's inputs; a public notice where the rule set in force asks for one (D22). */
export function fieldsOf(next: Pick<NextStep, 'step' | 'noticeWorkingDays'>): StepField[] {
  const fields = FIELDS[next.step] ?? [];
  return next.noticeWorkingDays ? [...fields, 'notice'] : fields;
}

/** A notice to start from; the secretary edits it before posting. */
export function noticeTemplate(name: string, stepLabel: string): string {
  return `经党支部研究，拟对 ${name} 同志进行“${stepLabel}”，现予公示。公示期间，党员和群众如有意见，可通过来信、来访、电话等方式向党支部反映。`;
}

/** What the step form holds; only the inputs its step shows are filled. */
export interface StepFormValues {
  date: Dayjs;
  sponsors?: number[];
  introducers?: number[];
  result?: 'pass' | 'fail';
  days?: number;
  hours?: number;
  /** Step 11: the training held outside Jiceng, when the figures go beyond what Jiceng recorded. */
  outside?: string;
  entitled?: number;
  present?: number;
  yes?: number;
  no?: number;
  abstain?: number;
  orgId?: number | null;
  approved?: boolean;
  months?: number;
  extensionReason?: string;
  reason?: string;
  noticePeriod?: [Dayjs, Dayjs];
  noticeText?: string;
  note?: string;
}

function voteOf(v: StepFormValues): StepDataInput['vote'] {
  return {
    entitled: v.entitled ?? 0,
    present: v.present ?? 0,
    yes: v.yes ?? 0,
    no: v.no ?? 0,
    abstain: v.abstain ?? 0,
  };
}

/** The request body for the form's values. */
export function inputOf(step: StepKey, fields: StepField[], v: StepFormValues): StepRecordInput {
  const data: StepDataInput = {};
  if (fields.includes('sponsors'))
    data.participants = (v.sponsors ?? []).map((personId) => ({ personId, role: 'sponsor' as const }));
  if (fields.includes('introducers'))
    data.participants = (v.introducers ?? []).map((personId) => ({ personId, role: 'introducer' as const }));
  if (fields.includes('result') && v.result) data.result = v.result;
  if (fields.includes('training')) {
    data.training = {
      days: v.days,
      hours: v.hours,
      ...(v.outside?.trim() ? { outside: v.outside.trim() } : {}),
    };
  }
  if (fields.includes('vote')) data.vote = voteOf(v);
  if (fields.includes('approver') && step !== 'probation_cancelled') data.approved = v.approved ?? true;
  if (fields.includes('extension')) data.months = v.months;
  if (v.extensionReason?.trim()) data.extensionReason = v.extensionReason.trim();
  if (fields.includes('reason') && v.reason?.trim()) data.reason = v.reason.trim();
  if (fields.includes('notice') && v.noticePeriod) {
    data.notice = {
      from: v.noticePeriod[0].format('YYYY-MM-DD'),
      to: v.noticePeriod[1].format('YYYY-MM-DD'),
      text: v.noticeText?.trim() ?? '',
    };
  }
  if (v.note?.trim()) data.note = v.note.trim();
  return {
    step,
    date: v.date.format('YYYY-MM-DD'),
    ...(fields.includes('approver') && v.orgId ? { orgId: v.orgId } : {}),
    ...(Object.keys(data).length ? { data } : {}),
  };
}
