import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import {
  POST_CLAIM_STATES,
  SERVICE_HOURS_STATES,
  SERVICE_POST_KINDS,
  SERVICE_POST_STATES,
  TASK_FORCE_STATES,
} from './kinds';
import { MAX_SERVICE_HOURS_PER_DAY, MIN_SERVICE_HOURS } from './rules';
import { optionalText, text } from '../shared/fields';

export const servicePositiveId = (label: string) =>
  z
    .number({ message: `请选择${label}` })
    .int({ message: `请选择${label}` })
    .positive({ message: `请选择${label}` });

const queryId = (label: string) =>
  z.coerce
    .number({ message: `请选择${label}` })
    .int()
    .positive({ message: `请选择${label}` });

export const servicePostCapacitySchema = z
  .number({ message: '名额应为数字' })
  .int({ message: '名额应为整数' })
  .min(1, { message: '名额至少 1 人' })
  .max(999, { message: '名额不能超过 999 人' });

/** Hours in half-hour steps, 0.5 to 24. */
export const serviceHoursSchema = z
  .number({ message: '时长应为数字' })
  .min(MIN_SERVICE_HOURS, { message: `时长不能少于 ${MIN_SERVICE_HOURS} 小时` })
  .max(MAX_SERVICE_HOURS_PER_DAY, { message: `时长不能超过 ${MAX_SERVICE_HOURS_PER_DAY} 小时` })
  .refine((h) => Number.isInteger(h * 2), { message: '时长以半小时为单位，如 1.5' });

const periodOrder = <T extends { periodFrom?: string | null; periodTo?: string | null }>(v: T) =>
  !v.periodFrom || !v.periodTo || v.periodFrom <= v.periodTo;
const periodMessage = { message: '服务期结束日期（periodTo）不能早于开始日期', path: ['periodTo'] };

const postFields = {
  kind: z.enum(SERVICE_POST_KINDS, { message: '岗位类别不正确' }),
  title: text('岗位名称', 60),
  description: optionalText('岗位职责', 1000),
  place: optionalText('服务地点', 100),
  capacity: servicePostCapacitySchema,
  periodFrom: isoDateSchema.nullable().optional(),
  periodTo: isoDateSchema.nullable().optional(),
};

export const servicePostInputSchema = z
  .strictObject({ orgId: servicePositiveId('发布组织'), ...postFields })
  .refine(periodOrder, periodMessage);
export type ServicePostInput = z.infer<typeof servicePostInputSchema>;

export const servicePostUpdateSchema = z
  .strictObject({
    kind: postFields.kind.optional(),
    title: postFields.title.optional(),
    description: postFields.description,
    place: postFields.place,
    capacity: postFields.capacity.optional(),
    periodFrom: postFields.periodFrom,
    periodTo: postFields.periodTo,
    state: z.enum(SERVICE_POST_STATES, { message: '岗位状态不正确' }).optional(),
  })
  .refine(periodOrder, periodMessage);
export type ServicePostUpdate = z.infer<typeof servicePostUpdateSchema>;

export const servicePostSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  kind: z.enum(SERVICE_POST_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  place: z.string().nullable(),
  capacity: z.number().int(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  state: z.enum(SERVICE_POST_STATES),
  approvedCount: z.number().int(),
  pendingCount: z.number().int(),
  placesLeft: z.number().int(),
  confirmedHours: z.number(),
});
export type ServicePost = z.infer<typeof servicePostSchema>;

export const servicePostsQuerySchema = z.object({
  orgId: queryId('组织'),
  state: z.enum(SERVICE_POST_STATES).optional(),
  kind: z.enum(SERVICE_POST_KINDS).optional(),
});

export const postClaimInputSchema = z.strictObject({ note: optionalText('认领说明', 200) });
export type PostClaimInput = z.infer<typeof postClaimInputSchema>;

/** Approve, or refuse with a reason the member reads. */
export const postClaimDecisionSchema = z
  .strictObject({ approve: z.boolean({ message: '请选择审核结果' }), reason: optionalText('理由', 200) })
  .refine((v) => v.approve || !!v.reason, { message: '不通过时须写明理由（reason）', path: ['reason'] });
export type PostClaimDecision = z.infer<typeof postClaimDecisionSchema>;

export const postClaimEndSchema = z.strictObject({ reason: optionalText('结束说明', 200) });

export const servicePostClaimSchema = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  postTitle: z.string(),
  postKind: z.enum(SERVICE_POST_KINDS),
  postKindLabel: z.string(),
  personId: z.number().int(),
  personName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  state: z.enum(POST_CLAIM_STATES),
  stateLabel: z.string(),
  note: z.string().nullable(),
  decisionReason: z.string().nullable(),
  claimedAt: z.string(),
  decidedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  confirmedHours: z.number(),
  pendingHours: z.number(),
});
export type ServicePostClaim = z.infer<typeof servicePostClaimSchema>;

