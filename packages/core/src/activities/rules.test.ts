import { describe, expect, it } from 'vitest';
import { photoTypeOf } from './photos';
import {
  activityAttendanceViolation,
  activityCancelSignupViolation,
  activitySignupViolation,
  generateRangeViolation,
} from './rules';

const occ = { title: '红色星期六', heldOn: '2026-06-06', state: 'planned' as const, capacity: 2 };

describe('signing up for an activity', () => {
  it('is open until the day before', () => {
    expect(activitySignupViolation(occ, 0, '2026-06-05')).toBeNull();
  });

  it('closes on the day itself', () => {
    expect(activitySignupViolation(occ, 0, '2026-06-06')?.message).toContain('前一天截止');
  });

  it('is refused when full, naming the limit', () => {
    expect(activitySignupViolation(occ, 2, '2026-06-01')?.message).toBe(
      '2026-06-06“红色星期六”限 2 人，报名已满',
    );
  });

  it('has no limit without a capacity', () => {
    expect(activitySignupViolation({ ...occ, capacity: null }, 500, '2026-06-01')).toBeNull();
  });

  it('is refused for a cancelled activity', () => {
    expect(activitySignupViolation({ ...occ, state: 'cancelled' }, 0, '2026-06-01')?.message).toContain(
      '已取消',
    );
  });

  it('may be withdrawn until the day before', () => {
    expect(activityCancelSignupViolation(occ, '2026-06-05')).toBeNull();
    expect(activityCancelSignupViolation(occ, '2026-06-06')).not.toBeNull();
  });
});

describe('marking attendance', () => {
  it('waits for the day of the activity', () => {
    expect(activityAttendanceViolation(occ, '2026-06-05')?.field).toBe('marks');
    expect(activityAttendanceViolation(occ, '2026-06-06')).toBeNull();
  });
});

describe('generating occurrences', () => {
  it('covers at most a year at once', () => {
    expect(generateRangeViolation('2026-01-01', '2026-12-31')).toBeNull();
    expect(generateRangeViolation('2026-01-01', '2027-01-02')?.field).toBe('to');
    expect(generateRangeViolation('2026-02-01', '2026-01-01')?.field).toBe('to');
  });
});

describe('photo types', () => {
  it('are read from the first bytes', () => {
    expect(photoTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(photoTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    const webp = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
    expect(photoTypeOf(webp)).toBe('image/webp');
    expect(photoTypeOf(new TextEncoder().encode('<svg></svg>'))).toBeNull();
    expect(photoTypeOf(new Uint8Array())).toBeNull();
  });
});
