import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { personCreateSchema } from '../person/schemas';
import { STAGES } from '../person/enums';
import { TRANSFER_STATES } from './transfer-letter';
import { TRANSFER_STOP_ROLES } from './transfer-path';
import { transferExternalInInputSchema } from './transfer-schemas';

export const TRANSFER_KINDS = ['internal', 'outbound', 'inbound'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];
export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = {
  internal: '系统内转接',
  outbound: '转出系统外',
  inbound: '从系统外转入',
};

export const TRANSFER_STOP_STATES = ['waiting', 'pending', 'done', 'refused'] as const;

export const transferStopSchema = z.object({
  seq: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  role: z.enum(TRANSFER_STOP_ROLES),
  state: z.enum(TRANSFER_STOP_STATES),
  actedOn: z.string().nullable(),
});

export const transferSchema = z.object({
  id: z.number().int(),
  kind: z.enum(TRANSFER_KINDS),
  state: z.enum(TRANSFER_STATES),
  /** An issued letter past its validity (T4): flagged, and the issuer may re-issue it. */
  expired: z.boolean(),
  person: z.object({ id: z.number().int(), name: z.string(), stage: z.enum(STAGES).nullable() }),
  fromOrgId: z.number().int().nullable(),
  fromOrgName: z.string(),
  toOrgId: z.number().int().nullable(),
  toOrgName: z.string(),
  toGroupId: z.number().int().nullable(),
  issuerOrgId: z.number().int().nullable(),
  issuerOrgName: z.string().nullable(),
  letterNumber: z.string().nullable(),
  validityDays: z.number().int(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  /** Valid days left, today included; null before the letter is issued. */
  daysLeft: z.number().int().nullable(),
  duesPaidUpTo: z.string(),
  note: z.string().nullable(),
  refusedReason: z.string().nullable(),
  refusedByOrgName: z.string().nullable(),
  refusedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  receiptReturnedOn: z.string().nullable(),
  previousNumbers: z.array(z.string()),
  stops: z.array(transferStopSchema),
  /** The stop whose turn it is, if the transfer is open. */
  currentStop: transferStopSchema.nullable(),
  /** What the asking user may do now. */
  actions: z.array(z.enum(['approve', 'receive', 'refuse', 'cancel', 'reissue', 'record_receipt', 'print'])),
  createdAt: z.string(),
});
export type Transfer = z.infer<typeof transferSchema>;
export type TransferAction = Transfer['actions'][number];

export const TRANSFER_LIST_FILTERS = ['pending', 'in_flight', 'expired', 'refused', 'done', 'all'] as const;
export type TransferListFilter = (typeof TRANSFER_LIST_FILTERS)[number];
export const TRANSFER_LIST_FILTER_LABELS: Record<TransferListFilter, string> = {
  pending: '待我处理',
  in_flight: '转接中',
  expired: '介绍信已过期',
  refused: '已退回',
  done: '已完成',
  all: '全部',
};

export const transferListQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  filter: z.enum(TRANSFER_LIST_FILTERS, { message: '不是有效的筛选条件' }).default('pending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TransferListQuery = z.infer<typeof transferListQuerySchema>;

export const transferListSchema = z.object({
  items: z.array(transferSchema),
  total: z.number().int(),
  today: z.string(),
});
export type TransferList = z.infer<typeof transferListSchema>;

/** A branch anywhere in Jiceng that may receive a member (the sender cannot read other subtrees). */
export const transferDestinationSchema = z.object({ id: z.number().int(), fullName: z.string() });
export const transferDestinationQuerySchema = z.object({
  q: z.string().trim().min(1, { message: '请输入组织名称' }).max(50),
});

export const transferReceiptInputSchema = z.strictObject({ returnedOn: isoDateSchema });
export type TransferReceiptInput = z.infer<typeof transferReceiptInputSchema>;

export const transferCancelInputSchema = z.strictObject({
  reason: z.string().trim().max(500, { message: '撤销理由不能超过 500 个字符' }).optional(),
});
export type TransferCancelInput = z.infer<typeof transferCancelInputSchema>;

/** A paper letter from outside, and the member it brings (registered in the receiving branch). */
export const transferInboundInputSchema = z.strictObject({
  letter: transferExternalInInputSchema,
  person: personCreateSchema,
});
export type TransferInboundInput = z.infer<typeof transferInboundInputSchema>;
