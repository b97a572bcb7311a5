import { describe, expect, it } from 'vitest';
import {
  attendeeScopeOf,
  customKindKeySchema,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  meetingKindLabel,
  meetingKindSchema,
} from './meeting-kinds';

describe('meeting kinds', () => {
  it('label every base kind in Chinese', () => {
    expect(MEETING_KINDS.map((k) => MEETING_KIND_LABELS[k])).toEqual([
      '支部党员大会',
      '支部委员会会议',
      '党小组会',
      '党课',
      '主题党日',
      '组织生活会',
      '民主评议党员',
    ]);
  });

  it('accept a lowercase custom key', () => {
    expect(customKindKeySchema.safeParse('red_saturday').success).toBe(true);
  });

  it('refuse a custom key with capitals, a leading digit or one character', () => {
    for (const key of ['Red_saturday', '1st_day', 'r']) {
      expect(customKindKeySchema.safeParse(key).success).toBe(false);
    }
  });

  it('accept a custom key of 40 characters and refuse one of 41', () => {
    expect(customKindKeySchema.safeParse('a'.repeat(40)).success).toBe(true);
    expect(customKindKeySchema.safeParse('a'.repeat(41)).success).toBe(false);
  });

  it('refuse a custom key that repeats a base kind', () => {
    expect(customKindKeySchema.safeParse('lecture').success).toBe(false);
  });

  it('accept base kinds and custom keys as a meeting kind', () => {
    expect(meetingKindSchema.safeParse('lecture').success).toBe(true);
    expect(meetingKindSchema.safeParse('red_saturday').success).toBe(true);
    expect(meetingKindSchema.safeParse('红色星期六').success).toBe(false);
  });

  it('name a custom kind by the label its org gave', () => {
    expect(meetingKindLabel('red_saturday', { red_saturday: '红色星期六' })).toBe('红色星期六');
    expect(meetingKindLabel('theme_day')).toBe('主题党日');
  });

  it('expect all members at general meetings, lectures, theme days, life meetings and reviews', () => {
    for (const kind of ['general_meeting', 'lecture', 'theme_day', 'life_meeting', 'member_review']) {
      expect(attendeeScopeOf(kind)).toBe('all_members');
    }
  });

  it('expect the committee at committee meetings and the group at group meetings', () => {
    expect(attendeeScopeOf('committee_meeting')).toBe('committee');
    expect(attendeeScopeOf('group_meeting')).toBe('group');
  });

  it('leave the attendees of a custom kind to the host', () => {
    expect(attendeeScopeOf('red_saturday')).toBe('custom');
  });
});
