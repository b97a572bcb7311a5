import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { servicePositiveId, serviceHoursSchema } from '../service-posts/schemas';
import { PHOTO_TYPES } from './photos';
import { NTH_WEEKS, ACTIVITY_WEEKDAYS } from './recurrence';
import { ACTIVITY_SERIES_STATES, OCCURRENCE_STATES } from './rules';
import { optionalText, text } from '../shared/fields';

const weekdaySchema = z.literal(ACTIVITY_WEEKDAYS, { message: '星期（weekday）应为 1–7（周一至周日）' });

export const recurrenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('nth_weekday'),
      nth: z.literal(NTH_WEEKS, { message: '第几周（nth）应为 1–4 或 -1（最后一个）' }),
      weekday: weekdaySchema,
    }),
    z.strictObject({
      kind: z.literal('day_of_month'),
      day: z
        .number({ message: '日期（day）应为数字' })
        .int({ message: '日期（day）应为整数' })
        .min(1, { message: '日期（day）应为 1–31' })
        .max(31, { message: '日期（day）应为 1–31' }),
    }),
    z.strictObject({ kind: z.literal('weekly'), weekday: weekdaySchema }),
  ],
  { message: '重复规则（recurrence）不正确' },
);

const capacitySchema = z
  .number({ message: '人数上限应为数字' })
  .int({ message: '人数上限应为整数' })
  .min(1, { message: '人数上限至少 1 人' })
  .max(9999, { message: '人数上限不能超过 9999 人' })
  .nullable()
  .optional();

const seriesFields = {
  title: text('活动名称', 60),
  description: optionalText('活动内容', 1000),
  place: text('活动地点', 100),
  recurrence: recurrenceSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable().optional(),
  hoursCredited: serviceHoursSchema,
  capacity: capacitySchema,
};
const endsAfterStart = (v: { startsOn?: string; endsOn?: string | null }) =>
  !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn;
const endsMessage = { message: '结束日期（endsOn）不能早于开始日期', path: ['endsOn'] };

export const activitySeriesInputSchema = z
  .strictObject({ orgId: servicePositiveId('组织'), ...seriesFields })
  .refine(endsAfterStart, endsMessage);
export type ActivitySeriesInput = z.infer<typeof activitySeriesInputSchema>;

export const activitySeriesUpdateSchema = z
  .strictObject({
    title: seriesFields.title.optional(),
    description: seriesFields.description,
    place: seriesFields.place.optional(),
    recurrence: recurrenceSchema.optional(),
    startsOn: isoDateSchema.optional(),
    endsOn: seriesFields.endsOn,
    hoursCredited: serviceHoursSchema.optional(),
    capacity: capacitySchema,
    state: z.enum(ACTIVITY_SERIES_STATES, { message: '活动状态不正确' }).optional(),
  })
  .refine(endsAfterStart, endsMessage);
export type ActivitySeriesUpdate = z.infer<typeof activitySeriesUpdateSchema>;

export const activitySeriesSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  place: z.string(),
  recurrence: recurrenceSchema,
  recurrenceLabel: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  hoursCredited: z.number(),
  capacity: z.number().int().nullable(),
  state: z.enum(ACTIVITY_SERIES_STATES),
  occurrenceCount: z.number().int(),
});
export type ActivitySeries = z.infer<typeof activitySeriesSchema>;

export const activitySeriesQuerySchema = z.object({
  orgId: z.coerce.number({ message: '请选择组织' }).int().positive({ message: '请选择组织' }),
});

export const generateOccurrencesSchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });
export type GenerateOccurrencesInput = z.infer<typeof generateOccurrencesSchema>;

export const occurrencesQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const activityOccurrenceSchema = z.object({
  id: z.number().int(),
  seriesId: z.number().int(),
  title: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  heldOn: z.string(),
  place: z.string(),
  state: z.enum(OCCURRENCE_STATES),
  cancelReason: z.string().nullable(),
  hoursCredited: z.number(),
  capacity: z.number().int().nullable(),
  signupCount: z.number().int(),
  presentCount: z.number().int(),
  photoCount: z.number().int(),
});
export type ActivityOccurrence = z.infer<typeof activityOccurrenceSchema>;

export const ACTIVITY_ATTENDANCE_MARKS = ['present', 'absent'] as const;
export type ActivityAttendanceMark = (typeof ACTIVITY_ATTENDANCE_MARKS)[number];

export const activitySignupSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgName: z.string(),
  signedUp: z.boolean(),
  mark: z.enum(ACTIVITY_ATTENDANCE_MARKS).nullable(),
  hours: z.number(),
});
export type ActivitySignup = z.infer<typeof activitySignupSchema>;

export const activityPhotoSchema = z.object({
  id: z.number().int(),
  contentType: z.enum(PHOTO_TYPES),
  size: z.number().int(),
  uploadedAt: z.string(),
});
export type ActivityPhoto = z.infer<typeof activityPhotoSchema>;

export const activityOccurrenceDetailSchema = activityOccurrenceSchema.extend({
  signups: z.array(activitySignupSchema),
  photos: z.array(activityPhotoSchema),
});
export type ActivityOccurrenceDetail = z.infer<typeof activityOccurrenceDetailSchema>;

export const cancelOccurrenceSchema = z.strictObject({ reason: text('取消原因', 200) });

/** Who came: present members are credited the series' hours unless other hours are given; absent ones none. */
export const activityAttendanceInputSchema = z.strictObject({
  marks: z
    .array(
      z.strictObject({
        personId: servicePositiveId('党员'),
        mark: z.enum(ACTIVITY_ATTENDANCE_MARKS, { message: '出席情况应为出席或缺席' }),
        hours: serviceHoursSchema.optional(),
      }),
      { message: '请登记出席情况（marks）' },
    )
    .min(1, { message: '请至少登记一人的出席情况（marks）' })
    .max(1000, { message: '一次最多登记 1000 人' })
    .refine((marks) => new Set(marks.map((m) => m.personId)).size === marks.length, {
      message: '出席情况（marks）中有重复的党员',
    }),
});
export type ActivityAttendanceInput = z.infer<typeof activityAttendanceInputSchema>;

export const myActivitySchema = activityOccurrenceSchema.extend({
  signedUp: z.boolean(),
  mark: z.enum(ACTIVITY_ATTENDANCE_MARKS).nullable(),
  hours: z.number(),
});
export type MyActivity = z.infer<typeof myActivitySchema>;
