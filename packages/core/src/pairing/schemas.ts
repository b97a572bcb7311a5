import { z } from 'zod';
import { parseYuanToFen } from '../dues/money';
import { isoDateSchema } from '../org/schemas';
import { idNumberSchema, phoneSchema } from '../person/schemas';
import { pageQuerySchema } from '../shared/paging';
import {
  CONSENT_WAYS,
  FUND_ENTRY_KINDS,
  HELP_KINDS,
  HELPER_ROLES,
  HOUSEHOLD_SITUATIONS,
  PAIRING_END_REASONS,
} from './kinds';
import { optionalText, positiveId, text } from '../shared/fields';

const dateOf = (label: string) =>
  z
    .string({ message: `请填写${label}` })
    .refine((v) => isoDateSchema.safeParse(v).success, { message: `${label}应为 YYYY-MM-DD 格式的真实日期` });

/** Amounts are integer fen (dues.md F14), at most ten million 元 a record. */
const fen = (label: string, min: 0 | 1) =>
  z
    .number({ message: `${label}应为以分计的整数` })
    .int({ message: `${label}应为以分计的整数` })
    .min(min, { message: min === 0 ? `${label}不能为负数` : `${label}应大于 0` })
    .max(1_000_000_000, { message: `${label}不能超过 1000 万元` });

/** What a form field in 元 must hold: a non-negative amount with at most two decimals (parsed exactly). */
export const yuanTextSchema = z
  .string()
  .refine((v) => parseYuanToFen(v) !== null, { message: '金额应为不小于 0、最多两位小数的数字（元）' });

const queryId = z.coerce.number().int().positive();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const householdInputSchema = z.strictObject({
  orgId: positiveId('所在村（社区）党组织'),
  headName: text('户主姓名', 30),
  idNumber: idNumberSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  address: text('家庭住址', 200),
  peopleCount: z
    .number({ message: '家庭人口应为数字' })
    .int({ message: '家庭人口应为整数' })
    .min(1, { message: '家庭人口至少 1 人' })
    .max(30, { message: '家庭人口不能超过 30 人' }),
  situations: z
    .array(z.enum(HOUSEHOLD_SITUATIONS, { message: '困难类型不正确' }), { message: '请选择困难类型' })
    .min(1, { message: '请至少选择一项困难类型' })
    .refine((list) => new Set(list).size === list.length, { message: '困难类型不能重复' }),
  note: optionalText('备注', 500),
});
export type HouseholdInput = z.infer<typeof householdInputSchema>;

export const householdUpdateSchema = householdInputSchema.partial();
export type HouseholdUpdate = z.infer<typeof householdUpdateSchema>;

