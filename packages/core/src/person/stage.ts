import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { DEVELOPMENT_EVENT_LABELS } from '../development/steps';
import type { Stage } from './enums';

/**
 * Events that move a person from stage to stage. The person's stage and stage dates are derived from
 * these (DESIGN.md: history is never overwritten); later modules add event types of their own.
 */
export const STAGE_EVENT_TYPES = [
  'application_submitted',
  'activist_designated',
  'candidate_designated',
  'admitted',
  'converted',
] as const;
export type StageEventType = (typeof STAGE_EVENT_TYPES)[number];

export const STAGE_OF_EVENT: Record<StageEventType, Stage> = {
  application_submitted: 'applicant',
  activist_designated: 'activist',
  candidate_designated: 'candidate',
  admitted: 'probationary',
  converted: 'full',
};

/** The timeline's name for every event type: stage events, development steps and record keeping. */
export const PERSON_EVENT_LABELS: Record<string, string> = {
  ...DEVELOPMENT_EVENT_LABELS,
  application_submitted: '递交入党申请书',
  activist_designated: '确定为入党积极分子',
  candidate_designated: '确定为发展对象',
  admitted: '接收为预备党员',
  converted: '转为正式党员',
  registered: '建立档案',
  record_corrected: '更正档案信息',
  event_voided: '撤销一条记录',
  standing_changed: '党籍变化',
};

/** The stage date fields of the person record, in stage order, and the event each comes from. */
export const STAGE_DATE_FIELDS = [
  ['applicationDate', 'application_submitted'],
  ['activistDate', 'activist_designated'],
  ['candidateDate', 'candidate_designated'],
  ['admissionDate', 'admitted'],
  ['conversionDate', 'converted'],
] as const;
export type StageDateField = (typeof STAGE_DATE_FIELDS)[number][0];
export type StageDates = Record<StageDateField, IsoDate | null>;

export const STAGE_DATE_LABELS: Record<StageDateField, string> = {
  applicationDate: '递交申请书日期',
  activistDate: '确定积极分子日期',
  candidateDate: '确定发展对象日期',
  admissionDate: '入党日期',
  conversionDate: '转正日期',
};

export interface StageEvent {
  id: number;
  type: string;
  occurredOn: IsoDate;
  /** Set on an `event_voided` event: the event it cancels. */
  voidsEventId?: number | null;
}

export interface DerivedStage {
  stage: Stage | null;
  dates: StageDates;
}

/** The person's current stage and stage dates, from the events that are not voided, in date order. */
export function deriveStage(events: readonly StageEvent[]): DerivedStage {
  const voided = new Set(events.filter((e) => e.type === 'event_voided').map((e) => e.voidsEventId));
  const live = events
    .filter((e) => !voided.has(e.id) && (STAGE_EVENT_TYPES as readonly string[]).includes(e.type))
    .sort((a, b) => (a.occurredOn === b.occurredOn ? a.id - b.id : a.occurredOn < b.occurredOn ? -1 : 1));
  const dates: StageDates = {
    applicationDate: null,
    activistDate: null,
    candidateDate: null,
    admissionDate: null,
    conversionDate: null,
  };
  let stage: Stage | null = null;
  for (const event of live) {
    const type = event.type as StageEventType;
    stage = STAGE_OF_EVENT[type];
    const field = STAGE_DATE_FIELDS.find(([, t]) => t === type)![0];
    dates[field] = event.occurredOn;
  }
  return { stage, dates };
}

/**
 * Stage dates entered for a record (from a form or an Excel row): each must not be earlier than the one
 * before it, nor after today; a later stage needs the admission date where it implies membership.
 */
export function checkStageDates(
  dates: Partial<StageDates>,
  today: IsoDate,
  birthDate: IsoDate | null,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  let previous: { field: StageDateField; date: IsoDate } | null = null;
  for (const [field] of STAGE_DATE_FIELDS) {
    const date = dates[field];
    if (!date) continue;
    if (date > today) {
      violations.push({ rule: 'archives.dates', field, message: `${label(field)}不能晚于今天` });
    }
    if (birthDate && date < birthDate) {
      violations.push({ rule: 'archives.dates', field, message: `${label(field)}不能早于出生日期` });
    }
    if (previous && date < previous.date) {
      violations.push({
        rule: 'archives.dates',
        field,
        message: `${label(field)}（${date}）不能早于${label(previous.field)}（${previous.date}）`,
      });
    }
    previous = { field, date };
  }
  if (dates.conversionDate && !dates.admissionDate) {
    violations.push({
      rule: 'archives.dates',
      field: 'admissionDate',
      message: '已填转正日期时必须填写入党日期',
    });
  }
  return violations;
}

function label(field: StageDateField): string {
  return STAGE_DATE_LABELS[field];
}
