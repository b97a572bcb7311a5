import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { SEXES, STAGES } from '../person/enums';
import { OUTFLOW_STATES } from './mobile';

/**
 * T9: what either org records of a mobile member's Party life while away. The inflow org records meetings
 * and activities it confirms on the card; either side records a contact, which moves `lastContactOn`.
 */
export const OUTFLOW_ACTIVITY_KINDS = ['meeting', 'activity', 'contact'] as const;
export type OutflowActivityKind = (typeof OUTFLOW_ACTIVITY_KINDS)[number];

export const OUTFLOW_ACTIVITY_KIND_LABELS: Record<OutflowActivityKind, string> = {
  meeting: '参加会议',
  activity: '参加活动',
  contact: '联系情况',
};

/** Which side of the dual management (T9) a list is for: outflows from my orgs, or into them. */
export const OUTFLOW_SIDES = ['out', 'in'] as const;
export type OutflowSide = (typeof OUTFLOW_SIDES)[number];

export const OUTFLOW_SIDE_LABELS: Record<OutflowSide, string> = { out: '流出', in: '流入' };

/** `open` is every state in which the member is still away (OPEN_OUTFLOW_STATES). */
export const OUTFLOW_STATE_FILTERS = ['open', ...OUTFLOW_STATES] as const;
export type OutflowStateFilter = (typeof OUTFLOW_STATE_FILTERS)[number];

export const outflowActivityInputSchema = z.strictObject({
  occurredOn: isoDateSchema,
  kind: z.enum(OUTFLOW_ACTIVITY_KINDS, { message: '不是有效的记录类别' }),
  title: z
    .string({ message: '内容应为文字' })
    .trim()
    .min(1, { message: '内容不能为空' })
    .max(100, { message: '内容不能超过 100 个字符' }),
  note: z.string().trim().max(500, { message: '备注不能超过 500 个字符' }).optional(),
});
export type OutflowActivityInput = z.infer<typeof outflowActivityInputSchema>;

export const outflowListQuerySchema = z.object({
  /** A subtree of the actor's reach; without it, everything the actor reaches. */
  orgId: z.coerce.number().int().positive().optional(),
  side: z.enum(OUTFLOW_SIDES, { message: '应为流出或流入' }).default('out'),
  state: z.enum(OUTFLOW_STATE_FILTERS, { message: '不是有效的流出登记状态' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OutflowListQuery = z.infer<typeof outflowListQuerySchema>;

export const outflowDetailQuerySchema = z.object({
  /** The full contact number (needs `person.unmask` on either org; the read is audited). */
  unmasked: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const inflowOrgQuerySchema = z.object({
  q: z.string().trim().min(1, { message: '请输入党支部名称' }).max(100),
});

/** A branch anywhere in Jiceng that an outflow may name as its inflow org (T9), whoever's tree it is in. */
export const inflowOrgHitSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The names from the top org down to the branch, so two branches of one name can be told apart. */
  fullName: z.string(),
});
export type InflowOrgHit = z.infer<typeof inflowOrgHitSchema>;

/**
 * An outflow as both orgs see it: the few facts of the member the inflow org needs for daily management
 * (T9), but not the rest of the archive. The contact is masked unless asked for and allowed.
 */
export const outflowSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  name: z.string(),
  sex: z.enum(SEXES),
  age: z.number().int(),
  stage: z.enum(STAGES).nullable(),
  orgId: z.number().int(),
  orgName: z.string(),
  inflowOrgId: z.number().int().nullable(),
  inflowOrgName: z.string(),
  destination: z.string(),
  contact: z.string(),
  cardNumber: z.string().nullable(),
  reason: z.string().nullable(),
  outflowOn: z.string(),
  state: z.enum(OUTFLOW_STATES),
  confirmedOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Outflow = z.infer<typeof outflowSchema>;

export const outflowPageSchema = z.object({
  items: z.array(outflowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OutflowPage = z.infer<typeof outflowPageSchema>;

export const outflowActivitySchema = z.object({
  id: z.number().int(),
  occurredOn: z.string(),
  kind: z.enum(OUTFLOW_ACTIVITY_KINDS),
  title: z.string(),
  note: z.string().nullable(),
  orgId: z.number().int(),
  orgName: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type OutflowActivity = z.infer<typeof outflowActivitySchema>;

export const outflowDetailSchema = outflowSchema.extend({
  activities: z.array(outflowActivitySchema),
  /** What the actor may do, so a page shows only the actions the server would accept. */
  mayManageOut: z.boolean(),
  mayManageIn: z.boolean(),
});
export type OutflowDetail = z.infer<typeof outflowDetailSchema>;

/** The member's own open outflow, for the phone page; null when not away. */
export const ownOutflowSchema = z.object({ outflow: outflowDetailSchema.nullable() });
export type OwnOutflow = z.infer<typeof ownOutflowSchema>;
