import { describe, expect, it } from 'vitest';
import { activitySeriesInputSchema, activityAttendanceInputSchema } from '../activities/schemas';
import { postClaimDecisionSchema, serviceHoursInputSchema, servicePostInputSchema } from './schemas';

const firstIssue = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => result.error?.issues[0];

describe('the post form', () => {
  const valid = { orgId: 1, kind: 'public_welfare', title: '河道巡查', capacity: 3 };

  it('accepts a post with a capacity', () => {
    expect(servicePostInputSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a capacity of 0, naming it', () => {
    expect(firstIssue(servicePostInputSchema.safeParse({ ...valid, capacity: 0 }))?.message).toBe(
      '名额至少 1 人',
    );
  });

  it('refuses a period ending before it starts, on periodTo', () => {
    const issue = firstIssue(
      servicePostInputSchema.safeParse({ ...valid, periodFrom: '2026-05-01', periodTo: '2026-04-01' }),
    );
    expect(issue?.path).toEqual(['periodTo']);
  });
});

describe('hours', () => {
  it('come in half hours from 0.5 to 24', () => {
    expect(serviceHoursInputSchema.safeParse({ workedOn: '2026-05-01', hours: 1.5 }).success).toBe(true);
    expect(
      firstIssue(serviceHoursInputSchema.safeParse({ workedOn: '2026-05-01', hours: 1.2 }))?.message,
    ).toBe('时长以半小时为单位，如 1.5');
    expect(
      firstIssue(serviceHoursInputSchema.safeParse({ workedOn: '2026-05-01', hours: 25 }))?.message,
    ).toBe('时长不能超过 24 小时');
    expect(firstIssue(serviceHoursInputSchema.safeParse({ workedOn: '2026-05-01', hours: 0 }))?.message).toBe(
      '时长不能少于 0.5 小时',
    );
  });
});

describe('a refusal of a claim', () => {
  it('needs a reason', () => {
    expect(firstIssue(postClaimDecisionSchema.safeParse({ approve: false }))?.path).toEqual(['reason']);
    expect(postClaimDecisionSchema.safeParse({ approve: true }).success).toBe(true);
  });
});

describe('a recurring activity', () => {
  const valid = {
    orgId: 1,
    title: '红色星期六',
    place: '村党群服务中心',
    recurrence: { kind: 'nth_weekday', nth: 1, weekday: 6 },
    startsOn: '2026-01-01',
    hoursCredited: 2,
  };

  it('accepts the first Saturday of the month', () => {
    expect(activitySeriesInputSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a weekday outside 1–7', () => {
    const result = activitySeriesInputSchema.safeParse({
      ...valid,
      recurrence: { kind: 'weekly', weekday: 0 },
    });
    expect(firstIssue(result)?.message).toContain('weekday');
  });

  it('refuses the same member marked twice', () => {
    const result = activityAttendanceInputSchema.safeParse({
      marks: [
        { personId: 1, mark: 'present' },
        { personId: 1, mark: 'absent' },
      ],
    });
    expect(firstIssue(result)?.message).toBe('出席情况（marks）中有重复的党员');
  });
});
