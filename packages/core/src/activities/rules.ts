import { daysBetween, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';

export const ACTIVITY_RULES = {
  signup: 'activities.signup',
  attendance: 'activities.attendance',
  generate: 'activities.generate',
} as const;

/** The longest range occurrences are generated for at once. */
export const MAX_GENERATE_DAYS = 366;

export const OCCURRENCE_STATES = ['planned', 'cancelled'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

export const ACTIVITY_SERIES_STATES = ['active', 'ended'] as const;
export type ActivitySeriesState = (typeof ACTIVITY_SERIES_STATES)[number];

interface OccurrenceFacts {
  title: string;
  heldOn: IsoDate;
  state: OccurrenceState;
  capacity: number | null;
}

/** Sign-up closes the day before: on the day the branch marks who came. */
export function activitySignupViolation(
  occ: OccurrenceFacts,
  signedUp: number,
  today: IsoDate,
): RuleViolation | null {
  const rule = ACTIVITY_RULES.signup;
  if (occ.state === 'cancelled') return { rule, message: `${occ.heldOn}“${occ.title}”已取消，不能报名` };
  if (today >= occ.heldOn) {
    return { rule, message: `${occ.heldOn}“${occ.title}”的报名已于活动前一天截止` };
  }
  if (occ.capacity !== null && signedUp >= occ.capacity) {
    return { rule, message: `${occ.heldOn}“${occ.title}”限 ${occ.capacity} 人，报名已满` };
  }
  return null;
}

/** Withdrawing a sign-up is possible until the day before, like signing up. */
export function activityCancelSignupViolation(occ: OccurrenceFacts, today: IsoDate): RuleViolation | null {
  if (today >= occ.heldOn) {
    return { rule: ACTIVITY_RULES.signup, message: `${occ.heldOn}“${occ.title}”已开始，不能取消报名` };
  }
  return null;
}

/** Attendance is marked on the day or after, never for an activity still to come or cancelled. */
export function activityAttendanceViolation(occ: OccurrenceFacts, today: IsoDate): RuleViolation | null {
  const rule = ACTIVITY_RULES.attendance;
  if (occ.state === 'cancelled') {
    return { rule, field: 'marks', message: `${occ.heldOn}“${occ.title}”已取消，不能登记出席` };
  }
  if (today < occ.heldOn) {
    return { rule, field: 'marks', message: `活动 ${occ.heldOn} 举行，当天或之后才能登记出席` };
  }
  return null;
}

export function generateRangeViolation(from: IsoDate, to: IsoDate): RuleViolation | null {
  const rule = ACTIVITY_RULES.generate;
  if (from > to) return { rule, field: 'to', message: '结束日期（to）不能早于开始日期' };
  if (daysBetween(from, to) >= MAX_GENERATE_DAYS) {
    return { rule, field: 'to', message: `一次最多生成 ${MAX_GENERATE_DAYS} 天内的活动` };
  }
  return null;
}
