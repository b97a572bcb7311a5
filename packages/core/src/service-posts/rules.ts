import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';

/** Rule ids the refusals name, so a refusal says which rule it rests on. */
export const SERVICE_POST_RULES = {
  capacity: 'service-posts.capacity',
  open: 'service-posts.open',
  period: 'service-posts.period',
  hours: 'service-posts.hours',
  claimState: 'service-posts.claim-state',
} as const;

export const MIN_SERVICE_HOURS = 0.5;
export const MAX_SERVICE_HOURS_PER_DAY = 24;

/** Places not yet taken: pending claims hold a place too, so members never queue for places that are not there. */
export function postPlacesLeft(capacity: number, holding: number): number {
  return Math.max(0, capacity - holding);
}

export interface ClaimablePost {
  title: string;
  state: 'open' | 'closed';
  capacity: number;
  periodTo: IsoDate | null;
}

/**
 * Whether a new claim may be filed: the post is open, its period has not ended and a place is left
 * (`holding` = pending + approved claims). A full post is refused naming its capacity.
 */
export function postClaimViolation(
  post: ClaimablePost,
  holding: number,
  today: IsoDate,
): RuleViolation | null {
  if (post.state !== 'open') {
    return { rule: SERVICE_POST_RULES.open, field: 'postId', message: `岗位“${post.title}”已关闭，不能认领` };
  }
  if (post.periodTo !== null && post.periodTo < today) {
    return {
      rule: SERVICE_POST_RULES.period,
      field: 'postId',
      message: `岗位“${post.title}”的服务期已于 ${post.periodTo} 结束，不能认领`,
    };
  }
  if (holding >= post.capacity) {
    return {
      rule: SERVICE_POST_RULES.capacity,
      field: 'postId',
      message: `岗位“${post.title}”限 ${post.capacity} 人，名额已满`,
    };
  }
  return null;
}

/** Approving must keep approved claims within the capacity (the capacity may have been lowered since). */
export function postApprovalViolation(
  post: { title: string; capacity: number },
  approved: number,
): RuleViolation | null {
  if (approved >= post.capacity) {
    return {
      rule: SERVICE_POST_RULES.capacity,
      field: 'approve',
      message: `岗位“${post.title}”限 ${post.capacity} 人，已认领 ${approved} 人，不能再通过`,
    };
  }
  return null;
}

/** A post's capacity may not drop below the claims already holding a place. */
export function postCapacityViolation(capacity: number, holding: number): RuleViolation | null {
  if (capacity < holding) {
    return {
      rule: SERVICE_POST_RULES.capacity,
      field: 'capacity',
      message: `名额（capacity）不能少于已认领和待审核的 ${holding} 人`,
    };
  }
  return null;
}

/**
 * Hours on a day: not in the future, within the post's period, and with what is already logged for the
 * member that day no more than 24 hours.
 */
export function serviceHoursViolation(
  entry: { workedOn: IsoDate; hours: number },
  post: { periodFrom: IsoDate | null; periodTo: IsoDate | null },
  loggedThatDay: number,
  today: IsoDate,
): RuleViolation | null {
  const rule = SERVICE_POST_RULES.hours;
  if (entry.workedOn > today) return { rule, field: 'workedOn', message: '服务日期（workedOn）不能晚于今天' };
  if (post.periodFrom !== null && entry.workedOn < post.periodFrom) {
    return {
      rule,
      field: 'workedOn',
      message: `服务日期（workedOn）不能早于岗位服务期开始 ${post.periodFrom}`,
    };
  }
  if (post.periodTo !== null && entry.workedOn > post.periodTo) {
    return {
      rule,
      field: 'workedOn',
      message: `服务日期（workedOn）不能晚于岗位服务期结束 ${post.periodTo}`,
    };
  }
  if (loggedThatDay + entry.hours > MAX_SERVICE_HOURS_PER_DAY) {
    return {
      rule,
      field: 'hours',
      message: `${entry.workedOn} 已登记 ${loggedThatDay} 小时，一天合计不能超过 ${MAX_SERVICE_HOURS_PER_DAY} 小时`,
    };
  }
  return null;
}