export const postClaimsQuerySchema = z.object({
  orgId: queryId('组织'),
  state: z.enum(POST_CLAIM_STATES).optional(),
  postId: z.coerce.number().int().positive().optional(),
});

export const serviceHoursInputSchema = z.strictObject({
  workedOn: isoDateSchema,
  hours: serviceHoursSchema,
  note: optionalText('服务内容', 200),
});
export type ServiceHoursInput = z.infer<typeof serviceHoursInputSchema>;

export const serviceHoursDecisionSchema = z
  .strictObject({ confirm: z.boolean({ message: '请选择是否确认' }), reason: optionalText('理由', 200) })
  .refine((v) => v.confirm || !!v.reason, { message: '不确认时须写明理由（reason）', path: ['reason'] });
export type ServiceHoursDecision = z.infer<typeof serviceHoursDecisionSchema>;

export const serviceHoursEntrySchema = z.object({
  id: z.number().int(),
  claimId: z.number().int(),
  postId: z.number().int(),
  postTitle: z.string(),
  personId: z.number().int(),
  personName: z.string(),
  workedOn: z.string(),
  hours: z.number(),
  note: z.string().nullable(),
  state: z.enum(SERVICE_HOURS_STATES),
  stateLabel: z.string(),
  /** Logged by the member (waits for the branch) or by the branch (confirmed at once). */
  loggedByMember: z.boolean(),
  decisionReason: z.string().nullable(),
});
export type ServiceHoursEntry = z.infer<typeof serviceHoursEntrySchema>;

export const serviceHoursQuerySchema = z.object({
  orgId: queryId('组织'),
  state: z.enum(SERVICE_HOURS_STATES).optional(),
  claimId: z.coerce.number().int().positive().optional(),
});

// 党员攻坚组

const progressSchema = z
  .number({ message: '进度应为数字' })
  .int({ message: '进度应为整数' })
  .min(0, { message: '进度不能小于 0' })
  .max(100, { message: '进度不能超过 100' });

const memberIdsSchema = z
  .array(servicePositiveId('组员'), { message: '请选择组员' })
  .min(1, { message: '攻坚组至少要有 1 名组员（memberIds）' })
  .max(200, { message: '攻坚组组员不能超过 200 人' })
  .refine((ids) => new Set(ids).size === ids.length, { message: '组员（memberIds）有重复' });

export const taskForceInputSchema = z.strictObject({
  orgId: servicePositiveId('组织'),
  name: text('攻坚组名称', 60),
  goal: text('攻坚目标', 1000),
  leaderPersonId: servicePositiveId('组长'),
  memberIds: memberIdsSchema,
});
export type TaskForceInput = z.infer<typeof taskForceInputSchema>;

export const taskForceUpdateSchema = z.strictObject({
  name: text('攻坚组名称', 60).optional(),
  goal: text('攻坚目标', 1000).optional(),
  leaderPersonId: servicePositiveId('组长').optional(),
  memberIds: memberIdsSchema.optional(),
  state: z.enum(TASK_FORCE_STATES, { message: '攻坚组状态不正确' }).optional(),
});
export type TaskForceUpdate = z.infer<typeof taskForceUpdateSchema>;

export const taskForceTaskInputSchema = z.strictObject({
  title: text('任务名称', 100),
  dueOn: isoDateSchema.nullable().optional(),
  assigneePersonId: servicePositiveId('责任人').nullable().optional(),
});
export type TaskForceTaskInput = z.infer<typeof taskForceTaskInputSchema>;

/** Progress 100 and done go together: done sets 100, and 100 marks it done. */
export const taskForceTaskUpdateSchema = z.strictObject({
  title: text('任务名称', 100).optional(),
  dueOn: isoDateSchema.nullable().optional(),
  assigneePersonId: servicePositiveId('责任人').nullable().optional(),
  progress: progressSchema.optional(),
  done: z.boolean({ message: '完成情况应为是或否' }).optional(),
  progressNote: optionalText('进展说明', 300),
});
export type TaskForceTaskUpdate = z.infer<typeof taskForceTaskUpdateSchema>;

export const taskForceTaskSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  dueOn: z.string().nullable(),
  assigneePersonId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  progress: z.number().int(),
  done: z.boolean(),
  progressNote: z.string().nullable(),
  overdue: z.boolean(),
});
export type TaskForceTask = z.infer<typeof taskForceTaskSchema>;

export const taskForceSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  name: z.string(),
  goal: z.string(),
  state: z.enum(TASK_FORCE_STATES),
  leaderPersonId: z.number().int(),
  leaderName: z.string(),
  members: z.array(z.object({ personId: z.number().int(), name: z.string() })),
  tasks: z.array(taskForceTaskSchema),
  /** The mean progress of its tasks (0 without tasks). */
  progress: z.number().int(),
});
export type TaskForce = z.infer<typeof taskForceSchema>;

export const taskForcesQuerySchema = z.object({ orgId: queryId('组织') });
