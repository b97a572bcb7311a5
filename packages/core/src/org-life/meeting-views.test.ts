import { describe, expect, it } from 'vitest';
import { amendedMarksOf, attendanceRate, customKindInputSchema } from './meeting-views';

describe('attendanceRate', () => {
  it('is present over expected, excused counting as not present', () => {
    expect(attendanceRate(2026, ['present', 'present', 'excused', 'absent'])).toEqual({
      year: 2026,
      expected: 4,
      present: 2,
      excused: 1,
      absent: 1,
      rate: 0.5,
    });
  });

  it('is null before any meeting of the year', () => {
    expect(attendanceRate(2026, []).rate).toBeNull();
  });
});

describe('customKindInputSchema', () => {
  it('accepts a lowercase key with a label and a scope', () => {
    const input = { key: 'red_saturday', label: '红色星期六', attendeeScope: 'all_members' };
    expect(customKindInputSchema.safeParse(input).success).toBe(true);
  });

  it('refuses a key equal to a base kind', () => {
    const input = { key: 'lecture', label: '党课', attendeeScope: 'all_members' };
    expect(customKindInputSchema.safeParse(input).error?.issues[0]?.message).toBe(
      '活动类别标识与规定的活动类别重名',
    );
  });

  it('refuses the custom scope, which would need a list of attendees', () => {
    const input = { key: 'red_saturday', label: '红色星期六', attendeeScope: 'custom' };
    expect(customKindInputSchema.safeParse(input).success).toBe(false);
  });
});

describe('amendedMarksOf', () => {
  it('reads the marks an amendment of the attendance keeps', () => {
    const after = { attendance: [{ personId: 7, name: '张三', mark: 'present', reason: null }] };
    expect(amendedMarksOf(after)).toEqual(after.attendance);
  });

  it('finds none in an amendment of the minutes only', () => {
    expect(amendedMarksOf({ recorder: '王五' })).toEqual([]);
  });
});
