import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { STAGES } from '../person/enums';
import { pageQuerySchema } from '../shared/paging';
import { ATTENDANCE_MARKS } from './attendance';
import { ATTENDEE_SCOPES, customKindKeySchema, customKindLabelSchema } from './meeting-kinds';

/** Where a meeting stands: planned → held → closed (归档, locked), or cancelled before it closes. */
export const MEETING_STATES = ['planned', 'held', 'closed', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_STATE_LABELS: Record<MeetingState, string> = {
  planned: '已安排',
  held: '已召开',
  closed: '已归档',
  cancelled: '已取消',
};

/**
 * How a mark was made: the member scanned the QR code, the secretary marked by hand, or an amendment to the
 * closed meeting corrected it.
 */
export const MARKED_VIA = ['self', 'secretary', 'amendment'] as const;
export type MarkedVia = (typeof MARKED_VIA)[number];

/**
 * The scopes an org may give its own kind. `custom` (a list the host makes) is left out: a meeting's
 * attendees are fixed when it is planned, and the plan carries no list.
 */
export const CUSTOM_KIND_SCOPES = ['all_members', 'committee', 'group'] as const;

export const customKindInputSchema = z.strictObject({
  key: customKindKeySchema,
  label: customKindLabelSchema,
  attendeeScope: z.enum(CUSTOM_KIND_SCOPES, { message: '应到范围应为支部全体党员、支部委员或党小组党员' }),
});
export type CustomKindInput = z.infer<typeof customKindInputSchema>;

export const meetingKindOptionSchema = z.object({
  key: z.string(),
  label: z.string(),
  attendeeScope: z.enum(ATTENDEE_SCOPES),
  /** The org that added the kind; null for the kinds of org-life.md. */
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
});
export type MeetingKindOption = z.infer<typeof meetingKindOptionSchema>;

export const meetingListQuerySchema = pageQuerySchema.extend({
  orgId: z.coerce.number().int().positive().optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  kind: z.string().max(40).optional(),
  state: z.enum(MEETING_STATES).optional(),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

export const meetingCancelInputSchema = z.strictObject({
  reason: z.string().trim().max(200, { message: '取消原因不能超过 200 个字符' }).optional(),
});
export type MeetingCancelInput = z.infer<typeof meetingCancelInputSchema>;

export const meetingSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  plannedOn: z.string(),
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  agenda: z.string().nullable(),
  state: z.enum(MEETING_STATES),
  heldOn: z.string().nullable(),
  expectedCount: z.number().int(),
  presentCount: z.number().int(),
  closedAt: z.string().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingPageSchema = z.object({
  items: z.array(meetingSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MeetingPage = z.infer<typeof meetingPageSchema>;

/** The minutes as stored (org-life.md L3); the input schema checks them on the way in. */
export const minutesViewSchema = z.object({
  place: z.string(),
  host: z.string(),
  recorder: z.string(),
  topics: z.string(),
  decisions: z.string(),
  vote: z
    .object({
      entitled: z.number().int(),
      present: z.number().int(),
      for: z.number().int(),
      against: z.number().int(),
      abstain: z.number().int(),
    })
    .optional(),
});
export type MinutesView = z.infer<typeof minutesViewSchema>;

export const meetingAttendeeSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  stage: z.enum(STAGES).nullable(),
  expected: z.boolean(),
  /** A mobile member of another branch who signed in here (T9). */
  guest: z.boolean(),
  mark: z.enum(ATTENDANCE_MARKS).nullable(),
  reason: z.string().nullable(),
  markedVia: z.enum(MARKED_VIA).nullable(),
  markedAt: z.string().nullable(),
});
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

/** One person's mark as an amendment keeps it, before and after, with the name the person had then. */
export const amendedMarkSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  mark: z.enum(ATTENDANCE_MARKS).nullable(),
  reason: z.string().nullable(),
});
export type AmendedMark = z.infer<typeof amendedMarkSchema>;

/** The marks the before or after of an amendment records under `attendance`; none for a minutes-only one. */
export function amendedMarksOf(side: Record<string, unknown>): AmendedMark[] {
  const parsed = z.array(amendedMarkSchema).safeParse(side.attendance);
  return parsed.success ? parsed.data : [];
}

export const meetingAmendmentSchema = z.object({
  id: z.number().int(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  amendedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type MeetingAmendment = z.infer<typeof meetingAmendmentSchema>;

export const meetingDetailSchema = meetingSchema.extend({
  minutes: minutesViewSchema.nullable(),
  /** SHA-256 of the closed minutes and attendance, also in the audit chain. */
  minutesHash: z.string().nullable(),
  attendees: z.array(meetingAttendeeSchema),
  amendments: z.array(meetingAmendmentSchema),
  /** Whether the asking user may plan, mark, record and close it. */
  mayManage: z.boolean(),
  /** The meeting day has come and it is not closed: the QR code works. */
  signInOpen: z.boolean(),
  /** The QR secret and the page it opens; only for those who manage the meeting. */
  signInToken: z.string().nullable(),
  signInPath: z.string().nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

/** Why a signed-in user cannot sign in at a meeting (shown on the phone). */
export const SIGN_IN_BLOCKS = ['no_person', 'not_expected', 'not_today', 'closed', 'cancelled'] as const;
export type SignInBlock = (typeof SIGN_IN_BLOCKS)[number];

export const signInViewSchema = z.object({
  meetingId: z.number().int(),
  title: z.string(),
  kindLabel: z.string(),
  orgName: z.string(),
  plannedOn: z.string(),
  heldOn: z.string().nullable(),
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  state: z.enum(MEETING_STATES),
  /** The caller's name, when the account has a person record. */
  personName: z.string().nullable(),
  maySignIn: z.boolean(),
  block: z.enum(SIGN_IN_BLOCKS).nullable(),
  /** The reason in Chinese, when the caller may not sign in. */
  blockMessage: z.string().nullable(),
  /** Signed in already (present). */
  signedIn: z.boolean(),
  /** A mobile member signing in at the inflow org's meeting. */
  asGuest: z.boolean(),
});
export type SignInView = z.infer<typeof signInViewSchema>;

export const myMeetingSchema = meetingSchema.extend({
  myMark: z.enum(ATTENDANCE_MARKS).nullable(),
  myReason: z.string().nullable(),
  guest: z.boolean(),
});
export type MyMeeting = z.infer<typeof myMeetingSchema>;

export const attendanceRateSchema = z.object({
  year: z.number().int(),
  /** Closed meetings of the year where the member was expected. */
  expected: z.number().int(),
  present: z.number().int(),
  excused: z.number().int(),
  absent: z.number().int(),
  /** present ÷ expected, null with no meetings yet. */
  rate: z.number().nullable(),
});
export type AttendanceRate = z.infer<typeof attendanceRateSchema>;

export const myMeetingsSchema = z.object({
  upcoming: z.array(myMeetingSchema),
  record: z.array(myMeetingSchema),
  rate: attendanceRateSchema,
});
export type MyMeetings = z.infer<typeof myMeetingsSchema>;

/** Share of a year's meetings attended, counting only closed ones (their marks are final). */
export function attendanceRate(
  year: number,
  marks: readonly ('present' | 'absent' | 'excused' | null)[],
): AttendanceRate {
  const present = marks.filter((m) => m === 'present').length;
  const excused = marks.filter((m) => m === 'excused').length;
  const absent = marks.filter((m) => m === 'absent').length;
  return {
    year,
    expected: marks.length,
    present,
    excused,
    absent,
    rate: marks.length === 0 ? null : present / marks.length,
  };
}
