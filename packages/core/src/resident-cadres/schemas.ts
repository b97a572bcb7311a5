import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { phoneSchema } from '../person/schemas';
import { firstSecretaryModeViolation } from './rules';
import { ASSIGNMENT_STATES, CADRE_MODES, CADRE_TASK_STATES, PRESENCE_SPANS } from './modes';
import { optionalText, positiveId, text } from '../shared/fields';

const dateOf = (label: string) => isoDateSchema.describe(label);

/** Chinese names of the resident-cadre fields, for the server to merge into its field labels. */
export const CADRE_FIELD_LABELS: Record<string, string> = {
  personId: '干部',
  workUnit: '派出单位',
  villageOrgId: '派驻村',
  mode: '工作方式',
  firstSecretary: '第一书记',
  dispatchedByOrgId: '选派单位',
  endedOn: '结束日期',
  reason: '结束原因',
  span: '在村时长',
  dueOn: '完成期限',
  result: '完成情况',
  minPresenceDays: '每月最少在村天数',
};

export const cadreModeSchema = z.enum(CADRE_MODES, { message: '工作方式应为帮、联或驻' });

/** The fields a form edits one by one (the web validates each with these). */
export const cadreAssignmentFields = {
  personId: positiveId('干部').nullable().optional(),
  name: optionalText('干部姓名', 30),
  workUnit: text('派出单位', 60),
  post: optionalText('职务', 40),
  phone: phoneSchema.nullable().optional(),
  villageOrgId: positiveId('派驻村'),
  mode: cadreModeSchema,
  firstSecretary: z.boolean({ message: '是否第一书记应为是或否' }).default(false),
  dispatchedByOrgId: positiveId('选派单位'),
  from: dateOf('派驻开始日期'),
  to: dateOf('派驻截止日期').nullable().optional(),
  note: optionalText('备注', 300),
};

/**
 * 选派: a cadre from the archives (personId) or from outside by name, work unit, post and phone (county
 * departments send them), to a village in a mode for a period.
 */
export const cadreAssignmentInputSchema = z.strictObject(cadreAssignmentFields).superRefine((input, ctx) => {
  if (input.personId == null && !input.name) {
    ctx.addIssue({ code: 'custom', path: ['name'], message: '未从党员档案中选择时，须填写干部姓名' });
  }
  if (input.personId != null && input.phone) {
    ctx.addIssue({
      code: 'custom',
      path: ['phone'],
      message: '在档人员的手机号以党员档案为准，这里只为档案外的干部填写',
    });
  }
  if (input.to && input.to < input.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: '派驻截止日期不能早于开始日期' });
  }
  const mode = firstSecretaryModeViolation(input);
  if (mode) ctx.addIssue({ code: 'custom', path: [mode.field!], message: mode.message });
});
export type CadreAssignmentInput = z.input<typeof cadreAssignmentInputSchema>;

/** What may change on an active assignment; the cadre, village, mode and start stay as dispatched. */
export const cadreAssignmentUpdateSchema = z.strictObject({
  workUnit: cadreAssignmentFields.workUnit.optional(),
  post: cadreAssignmentFields.post,
  phone: cadreAssignmentFields.phone,
  firstSecretary: z.boolean({ message: '是否第一书记应为是或否' }).optional(),
  to: cadreAssignmentFields.to,
  note: cadreAssignmentFields.note,
});
export type CadreAssignmentUpdate = z.infer<typeof cadreAssignmentUpdateSchema>;

export const cadreAssignmentEndSchema = z.strictObject({
  endedOn: dateOf('结束日期'),
  reason: text('结束原因', 200),
});
export type CadreAssignmentEnd = z.infer<typeof cadreAssignmentEndSchema>;

export const cadrePresenceInputSchema = z.strictObject({
  date: dateOf('在村日期'),
  span: z.enum(PRESENCE_SPANS, { message: '在村时长应为全天或半天' }),
  note: optionalText('工作内容', 200),
});
export type CadrePresenceInput = z.infer<typeof cadrePresenceInputSchema>;

export const cadreTaskInputSchema = z.strictObject({
  title: text('任务名称', 100),
  dueOn: dateOf('完成期限').nullable().optional(),
  note: optionalText('任务说明', 500),
});
export type CadreTaskInput = z.infer<typeof cadreTaskInputSchema>;