export const consentInputSchema = z.strictObject({
  consentedOn: dateOf('同意日期'),
  way: z.enum(CONSENT_WAYS, { message: '同意方式应为书面或口头' }),
  recordedByName: text('记录人', 30),
  note: optionalText('备注', 300),
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const householdCloseSchema = z.strictObject({
  closedOn: dateOf('退出日期'),
  reason: text('退出原因', 200),
});
export type HouseholdClose = z.infer<typeof householdCloseSchema>;

export const pairingInputSchema = z.strictObject({
  householdId: positiveId('帮扶对象'),
  helperPersonId: positiveId('帮扶人'),
  startedOn: dateOf('结对开始日期'),
  note: optionalText('备注', 300),
});
export type PairingInput = z.infer<typeof pairingInputSchema>;

export const pairingEndSchema = z.strictObject({
  endedOn: dateOf('结束日期'),
  reason: z.enum(PAIRING_END_REASONS, { message: '请选择结束原因' }),
  note: optionalText('说明', 300),
});
export type PairingEnd = z.infer<typeof pairingEndSchema>;

const visitFields = {
  visitedOn: dateOf('走访日期'),
  notes: text('走访情况', 1000),
  helpKinds: z
    .array(z.enum(HELP_KINDS, { message: '帮扶内容不正确' }), { message: '请选择帮扶内容' })
    .min(1, { message: '请至少选择一项帮扶内容' })
    .refine((list) => new Set(list).size === list.length, { message: '帮扶内容不能重复' }),
  moneyFen: fen('资金金额', 0).default(0),
  goodsFen: fen('物资折价', 0).default(0),
  goodsDescription: optionalText('物资说明', 200),
};

/** A member logs a visit to one of their own households. */
export const myVisitInputSchema = z.strictObject({ householdId: positiveId('帮扶对象'), ...visitFields });
export type MyVisitInput = z.infer<typeof myVisitInputSchema>;

/** Staff record a visit for a helper. */
export const visitInputSchema = myVisitInputSchema.extend({ visitorPersonId: positiveId('走访人') });
export type VisitInput = z.infer<typeof visitInputSchema>;

export const visitVoidSchema = z.strictObject({ reason: text('作废理由', 200) });

export const fundContributionInputSchema = z.strictObject({
  orgId: positiveId('互助金所属党组织'),
  contributorName: text('捐入人（单位）', 60),
  contributorPersonId: positiveId('捐入党员').nullable().optional(),
  amountFen: fen('金额', 1),
  occurredOn: dateOf('日期'),
  note: optionalText('备注', 300),
});
export type FundContributionInput = z.infer<typeof fundContributionInputSchema>;

export const fundGrantInputSchema = z.strictObject({
  orgId: positiveId('互助金所属党组织'),
  householdId: positiveId('受助帮扶对象'),
  amountFen: fen('金额', 1),
  occurredOn: dateOf('日期'),
  purpose: text('用途', 200),
  approvedBy: text('审批人', 60),
  note: optionalText('备注', 300),
});
export type FundGrantInput = z.infer<typeof fundGrantInputSchema>;

export const householdsQuerySchema = pageQuerySchema.extend({
  orgId: queryId.optional(),
  q: z.string().trim().max(30).optional(),
  situation: z.enum(HOUSEHOLD_SITUATIONS).optional(),
  status: z.enum(['open', 'closed', 'all']).default('open'),
  paired: booleanQuery.optional(),
});
export type HouseholdsQuery = z.infer<typeof householdsQuerySchema>;

export const pairingsQuerySchema = z.object({
  orgId: queryId.optional(),
  householdId: queryId.optional(),
  helperPersonId: queryId.optional(),
  active: booleanQuery.optional(),
});
export type PairingsQuery = z.infer<typeof pairingsQuerySchema>;

export const visitsQuerySchema = pageQuerySchema.extend({
  orgId: queryId.optional(),
  householdId: queryId.optional(),
  visitorPersonId: queryId.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type VisitsQuery = z.infer<typeof visitsQuerySchema>;

export const pairingOrgQuerySchema = z.object({ orgId: queryId });

const consentSchema = z.object({
  consentedOn: z.string(),
  way: z.enum(CONSENT_WAYS),
  recordedByName: z.string(),
  note: z.string().nullable(),
});

const helperSchema = z.object({
  pairingId: z.number().int(),
  personId: z.number().int(),
  name: z.string(),
  role: z.enum(HELPER_ROLES),
  startedOn: z.string(),
});

export const householdSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  headName: z.string(),
  /** Masked unless the unmasked view was asked for (and audited). */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string(),
  peopleCount: z.number().int(),
  situations: z.array(z.enum(HOUSEHOLD_SITUATIONS)),
  note: z.string().nullable(),
  consent: consentSchema.nullable(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  helpers: z.array(helperSchema),
  lastVisitOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Household = z.infer<typeof householdSchema>;

export const householdPageSchema = z.object({
  items: z.array(householdSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type HouseholdPage = z.infer<typeof householdPageSchema>;

export const pairingSchema = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  headName: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  helperPersonId: z.number().int(),
  helperName: z.string(),
  helperOrgName: z.string(),
  helperRole: z.enum(HELPER_ROLES),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.enum(PAIRING_END_REASONS).nullable(),
  endNote: z.string().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  lastVisitOn: z.string().nullable(),
});
export type Pairing = z.infer<typeof pairingSchema>;

export const visitSchema = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  headName: z.string(),
  orgName: z.string(),
  pairingId: z.number().int(),
  visitorPersonId: z.number().int(),
  visitorName: z.string(),
  visitedOn: z.string(),
  notes: z.string(),
  helpKinds: z.array(z.enum(HELP_KINDS)),
  moneyFen: z.number().int(),
  goodsFen: z.number().int(),
  goodsDescription: z.string().nullable(),
  /** Logged by the visitor on the phone rather than by staff. */
  bySelf: z.boolean(),
  recordedByName: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  createdAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitPageSchema = z.object({
  items: z.array(visitSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  moneyFen: z.number().int(),
  goodsFen: z.number().int(),
});
export type VisitPage = z.infer<typeof visitPageSchema>;

const figuresSchema = z.object({
  households: z.number().int(),
  pairedHouseholds: z.number().int(),
  peopleCovered: z.number().int(),
  helpers: z.number().int(),
  visitsThisYear: z.number().int(),
  moneyFenThisYear: z.number().int(),
  goodsFenThisYear: z.number().int(),
  notVisitedRecently: z.number().int(),
});

export const coverageSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  today: z.string(),
  year: z.number().int(),
  overdueBefore: z.string(),
  rows: z.array(
    figuresSchema.extend({
      orgId: z.number().int(),
      orgName: z.string(),
      /** The viewed org's own households (not under any child). */
      self: z.boolean(),
    }),
  ),
  total: figuresSchema,
});
export type Coverage = z.infer<typeof coverageSchema>;

export const fundEntrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(FUND_ENTRY_KINDS),
  amountFen: z.number().int(),
  occurredOn: z.string(),
  contributorName: z.string().nullable(),
  householdId: z.number().int().nullable(),
  headName: z.string().nullable(),
  purpose: z.string().nullable(),
  approvedBy: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  /** The balance after this entry, in ledger order (date, then entry). */
  balanceAfterFen: z.number().int(),
});
export type FundEntry = z.infer<typeof fundEntrySchema>;

export const fundLedgerSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  contributedFen: z.number().int(),
  grantedFen: z.number().int(),
  balanceFen: z.number().int(),
  entries: z.array(fundEntrySchema),
});
export type FundLedger = z.infer<typeof fundLedgerSchema>;

export const myPairingSchema = z.object({
  pairingId: z.number().int(),
  householdId: z.number().int(),
  headName: z.string(),
  phone: z.string().nullable(),
  address: z.string(),
  orgName: z.string(),
  peopleCount: z.number().int(),
  situations: z.array(z.enum(HOUSEHOLD_SITUATIONS)),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  active: z.boolean(),
  lastVisitOn: z.string().nullable(),
  visitsThisYear: z.number().int(),
  recentVisits: z.array(visitSchema),
});
export type MyPairing = z.infer<typeof myPairingSchema>;

export const myPairingsSchema = z.object({
  today: z.string(),
  overdueBefore: z.string(),
  items: z.array(myPairingSchema),
});
export type MyPairings = z.infer<typeof myPairingsSchema>;
