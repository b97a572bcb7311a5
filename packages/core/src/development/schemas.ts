import { z } from 'zod';
import { apiErrorSchema } from '../shared/errors';
import { isoDateSchema } from '../org/schemas';
import { STAGES } from '../person/enums';
import { DEVELOPMENT_STEP_KEYS, PROBATION_OUTCOMES } from './steps';

export const developmentEventKeySchema = z.enum([...DEVELOPMENT_STEP_KEYS, ...PROBATION_OUTCOMES], {
  message: '不是有效的发展党员步骤',
});

const count = z.number().int({ message: '应为整数' }).min(0, { message: '不能为负数' });

export const voteCountsSchema = z.strictObject({
  entitled: count,
  present: count,
  yes: count,
  no: count,
  abstain: count,
  written: count.optional(),
});

export const ruleViolationSchema = z.object({
  rule: z.string(),
  message: z.string(),
  field: z.string().optional(),
  allowedFrom: z.string().optional(),
});

const participantRoleSchema = z.enum(['sponsor', 'introducer'], { message: '应为培养联系人或入党介绍人' });

/**
 * What the client sends with a step. Participants are named by person id only, and the approving power is
 * absent: the server fills both from its own records so neither can be claimed.
 */
export const stepDataInputSchema = z.strictObject({
  participants: z
    .array(z.strictObject({ personId: z.number().int().positive(), role: participantRoleSchema }))
    .max(10, { message: '人数过多' })
    .optional(),
  result: z.enum(['pass', 'fail'], { message: '应为合格或不合格' }).optional(),
  /**
   * Step 11 (D9): left out, the server takes the days and hours from the training attendance Jiceng
   * recorded; figures above that record need `outside`, the training held outside Jiceng.
   */
  training: z
    .strictObject({
      days: z.number().min(0, { message: '不能为负数' }).max(366).optional(),
      hours: z.number().min(0, { message: '不能为负数' }).max(2000).optional(),
      outside: z.string().trim().max(200, { message: '不能超过 200 个字符' }).optional(),
    })
    .optional(),
  vote: voteCountsSchema.optional(),
  approved: z.boolean().optional(),
  extensionReason: z.string().trim().max(500, { message: '不能超过 500 个字符' }).optional(),
  notice: z
    .strictObject({
      from: isoDateSchema,
      to: isoDateSchema,
      text: z
        .string()
        .trim()
        .min(1, { message: '须填写公示内容' })
        .max(2000, { message: '不能超过 2000 个字符' }),
    })
    .refine((n) => n.to >= n.from, { message: '公示结束日期不能早于开始日期', path: ['to'] })
    .optional(),
  reason: z.string().trim().max(500, { message: '不能超过 500 个字符' }).optional(),
  months: z.number().int({ message: '应为整数' }).min(1).max(24).optional(),
  note: z.string().trim().max(1000, { message: '不能超过 1000 个字符' }).optional(),
});
export type StepDataInput = z.infer<typeof stepDataInputSchema>;

export const stepRecordInputSchema = z.strictObject({
  step: developmentEventKeySchema,
  date: isoDateSchema,
  /** The deciding org; for approvals the approving committee. Defaults to the person's own org. */
  orgId: z.number().int().positive().optional(),
  data: stepDataInputSchema.optional(),
});
export type StepRecordInput = z.infer<typeof stepRecordInputSchema>;

export const stepVoidInputSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(1, { message: '须说明撤销理由' })
    .max(500, { message: '不能超过 500 个字符' }),
});
export type StepVoidInput = z.infer<typeof stepVoidInputSchema>;

/** A step's data as stored: participants resolved to names and membership dates at the time of recording. */
export const stepDataSchema = z.object({
  participants: z
    .array(
      z.object({
        personId: z.number().int(),
        name: z.string(),
        role: participantRoleSchema,
        fullMemberSince: z.string().nullable(),
        rightsRestricted: z.boolean().optional(),
      }),
    )
    .optional(),
  result: z.enum(['pass', 'fail']).optional(),
  training: z
    .object({
      days: z.number().optional(),
      hours: z.number().optional(),
      /** What Jiceng's training attendance showed when the step was recorded (trainings module). */
      recordedDays: z.number().optional(),
      recordedHours: z.number().optional(),
      outside: z.string().optional(),
    })
    .optional(),
  vote: voteCountsSchema.optional(),
  approverMayApprove: z.boolean().optional(),
  approved: z.boolean().optional(),
  extensionReason: z.string().optional(),
  notice: z.object({ from: z.string(), to: z.string(), text: z.string().optional() }).optional(),
  reason: z.string().optional(),
  months: z.number().optional(),
  note: z.string().optional(),
});
export type StoredStepData = z.infer<typeof stepDataSchema>;

