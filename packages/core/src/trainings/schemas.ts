import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { STAGES } from '../person/enums';
import { TRAINING_AUDIENCES, TRAINING_MARKS } from './kinds';
import { optionalText, positiveId, text } from '../shared/fields';

const halfHours = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label}应为数字` })
    .min(min, { message: `${label}应在 ${min}–${max} 学时之间` })
    .max(max, { message: `${label}应在 ${min}–${max} 学时之间` })
    .refine((h) => Number.isInteger(h * 2), { message: `${label}应以 0.5 学时为单位` });

export const trainingAudienceSchema = z.enum(TRAINING_AUDIENCES, { message: '培训对象不正确' });

/** What a course is about; the organizer is fixed at creation. */
export const trainingCourseFieldsSchema = z.strictObject({
  title: text('培训名称', 100),
  audience: trainingAudienceSchema,
  plannedHours: halfHours('计划学时', 0.5, 500),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  place: optionalText('培训地点', 100),
  note: optionalText('备注', 500),
});

const datesInOrder = (c: { startsOn: string; endsOn: string }) => c.endsOn >= c.startsOn;
const datesMessage = { message: '结束日期（endsOn）不能早于开始日期', path: ['endsOn'] };

export const trainingCourseInputSchema = trainingCourseFieldsSchema
  .extend({ organizerOrgId: positiveId('举办组织') })
  .refine(datesInOrder, datesMessage);
export type TrainingCourseInput = z.infer<typeof trainingCourseInputSchema>;

export const trainingCourseUpdateSchema = trainingCourseFieldsSchema.refine(datesInOrder, datesMessage);
export type TrainingCourseUpdate = z.infer<typeof trainingCourseUpdateSchema>;

export const trainingSessionInputSchema = z.strictObject({
  heldOn: isoDateSchema,
  hours: halfHours('学时', 0.5, 12),
  topic: text('授课内容', 100),
  teacher: optionalText('授课人', 40),
});
export type TrainingSessionInput = z.infer<typeof trainingSessionInputSchema>;

export const trainingEnrolInputSchema = z.strictObject({
  personIds: z
    .array(positiveId('学员'), { message: '请选择学员（personIds）' })
    .min(1, { message: '请至少选择一名学员（personIds）' })
    .max(500, { message: '一次最多添加 500 名学员（personIds）' }),
});
export type TrainingEnrolInput = z.infer<typeof trainingEnrolInputSchema>;

export const trainingAttendanceInputSchema = z.strictObject({
  marks: z
    .array(
      z.strictObject({
        personId: positiveId('学员'),
        mark: z.enum(TRAINING_MARKS, { message: '出勤应为出席、缺席或请假（mark）' }),
        reason: optionalText('请假事由', 200),
      }),
    )
    .min(1, { message: '请至少登记一名学员的出勤（marks）' })
    .max(500, { message: '一次最多登记 500 名学员（marks）' }),
});
export type TrainingAttendanceInput = z.infer<typeof trainingAttendanceInputSchema>;

export const trainingCoursesQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  year: z.coerce
    .number({ message: '年度应为数字' })
    .int({ message: '年度应为整数' })
    .min(2000, { message: '年度应在 2000–2100 之间' })
    .max(2100, { message: '年度应在 2000–2100 之间' })
    .optional(),
  audience: trainingAudienceSchema.optional(),
});
export type TrainingCoursesQuery = z.infer<typeof trainingCoursesQuerySchema>;

export const trainingCourseSchema = z.object({
  id: z.number().int(),
  organizerOrgId: z.number().int(),
  organizerName: z.string(),
  title: z.string(),
  audience: trainingAudienceSchema,
  plannedHours: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  sessionCount: z.number().int(),
  enrolledCount: z.number().int(),
  /** Sum of the sessions' class hours so far. */
  sessionHours: z.number(),
});
export type TrainingCourse = z.infer<typeof trainingCourseSchema>;

export const trainingSessionSchema = z.object({
  id: z.number().int(),
  heldOn: z.string(),
  hours: z.number(),
  topic: z.string(),
  teacher: z.string().nullable(),
  presentCount: z.number().int(),
  markedCount: z.number().int(),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

export const admissionTrainingStatusSchema = z.object({
  days: z.number(),
  hours: z.number(),
  minDays: z.number(),
  minHours: z.number(),
  met: z.boolean(),
  rule: z.string(),
});

export const trainingRosterEntrySchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgName: z.string(),
  stage: z.enum(STAGES).nullable(),
  /** Mark per session id; a session not yet marked for the person is absent from the map. */
  marks: z.record(z.string(), z.enum(TRAINING_MARKS)),
  days: z.number(),
  hours: z.number(),
  /** Courses for candidates: all the person's candidate training against D9, this course and others. */
  admission: admissionTrainingStatusSchema.nullable(),
});
export type TrainingRosterEntry = z.infer<typeof trainingRosterEntrySchema>;

export const trainingCourseDetailSchema = z.object({
  course: trainingCourseSchema,
  sessions: z.array(trainingSessionSchema),
  roster: z.array(trainingRosterEntrySchema),
  /** What the caller may do here: edit the course, sessions and roster; mark attendance. */
  canManage: z.boolean(),
  canMark: z.boolean(),
});
export type TrainingCourseDetail = z.infer<typeof trainingCourseDetailSchema>;

export const personTrainingCourseSchema = z.object({
  courseId: z.number().int(),
  title: z.string(),
  audience: trainingAudienceSchema,
  organizerName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  sessions: z.number().int(),
  present: z.number().int(),
  days: z.number(),
  hours: z.number(),
});

export const personTrainingsSchema = z.object({
  personId: z.number().int(),
  /** Every course, present only. */
  total: z.object({ days: z.number(), hours: z.number() }),
  /** Courses for development candidates up to `asOf`, against D9 (step 11 reads the same figures). */
  admission: admissionTrainingStatusSchema,
  asOf: z.string(),
  courses: z.array(personTrainingCourseSchema),
});
export type PersonTrainings = z.infer<typeof personTrainingsSchema>;

export const personTrainingsQuerySchema = z.object({ asOf: isoDateSchema.optional() });
