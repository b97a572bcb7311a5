import { z } from 'zod';

/** The required activities of org-life.md (三会一课, 主题党日, 组织生活会, 民主评议党员). */
export const MEETING_KINDS = [
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'lecture',
  'theme_day',
  'life_meeting',
  'member_review',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  general_meeting: '支部党员大会',
  committee_meeting: '支部委员会会议',
  group_meeting: '党小组会',
  lecture: '党课',
  theme_day: '主题党日',
  life_meeting: '组织生活会',
  member_review: '民主评议党员',
};

/**
 * A kind an org adds for itself (e.g. `red_saturday` 红色星期六). Keys are lowercase so they can sit in the
 * same column and URLs as the base kinds without clashing on case.
 */
export const CUSTOM_KIND_KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** Any meeting kind: one of MEETING_KINDS or an org's custom key. */
export type MeetingKindKey = string;

export function isBaseMeetingKind(kind: string): kind is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(kind);
}

export const customKindKeySchema = z
  .string({ message: '活动类别标识应为文字' })
  .regex(CUSTOM_KIND_KEY_PATTERN, {
    message: '活动类别标识应为 2–40 位小写字母、数字或下划线，并以字母开头',
  })
  // A custom key equal to a base kind would make two requirements answer to one name.
  .refine((key) => !isBaseMeetingKind(key), { message: '活动类别标识与规定的活动类别重名' });

export const baseMeetingKindSchema = z.enum(MEETING_KINDS, { message: '不是有效的活动类别' });

export const meetingKindSchema = z.union([baseMeetingKindSchema, customKindKeySchema], {
  message: '不是有效的活动类别',
});

export const customKindLabelSchema = z
  .string({ message: '活动名称应为文字' })
  .trim()
  .min(1, { message: '活动名称不能为空' })
  .max(40, { message: '活动名称不能超过 40 个字符' });

/** The Chinese name of a kind; custom kinds take the label their org gave, else show the key. */
export function meetingKindLabel(kind: MeetingKindKey, customLabels: Record<string, string> = {}): string {
  return isBaseMeetingKind(kind) ? MEETING_KIND_LABELS[kind] : (customLabels[kind] ?? kind);
}

/** Who is expected at a meeting; `custom` means the host lists the attendees. */
export const ATTENDEE_SCOPES = ['all_members', 'committee', 'group', 'custom'] as const;
export type AttendeeScope = (typeof ATTENDEE_SCOPES)[number];

export const ATTENDEE_SCOPE_LABELS: Record<AttendeeScope, string> = {
  all_members: '支部全体党员',
  committee: '支部委员',
  group: '党小组党员',
  custom: '指定人员',
};

const SCOPE_OF_KIND: Record<MeetingKind, AttendeeScope> = {
  general_meeting: 'all_members',
  committee_meeting: 'committee',
  group_meeting: 'group',
  lecture: 'all_members',
  theme_day: 'all_members',
  life_meeting: 'all_members',
  member_review: 'all_members',
};

/**
 * The default attendee list of a kind: `committee` = the branch's post holders, `group` = the members of the
 * meeting's group. Custom kinds default to `custom` since Jiceng cannot know who a local activity is for.
 */
export function attendeeScopeOf(kind: MeetingKindKey): AttendeeScope {
  return isBaseMeetingKind(kind) ? SCOPE_OF_KIND[kind] : 'custom';
}