export const cadreTaskUpdateSchema = z
  .strictObject({
    state: z.enum(CADRE_TASK_STATES, { message: '任务状态不正确' }),
    result: optionalText('完成情况', 500),
  })
  .superRefine((input, ctx) => {
    if (input.state === 'done' && !input.result) {
      ctx.addIssue({ code: 'custom', path: ['result'], message: '任务完成须填写完成情况' });
    }
  });
export type CadreTaskUpdate = z.infer<typeof cadreTaskUpdateSchema>;

export const cadreSettingsInputSchema = z.strictObject({
  minPresenceDays: z
    .number({ message: '每月最少在村天数应为数字' })
    .int({ message: '每月最少在村天数应为整数' })
    .min(1, { message: '每月最少在村天数应在 1–31 之间' })
    .max(31, { message: '每月最少在村天数应在 1–31 之间' }),
});
export type CadreSettingsInput = z.infer<typeof cadreSettingsInputSchema>;

export const cadreSettingsSchema = z.object({
  orgId: z.number().int(),
  minPresenceDays: z.number().int(),
  /** The committee whose value applies; null = the default. */
  sourceOrgId: z.number().int().nullable(),
  sourceOrgName: z.string().nullable(),
});
export type CadreSettings = z.infer<typeof cadreSettingsSchema>;

export const cadreAssignmentSchema = z.object({
  id: z.number().int(),
  villageOrgId: z.number().int(),
  villageName: z.string(),
  townshipId: z.number().int().nullable(),
  townshipName: z.string().nullable(),
  personId: z.number().int().nullable(),
  cadreName: z.string(),
  workUnit: z.string(),
  post: z.string().nullable(),
  /** Masked (first 3 and last 4 digits) unless the detail was asked unmasked with the permission. */
  phone: z.string().nullable(),
  mode: z.enum(CADRE_MODES),
  firstSecretary: z.boolean(),
  dispatchedByOrgId: z.number().int(),
  dispatchedByName: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  state: z.enum(ASSIGNMENT_STATES),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  note: z.string().nullable(),
  presenceDaysThisMonth: z.number(),
  openTasks: z.number().int(),
});
export type CadreAssignment = z.infer<typeof cadreAssignmentSchema>;

export const cadrePresenceSchema = z.object({
  id: z.number().int(),
  assignmentId: z.number().int(),
  date: z.string(),
  span: z.enum(PRESENCE_SPANS),
  days: z.number(),
  note: z.string().nullable(),
});
export type CadrePresence = z.infer<typeof cadrePresenceSchema>;

export const cadreTaskSchema = z.object({
  id: z.number().int(),
  assignmentId: z.number().int(),
  title: z.string(),
  dueOn: z.string().nullable(),
  state: z.enum(CADRE_TASK_STATES),
  result: z.string().nullable(),
  note: z.string().nullable(),
  closedOn: z.string().nullable(),
});
export type CadreTask = z.infer<typeof cadreTaskSchema>;

export const cadreAssignmentDetailSchema = z.object({
  assignment: cadreAssignmentSchema,
  presence: z.array(cadrePresenceSchema),
  tasks: z.array(cadreTaskSchema),
});
export type CadreAssignmentDetail = z.infer<typeof cadreAssignmentDetailSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const cadreAssignmentsQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  mode: cadreModeSchema.optional(),
  state: z.enum(ASSIGNMENT_STATES).optional(),
  firstSecretary: booleanQuery.optional(),
});
export type CadreAssignmentsQuery = z.infer<typeof cadreAssignmentsQuerySchema>;

export const cadreMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });

export const cadreCountsQuerySchema = z.object({
  orgId: z.coerce.number().int().positive({ message: '请选择组织' }),
  month: cadreMonthSchema.optional(),
});

const stationedPresenceSchema = z.object({
  assignmentId: z.number().int(),
  cadreName: z.string(),
  villageName: z.string(),
  firstSecretary: z.boolean(),
  days: z.number(),
  expected: z.number(),
  below: z.boolean(),
});

export const cadreCountsSchema = z.object({
  orgId: z.number().int(),
  month: z.string(),
  minimumDays: z.number().int(),
  townships: z.array(
    z.object({
      townshipId: z.number().int(),
      townshipName: z.string(),
      villages: z.number().int(),
      minimumDays: z.number().int(),
      byMode: z.record(z.enum(CADRE_MODES), z.number().int()),
      firstSecretaries: z.number().int(),
      stationed: z.array(stationedPresenceSchema),
      belowMinimum: z.number().int(),
    }),
  ),
});
export type CadreCounts = z.infer<typeof cadreCountsSchema>;
