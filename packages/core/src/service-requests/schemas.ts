import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { pageQuerySchema } from '../shared/paging';
import {
  SATISFACTIONS,
  SERVICE_ASSIGNEE_KINDS,
  SERVICE_REQUEST_KINDS,
  type ServiceRequestKind,
} from './kinds';
import { SERVICE_REQUEST_STATES } from './states';

/**
 * What the service-request API accepts (issue 10). Every message names the field in Chinese, because the
 * public form is filled in by residents and the server answers with the message as it is.
 */

export const SERVICE_REQUEST_TEXT_MAX = 500;
export const SERVICE_REQUEST_NOTE_MAX = 500;
/** Longest a deadline may be set to: 90 days. */
export const SERVICE_DEADLINE_MAX_MINUTES = 90 * 24 * 60;

const requiredText = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不能超过 ${max} 个字` });

const optionalText = (label: string, max: number) =>
  z
    .string({ message: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字` })
    .nullable()
    .optional();

const positiveId = (message: string) => z.number({ message }).int({ message }).positive({ message });

/** A mainland mobile number, so the desk can call back and the resident can be texted. */
export const contactPhoneSchema = z
  .string({ message: '请填写联系电话' })
  .trim()
  .min(1, { message: '请填写联系电话' })
  .regex(/^1[3-9][0-9]{9}$/, { message: '联系电话应为 11 位手机号码' });

export const serviceRequestKindSchema = z.enum(SERVICE_REQUEST_KINDS, { message: '请选择诉求类别' });

export const serviceRequestFields = {
  orgId: positiveId('请选择所在村（社区）'),
  kind: serviceRequestKindSchema,
  text: requiredText('诉求内容', SERVICE_REQUEST_TEXT_MAX),
  contactName: requiredText('联系人姓名', 30),
  contactPhone: contactPhoneSchema,
  address: optionalText('地址', 100),
};

/** Filed by a resident on the public page, without signing in. */
export const publicServiceRequestInputSchema = z.strictObject(serviceRequestFields);
export type PublicServiceRequestInput = z.infer<typeof publicServiceRequestInputSchema>;

/** Typed in by staff from a hotline call or a visit to the desk. */
export const hotlineServiceRequestInputSchema = z.strictObject({
  ...serviceRequestFields,
  channel: z.enum(['hotline', 'walk_in'], { message: '请选择受理渠道' }),
});
export type HotlineServiceRequestInput = z.infer<typeof hotlineServiceRequestInputSchema>;

export const serviceAssignInputSchema = z
  .strictObject({
    assigneeKind: z.enum(SERVICE_ASSIGNEE_KINDS, { message: '请选择承办方（党员或党员服务社）' }),
    personId: positiveId('请选择承办党员').nullable().optional(),
    note: optionalText('派单说明', SERVICE_REQUEST_NOTE_MAX),
  })
  .superRefine((value, ctx) => {
    if (value.assigneeKind === 'member' && value.personId == null) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: '派给党员时须选择承办党员' });
    }
    if (value.assigneeKind === 'service_desk' && value.personId != null) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: '派给党员服务社时不选承办党员' });
    }
  });
export type ServiceAssignInput = z.infer<typeof serviceAssignInputSchema>;

export const serviceRespondInputSchema = z.strictObject({
  note: optionalText('响应情况', SERVICE_REQUEST_NOTE_MAX),
});
export type ServiceRespondInput = z.infer<typeof serviceRespondInputSchema>;

export const serviceResolveInputSchema = z.strictObject({
  resolution: requiredText('办理结果', SERVICE_REQUEST_NOTE_MAX),
});
export type ServiceResolveInput = z.infer<typeof serviceResolveInputSchema>;

export const serviceCloseInputSchema = z.strictObject({
  reason: requiredText('理由', 200),
});
export type ServiceCloseInput = z.infer<typeof serviceCloseInputSchema>;

export const serviceRateInputSchema = z.strictObject({
  satisfaction: z.enum(SATISFACTIONS, { message: '请选择满意程度' }),
  comment: optionalText('评价内容', 200),
});
export type ServiceRateInput = z.infer<typeof serviceRateInputSchema>;

/** The tracking code the resident gets: ten letters and digits without look-alikes (0/O, 1/I/L). */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const trackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{10}$/, { message: '查询码应为 10 位字母和数字' });

const minutesSchema = (label: string) =>
  z
    .number({ message: `${label}应为分钟数` })
    .int({ message: `${label}应为整数分钟` })
    .min(1, { message: `${label}至少 1 分钟` })
    .max(SERVICE_DEADLINE_MAX_MINUTES, { message: `${label}不能超过 90 天` });

export const serviceDeadlineSettingSchema = z
  .strictObject({
    kind: serviceRequestKindSchema,
    responseMinutes: minutesSchema('响应时限'),
    resolveMinutes: minutesSchema('办结时限'),
  })
  .refine((s) => s.resolveMinutes >= s.responseMinutes, {
    path: ['resolveMinutes'],
    message: '办结时限不能短于响应时限',
  });

/** An org's own deadlines; a kind left out follows the org above (or the default). */
export const serviceDeadlinesInputSchema = z
  .strictObject({ settings: z.array(serviceDeadlineSettingSchema).max(SERVICE_REQUEST_KINDS.length) })
  .superRefine((value, ctx) => {
    const seen = new Set<ServiceRequestKind>();
    value.settings.forEach((s, i) => {
      if (seen.has(s.kind)) {
        ctx.addIssue({ code: 'custom', path: ['settings', i, 'kind'], message: '同一类别只能设置一次' });
      }
      seen.add(s.kind);
    });
  });
export type ServiceDeadlinesInput = z.infer<typeof serviceDeadlinesInputSchema>;

const booleanQuery = z
  .enum(['true', 'false'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true');

export const serviceRequestsQuerySchema = pageQuerySchema.extend({
  orgId: z.coerce.number().int().positive({ message: '请选择党组织' }),
  state: z.enum(SERVICE_REQUEST_STATES, { message: '状态不正确' }).optional(),
  kind: serviceRequestKindSchema.optional(),
  overdue: booleanQuery.optional(),
  /** Only open requests that missed a deadline and went up the tree. */
  escalated: booleanQuery.optional(),
  assigneePersonId: z.coerce.number().int().positive().optional(),
  serviceDesk: booleanQuery.optional(),
  q: z.string().trim().max(50).optional(),
});
export type ServiceRequestsQuery = z.infer<typeof serviceRequestsQuerySchema>;

export const serviceOnTimeQuerySchema = z
  .object({
    orgId: z.coerce.number().int().positive({ message: '请选择党组织' }),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: '结束日期不能早于开始日期' });
export type ServiceOnTimeQuery = z.infer<typeof serviceOnTimeQuerySchema>;
