import { describe, expect, it } from 'vitest';
import {
  postApprovalViolation,
  postCapacityViolation,
  postClaimViolation,
  postPlacesLeft,
  serviceHoursViolation,
} from './rules';
import { settleTaskProgress, taskForceProgress, taskOverdue } from './task-progress';

const post = { title: '河道巡查', state: 'open' as const, capacity: 2, periodTo: '2026-12-31' };
const today = '2026-06-10';

describe('claiming a post', () => {
  it('is allowed while a place is left', () => {
    expect(postClaimViolation(post, 1, today)).toBeNull();
  });

  it('is refused when pending and approved claims fill the capacity, naming it', () => {
    expect(postClaimViolation(post, 2, today)).toMatchObject({
      rule: 'service-posts.capacity',
      message: '岗位“河道巡查”限 2 人，名额已满',
    });
  });

  it('is refused on a closed post', () => {
    expect(postClaimViolation({ ...post, state: 'closed' }, 0, today)?.message).toContain('已关闭');
  });

  it('is refused after the service period has ended', () => {
    expect(postClaimViolation({ ...post, periodTo: '2026-06-09' }, 0, today)?.rule).toBe(
      'service-posts.period',
    );
  });

  it('counts places left, never below zero', () => {
    expect(postPlacesLeft(3, 1)).toBe(2);
    expect(postPlacesLeft(1, 2)).toBe(0);
  });
});

describe('approving a claim', () => {
  it('is refused once approved claims fill the capacity', () => {
    expect(postApprovalViolation(post, 2)?.message).toBe('岗位“河道巡查”限 2 人，已认领 2 人，不能再通过');
    expect(postApprovalViolation(post, 1)).toBeNull();
  });
});

describe('lowering the capacity', () => {
  it('may not go below the claims holding a place', () => {
    expect(postCapacityViolation(1, 2)).toMatchObject({ field: 'capacity' });
    expect(postCapacityViolation(2, 2)).toBeNull();
  });
});

describe('logging hours', () => {
  const period = { periodFrom: '2026-01-01', periodTo: '2026-12-31' };

  it('accepts hours within the period up to today', () => {
    expect(serviceHoursViolation({ workedOn: today, hours: 2 }, period, 0, today)).toBeNull();
  });

  it('refuses a day in the future', () => {
    expect(serviceHoursViolation({ workedOn: '2026-06-11', hours: 2 }, period, 0, today)?.field).toBe(
      'workedOn',
    );
  });

  it('refuses a day before the period', () => {
    expect(serviceHoursViolation({ workedOn: '2025-12-31', hours: 2 }, period, 0, today)?.message).toContain(
      '2026-01-01',
    );
  });

  it('refuses more than 24 hours on one day with what is logged already', () => {
    expect(serviceHoursViolation({ workedOn: today, hours: 5 }, period, 20, today)).toMatchObject({
      field: 'hours',
      message: '2026-06-10 已登记 20 小时，一天合计不能超过 24 小时',
    });
  });
});

describe('task progress', () => {
  it('marks a task done at 100', () => {
    expect(settleTaskProgress({ progress: 40, done: false }, { progress: 100 })).toEqual({
      progress: 100,
      done: true,
    });
  });

  it('sets 100 when a task is marked done', () => {
    expect(settleTaskProgress({ progress: 40, done: false }, { done: true })).toEqual({
      progress: 100,
      done: true,
    });
  });

  it('leaves a reopened task just short of done', () => {
    expect(settleTaskProgress({ progress: 100, done: true }, { done: false })).toEqual({
      progress: 99,
      done: false,
    });
  });

  it('is overdue the day after its due date when not done', () => {
    expect(taskOverdue({ dueOn: '2026-06-09', done: false }, today)).toBe(true);
    expect(taskOverdue({ dueOn: '2026-06-10', done: false }, today)).toBe(false);
    expect(taskOverdue({ dueOn: '2026-06-09', done: true }, today)).toBe(false);
  });

  it('averages the progress of a task force', () => {
    expect(taskForceProgress([{ progress: 100 }, { progress: 25 }])).toBe(63);
    expect(taskForceProgress([])).toBe(0);
  });
});
