import { z } from 'zod';
import { ruleViolationSchema } from '../development/schemas';
import { isoDateSchema, termYearsSchema } from '../org/schemas';
import { ATTENDANCE_MARKS } from './attendance';
import { COMPLIANCE_STATUSES } from './compliance';
import { meetingKindSchema } from './meeting-kinds';
import { FREQUENCIES } from './periods';
import { REQUIREMENT_BASES, REQUIREMENT_SCOPES } from './requirements';
import { REVIEW_GRADES } from './review';
import { text } from '../shared/fields';

const optionalText = (label: string, max: number) =>
  z
    .string({ message: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字符` });

const id = (label: string) =>
  z
    .number({ message: `${label}应为编号` })
    .int({ message: `${label}应为编号` })
    .positive({ message: `${label}应为编号` });

const count = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .int({ message: `${label}应为整数` })
    .min(0, { message: `${label}不能为负数` })
    .max(100000, { message: `${label}过大` });

export const meetingPlanInputSchema = z
  .strictObject({
    orgId: id('党组织'),
    kind: meetingKindSchema,
    title: text('会议主题', 100),
    plannedOn: isoDateSchema,
    startsAt: z
      .string({ message: '开始时间应为文字' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '开始时间格式应为 HH:mm' })
      .optional(),
    place: text('地点', 100).optional(),
    /** The group, for a group meeting. */
    groupId: id('党小组').optional(),
    agenda: optionalText('议程', 2000).optional(),
  })
  .refine((m) => m.kind !== 'group_meeting' || m.groupId !== undefined, {
    path: ['groupId'],
    message: '党小组会须选择党小组',
  });
export type MeetingPlanInput = z.infer<typeof meetingPlanInputSchema>;

export const attendanceMarkSchema = z.enum(ATTENDANCE_MARKS, { message: '出席情况应为出席、缺席或请假' });

/** One person's mark; an excused mark keeps its reason (org-life.md L3), whether marked or amended. */
export const attendanceEntrySchema = z
  .strictObject({
    personId: id('人员'),
    mark: attendanceMarkSchema,
    reason: optionalText('请假原因', 200).optional(),
  })
  .refine((m) => m.mark !== 'excused' || (m.reason ?? '').length > 0, {
    path: ['reason'],
    message: '请假须填写请假原因',
  });

/** Marks of several people, each person once. */
const attendanceEntriesSchema = z
  .array(attendanceEntrySchema)
  .max(2000, { message: '出席情况条数过多' })
  .refine((marks) => new Set(marks.map((m) => m.personId)).size === marks.length, {
    message: '同一人员的出席情况重复登记',
  });

export const attendanceMarkInputSchema = z.strictObject({ marks: attendanceEntriesSchema });
export type AttendanceMarkInput = z.infer<typeof attendanceMarkInputSchema>;

/** org-life.md L3: a vote in the minutes. */
export const minutesVoteSchema = z
  .strictObject({
    entitled: count('应到人数'),
    present: count('实到人数'),
    for: count('赞成票'),
    against: count('反对票'),
    abstain: count('弃权票'),
  })
  .refine((v) => v.present <= v.entitled, { path: ['present'], message: '实到人数不能多于应到人数' })
  .refine((v) => v.for + v.against + v.abstain <= v.present, {
    path: ['for'],
    message: '赞成、反对、弃权合计不能多于实到人数',
  });

const minutesShape = {
  place: text('地点', 100),
  host: text('主持人', 40),
  recorder: text('记录人', 40),
  topics: text('议题', 5000),
  decisions: optionalText('决定事项', 5000),
  vote: minutesVoteSchema.optional(),
};

/** org-life.md L3; the date is the meeting's `heldOn`, attendance comes through attendanceMarkInputSchema. */
// A lecture decides nothing: the decisions may be left out (stored empty), except in an amendment, where
// leaving them out means "unchanged".
export const minutesInputSchema = z.strictObject({
  ...minutesShape,
  decisions: minutesShape.decisions.default(''),
});
export type MinutesInput = z.infer<typeof minutesInputSchema>;

export const meetingHoldInputSchema = z.strictObject({ heldOn: isoDateSchema });
export type MeetingHoldInput = z.infer<typeof meetingHoldInputSchema>;

/** Closed minutes are never edited in place: an amendment says why and what changes. */
// The server ignores what equals the record and refuses an amendment that changes nothing; here only an
// amendment that names nothing at all is refused, so the form can say so before asking.
export const amendmentInputSchema = z
  .strictObject({
    reason: text('更正原因', 500),
    minutes: z.strictObject(minutesShape).partial().optional(),
    /** New marks of people already on the meeting's list (expected or guests). */
    attendance: attendanceEntriesSchema.optional(),
  })
  .refine(
    (a) => Object.values(a.minutes ?? {}).some((v) => v !== undefined) || (a.attendance ?? []).length > 0,
    { path: ['minutes'], message: '请填写要更正的会议记录或出席情况' },
  );
export type AmendmentInput = z.infer<typeof amendmentInputSchema>;

export const reviewGradeSchema = z.enum(REVIEW_GRADES, {
  message: '评议等次应为优秀、合格、基本合格或不合格',
});

/** org-life.md L4–L6: probationary members are listed with `grade: null`. */
export const reviewInputSchema = z.strictObject({
  year: z
    .number({ message: '评议年度应为数字' })
    .int({ message: '评议年度应为整数' })
    .min(2000, { message: '评议年度应在 2000–2100 之间' })
    .max(2100, { message: '评议年度应在 2000–2100 之间' }),
  entries: z
    .array(
      z.strictObject({
        personId: id('党员'),
        grade: reviewGradeSchema.nullable(),
        comment: optionalText('评语', 500).optional(),
      }),
    )
    .min(1, { message: '至少须评议 1 名党员' })
    .max(2000, { message: '评议人数过多' }),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

/** org-life.md L13–L15; the counts are checked by checkElectionInput, which names the rule. */
export const electionInputSchema = z.strictObject({
  heldOn: isoDateSchema,
  entitled: count('应到人数'),
  present: count('实到人数'),
  seats: count('应选名额')
    .min(1, { message: '应选名额至少为 1' })
    .max(15, { message: '应选名额不能超过 15' }),
  candidates: z
    .array(
      z.strictObject({
        /** The person on record, when the candidate is one. */
        personId: id('候选人').optional(),
        name: text('候选人姓名', 40),
        votes: count('得票数'),
      }),
    )
    .min(1, { message: '至少须有 1 名候选人' })
    .max(50, { message: '候选人过多' }),
  ballotsCast: count('收回选票').optional(),
  termYears: termYearsSchema,
});
export type ElectionInput = z.infer<typeof electionInputSchema>;

// Responses: the pure results above as the API returns them.

export const requirementSchema = z.object({
  kind: z.string(),
  per: z.enum(FREQUENCIES),
  appliesTo: z.enum(REQUIREMENT_SCOPES),
  rule: z.string(),
  minCount: z.number().int(),
  basis: z.enum(REQUIREMENT_BASES),
  fixedDay: z.number().int().optional(),
  label: z.string().optional(),
  setByOrgId: z.number().int().optional(),
});

export const periodComplianceSchema = z.object({
  key: z.string(),
  per: z.enum(FREQUENCIES),
  start: z.string(),
  end: z.string(),
  status: z.enum(COMPLIANCE_STATUSES),
  count: z.number().int(),
});

export const requirementComplianceSchema = z.object({
  requirement: requirementSchema,
  groupId: z.number().int().nullable(),
  periods: z.array(periodComplianceSchema),
});

export const kindSummarySchema = z.object({
  kind: z.string(),
  label: z.string(),
  branches: z.number().int(),
  met: z.number().int(),
  share: z.number().nullable(),
  dueOrgIds: z.array(z.number().int()),
  overdueOrgIds: z.array(z.number().int()),
});

export const quorumResultSchema = z.object({ quorate: z.boolean(), needed: z.number().int() });

export const reviewCheckSchema = z.object({
  violations: z.array(ruleViolationSchema),
  warnings: z.array(ruleViolationSchema),
});

export const electionTallySchema = z.object({
  valid: z.boolean(),
  competitive: z.boolean(),
  elected: z.array(z.number().int()),
  tiedForLastSeat: z.array(z.number().int()),
  emptySeats: z.number().int(),
  violations: z.array(ruleViolationSchema),
});
