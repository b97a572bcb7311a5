import { z } from 'zod';
import {
  SATISFACTIONS,
  SERVICE_ASSIGNEE_KINDS,
  SERVICE_REQUEST_CHANNELS,
  SERVICE_REQUEST_KINDS,
} from './kinds';
import { SERVICE_REQUEST_STATES } from './states';

/** What the service-request API answers, shared by the server's responses and the web's screens. */

export const SERVICE_EVENT_ACTIONS = [
  'submitted',
  'assigned',
  'responded',
  'resolved',
  'rated',
  'rejected',
  'withdrawn',
  'escalated',
] as const;
export type ServiceEventAction = (typeof SERVICE_EVENT_ACTIONS)[number];

export const SERVICE_EVENT_LABELS: Record<ServiceEventAction, string> = {
  submitted: '提交诉求',
  assigned: '派单',
  responded: '响应（到场）',
  resolved: '办结',
  rated: '群众评价',
  rejected: '不予受理',
  withdrawn: '撤回',
  escalated: '超时上报',
};

export const DEADLINE_STATUS_KINDS = ['due', 'overdue', 'on_time', 'late', 'closed'] as const;

/** The deadline as a list shows it, computed by the server at the time of the answer. */
export const serviceDeadlineStatusSchema = z.object({
  status: z.enum(DEADLINE_STATUS_KINDS),
  deadline: z.enum(['response', 'resolution']).nullable(),
  at: z.string().nullable(),
  /** Minutes left (due) or overdue by (overdue); null otherwise. */
  minutes: z.number().int().nullable(),
});
export type ServiceDeadlineStatusView = z.infer<typeof serviceDeadlineStatusSchema>;

export const serviceRequestItemSchema = z.object({
  id: z.number().int(),
  trackingCode: z.string(),
  kind: z.enum(SERVICE_REQUEST_KINDS),
  kindLabel: z.string(),
  channel: z.enum(SERVICE_REQUEST_CHANNELS),
  state: z.enum(SERVICE_REQUEST_STATES),
  stateLabel: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  text: z.string(),
  contactName: z.string(),
  /** Masked (138****5678) except where the caller may and does see it in full. */
  contactPhone: z.string(),
  address: z.string().nullable(),
  submittedAt: z.string(),
  respondBy: z.string(),
  resolveBy: z.string(),
  respondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  assigneeKind: z.enum(SERVICE_ASSIGNEE_KINDS).nullable(),
  assigneePersonId: z.number().int().nullable(),
  /** The member's name, or 党员服务社. */
  assigneeName: z.string().nullable(),
  escalationLevel: z.number().int(),
  escalatedToOrgId: z.number().int().nullable(),
  escalatedToOrgName: z.string().nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  deadline: serviceDeadlineStatusSchema,
});
export type ServiceRequestItem = z.infer<typeof serviceRequestItemSchema>;

export const serviceEventSchema = z.object({
  at: z.string(),
  action: z.enum(SERVICE_EVENT_ACTIONS),
  actionLabel: z.string(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  toOrgName: z.string().nullable(),
  personName: z.string().nullable(),
});
export type ServiceEvent = z.infer<typeof serviceEventSchema>;

export const serviceRequestDetailSchema = serviceRequestItemSchema.extend({
  /** True when contactPhone is the full number (service.manage; the read is audited). */
  phoneUnmasked: z.boolean(),
  resolution: z.string().nullable(),
  closeReason: z.string().nullable(),
  satisfactionComment: z.string().nullable(),
  ratedAt: z.string().nullable(),
  timeline: z.array(serviceEventSchema),
});
export type ServiceRequestDetail = z.infer<typeof serviceRequestDetailSchema>;

export const serviceRequestCountsSchema = z.object({
  open: z.number().int(),
  overdue: z.number().int(),
  escalated: z.number().int(),
  byState: z.record(z.enum(SERVICE_REQUEST_STATES), z.number().int()),
});
export type ServiceRequestCounts = z.infer<typeof serviceRequestCountsSchema>;

export const serviceRequestPageSchema = z.object({
  items: z.array(serviceRequestItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: serviceRequestCountsSchema,
});
export type ServiceRequestPage = z.infer<typeof serviceRequestPageSchema>;

/** A village or community a resident may file to: name and id only. */
export const publicServiceOrgSchema = z.object({ id: z.number().int(), name: z.string() });
export type PublicServiceOrg = z.infer<typeof publicServiceOrgSchema>;

export const publicServiceReceiptSchema = z.object({
  trackingCode: z.string(),
  kindLabel: z.string(),
  orgName: z.string(),
  submittedAt: z.string(),
  respondBy: z.string(),
  resolveBy: z.string(),
});
export type PublicServiceReceipt = z.infer<typeof publicServiceReceiptSchema>;

/** What anyone holding the tracking code sees: progress only, no names or numbers of anyone. */
export const publicServiceTrackingSchema = z.object({
  trackingCode: z.string(),
  kindLabel: z.string(),
  orgName: z.string(),
  state: z.enum(SERVICE_REQUEST_STATES),
  stateLabel: z.string(),
  submittedAt: z.string(),
  respondBy: z.string(),
  resolveBy: z.string(),
  respondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  closeReason: z.string().nullable(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
  onTime: z.boolean().nullable(),
  timeline: z.array(
    z.object({ at: z.string(), action: z.enum(SERVICE_EVENT_ACTIONS), actionLabel: z.string() }),
  ),
});
export type PublicServiceTracking = z.infer<typeof publicServiceTrackingSchema>;

export const effectiveDeadlineSchema = z.object({
  kind: z.enum(SERVICE_REQUEST_KINDS),
  kindLabel: z.string(),
  responseMinutes: z.number().int(),
  resolveMinutes: z.number().int(),
  sourceOrgId: z.number().int().nullable(),
  sourceOrgName: z.string(),
});

export const serviceDeadlinesViewSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  own: z.array(
    z.object({
      kind: z.enum(SERVICE_REQUEST_KINDS),
      responseMinutes: z.number().int(),
      resolveMinutes: z.number().int(),
    }),
  ),
  effective: z.array(effectiveDeadlineSchema),
});
export type ServiceDeadlinesView = z.infer<typeof serviceDeadlinesViewSchema>;

export const serviceOnTimeRowSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  /** Submitted in the period, rejected and withdrawn ones left out. */
  total: z.number().int(),
  open: z.number().int(),
  resolved: z.number().int(),
  onTime: z.number().int(),
  overdueOpen: z.number().int(),
  /** Resolved, plus open past the resolve deadline: the base of the rate. */
  counted: z.number().int(),
  rate: z.number().nullable(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  satisfactionRate: z.number().nullable(),
});
export type ServiceOnTimeRow = z.infer<typeof serviceOnTimeRowSchema>;

export const serviceOnTimeViewSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(serviceOnTimeRowSchema),
  total: serviceOnTimeRowSchema,
});
export type ServiceOnTimeView = z.infer<typeof serviceOnTimeViewSchema>;