export const recordedStepSchema = z.object({
  id: z.number().int(),
  step: developmentEventKeySchema,
  label: z.string(),
  date: z.string(),
  data: stepDataSchema,
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  recordedBy: z.string().nullable(),
  voided: z.boolean(),
  /** A failed vote, review or approval: recorded, but it moves nothing on. */
  failed: z.boolean(),
});
export type RecordedStepView = z.infer<typeof recordedStepSchema>;

export const nextStepSchema = z.object({
  step: developmentEventKeySchema,
  label: z.string(),
  earliestDate: z.string(),
  warnings: z.array(ruleViolationSchema),
  /** Working days of public notice the step needs first (D22), or null. */
  noticeWorkingDays: z.number().int().nullable(),
});

export const developmentSchema = z.object({
  personId: z.number().int(),
  stage: z.enum(STAGES).nullable(),
  ruleSetId: z.string(),
  steps: z.array(recordedStepSchema),
  nextSteps: z.array(nextStepSchema),
  probationEnd: z.string().nullable(),
  /** development.md D20: the end of probation, once the conversion is approved. */
  conversionDate: z.string().nullable(),
});
export type DevelopmentView = z.infer<typeof developmentSchema>;

export const stepRecordedSchema = z.object({
  step: recordedStepSchema,
  warnings: z.array(ruleViolationSchema),
  development: developmentSchema,
});
export type StepRecorded = z.infer<typeof stepRecordedSchema>;

/** A refused step: the first violation as usual, and all of them for a form to mark every field. */
export const stepRefusalSchema = z.object({
  error: apiErrorSchema.shape.error.extend({ violations: z.array(ruleViolationSchema).optional() }),
});

export const BOARD_ITEMS = [
  'first_talk',
  'assessment',
  'candidate_eligible',
  'candidate_missing',
  'approval_pending',
  'probation_ending',
] as const;
export type BoardItem = (typeof BOARD_ITEMS)[number];

export const boardQuerySchema = z.object({ orgId: z.coerce.number().int().positive().optional() });

export const boardRowSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  stage: z.enum(STAGES),
  item: z.enum(BOARD_ITEMS),
  step: developmentEventKeySchema.nullable(),
  /** What is due, in Chinese. */
  label: z.string(),
  rule: z.string(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

export const boardSchema = z.object({ today: z.string(), rows: z.array(boardRowSchema) });
export type Board = z.infer<typeof boardSchema>;

export const reminderInputSchema = z.strictObject({ orgId: z.number().int().positive().optional() });

/** What a reminder run sent: duties reminded, orgs written to, inbox messages and texts queued. */
export const developmentReminderResultSchema = z.object({
  duties: z.number().int(),
  orgs: z.number().int(),
  inbox: z.number().int(),
  sms: z.number().int(),
});
export type DevelopmentReminderResult = z.infer<typeof developmentReminderResultSchema>;

export const PIPELINE_STAGES = ['applicant', 'activist', 'candidate', 'probationary'] as const;
export const PIPELINE_LIMIT = 500;

export const pipelineQuerySchema = z.object({ orgId: z.coerce.number().int().positive() });

/** One person on the stage board: since when in the stage, the next step and anything due. */
export const pipelineCardSchema = z.object({
  personId: z.number().int(),
  name: z.string(),
  orgName: z.string(),
  stage: z.enum(PIPELINE_STAGES),
  stageSince: z.string().nullable(),
  next: z.object({ label: z.string(), earliestDate: z.string() }).nullable(),
  /** The most pressing board item: overdue first, then the nearest due date. */
  due: z.object({ label: z.string(), dueDate: z.string().nullable(), overdue: z.boolean() }).nullable(),
  /** Candidates: the training Jiceng recorded against D9 (trainings module); null for other stages. */
  training: z
    .object({ days: z.number(), hours: z.number(), met: z.boolean(), rule: z.string() })
    .nullable()
    .optional(),
});
export type PipelineCard = z.infer<typeof pipelineCardSchema>;

export const pipelineSchema = z.object({
  today: z.string(),
  columns: z.array(z.object({ stage: z.enum(PIPELINE_STAGES), cards: z.array(pipelineCardSchema) })),
  /** More people than the board shows (PIPELINE_LIMIT): narrow the org. */
  truncated: z.boolean(),
});
export type Pipeline = z.infer<typeof pipelineSchema>;
