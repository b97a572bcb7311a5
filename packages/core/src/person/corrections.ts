import { z } from 'zod';
import { personFieldsSchema } from './schemas';

/** Fields a member may ask the branch to correct on their own record. */
export const CORRECTABLE_FIELDS = [
  'name',
  'idNumber',
  'ethnicity',
  'phone',
  'education',
  'personKind',
  'occupation',
  'address',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  ethnicity: '民族',
  phone: '手机号',
  education: '学历',
  personKind: '人员类别',
  occupation: '职业',
  address: '家庭住址',
};

export const correctionRequestSchema = z
  .strictObject({
    field: z.enum(CORRECTABLE_FIELDS, { message: '不是可申请更正的项目' }),
    value: z.string().trim().min(1, { message: '不能为空' }).max(200, { message: '不能超过 200 个字符' }),
    reason: z
      .string()
      .trim()
      .min(1, { message: '请说明更正理由' })
      .max(500, { message: '不能超过 500 个字符' }),
  })
  .superRefine((input, ctx) => {
    // The requested value must pass the same check as the field itself.
    const result = personFieldsSchema.shape[input.field].safeParse(input.value);
    if (!result.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: result.error.issues[0]?.message ?? '格式不正确',
      });
    }
  });
export type CorrectionRequestInput = z.infer<typeof correctionRequestSchema>;

export const correctionDecisionSchema = z
  .strictObject({
    approve: z.boolean(),
    reason: z.string().trim().max(500, { message: '不能超过 500 个字符' }).optional(),
  })
  .refine((d) => d.approve || (d.reason ?? '').length > 0, {
    path: ['reason'],
    message: '不同意时须说明理由',
  });

export const CORRECTION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
export const CORRECTION_STATUS_LABELS: Record<CorrectionStatus, string> = {
  pending: '待审核',
  approved: '已同意',
  refused: '未同意',
};

export const correctionSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  orgName: z.string(),
  field: z.enum(CORRECTABLE_FIELDS),
  /** Masked for ID numbers and phones unless shown to the member who asked. */
  requestedValue: z.string(),
  reason: z.string(),
  status: z.enum(CORRECTION_STATUSES),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;
