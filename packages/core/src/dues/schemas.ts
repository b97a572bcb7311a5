import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { PERSON_KINDS } from '../person/enums';
import { isMonthKey } from './months';
import { MAX_MONTHLY_INCOME_FEN } from './quote';
import { DUES_2008 } from './rule-sets';

/** How a payment reached the branch (issue 8). */
export const DUES_PAYMENT_METHODS = ['cash', 'bank_transfer', 'online'] as const;
export type DuesPaymentMethod = (typeof DUES_PAYMENT_METHODS)[number];
export const DUES_PAYMENT_METHOD_LABELS: Record<DuesPaymentMethod, string> = {
  cash: '现金',
  bank_transfer: '银行转账',
  online: '线上缴纳',
};

/** F11: one request may cover up to two years of back or advance months. */
export const MAX_MONTHS_PER_PAYMENT = 24;
/** A branch rarely has more; a larger list is a client bug rather than a collection round. */
export const MAX_PERSONS_PER_BULK_PAYMENT = 1000;

/** Chinese names of the dues fields, for the server to merge into its field labels. */
export const DUES_FIELD_LABELS: Record<string, string> = {
  personId: '党员',
  year: '年度',
  personKind: '人员类别',
  monthlyIncomeFen: '月收入',
  fixedAmountFen: '固定交纳金额',
  effectiveFromMonth: '起算月份',
  fromMonth: '开始月份',
  toMonth: '结束月份',
  reducedAmountFen: '减免后金额',
  reason: '理由',
  decidedOn: '支部决定日期',
  approvedOn: '批准日期',
  approvedByOrgName: '批准的上级党委',
  decisionRef: '决定文号',
  months: '交纳月份',
  month: '月份',
  method: '交纳方式',
  paidOn: '交纳日期',
  receiptNumber: '收据编号',
  amountFen: '金额',
  orgId: '党组织',
  personIds: '党员',
  paymentId: '交纳记录',
  fromOrgId: '上缴党组织',
  toOrgId: '接收党组织',
  period: '所属期间',
  remittedOn: '上缴日期',
  reference: '凭证号',
  centralVoluntaryFen: '上缴中央的自愿多交党费',
  note: '备注',
};

const id = (label: string) =>
  z
    .number({ message: `${label}应为编号` })
    .int({ message: `${label}应为编号` })
    .positive({ message: `${label}应为编号` });

function text(label: string, max: number, min = 1) {
  const base = z
    .string({ message: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字符` });
  return min > 0 ? base.min(min, { message: `${label}不能为空` }) : base;
}

/** Integer fen (F14): a decimal 元 amount sent by mistake is refused, never rounded. */
const fen = (label: string, min: number, max: number) =>
  z
    .number({ message: `${label}应为数字（单位：分）` })
    .int({ message: `${label}应为整数（单位：分）` })
    .min(min, { message: min === 0 ? `${label}不能为负数` : `${label}不能少于 ${min} 分` })
    .max(max, { message: `${label}不能超过 ${max} 分` });

export const duesMonthSchema = z
  .string({ message: '月份应为 YYYY-MM' })
  .refine(isMonthKey, { message: '月份格式应为 YYYY-MM' });

export const duesPaymentMethodSchema = z.enum(DUES_PAYMENT_METHODS, {
  message: '交纳方式应为现金、银行转账或线上缴纳',
});

const { min: farmerMin, max: farmerMax } = DUES_2008.farmerRangeFen;

/** F10: a declared or changed base. `personKind` defaults to the person's recorded kind on the server. */
export const duesBaseInputSchema = z
  .strictObject({
    personId: id('党员'),
    year: z
      .number({ message: '年度应为数字' })
      .int({ message: '年度应为整数' })
      .min(2008, { message: '年度不能早于 2008 年' })
      .max(2100, { message: '年度不正确' }),
    personKind: z.enum(PERSON_KINDS, { message: '人员类别不正确' }).optional(),
    monthlyIncomeFen: fen('月收入', 0, MAX_MONTHLY_INCOME_FEN).optional(),
    fixedAmountFen: z
      .number({ message: '固定交纳金额应为数字（单位：分）' })
      .int({ message: `农牧渔民党员每月交纳金额应为 ${farmerMin}–${farmerMax} 分` })
      .min(farmerMin, { message: `农牧渔民党员每月交纳金额应为 ${farmerMin}–${farmerMax} 分` })
      .max(farmerMax, { message: `农牧渔民党员每月交纳金额应为 ${farmerMin}–${farmerMax} 分` })
      .optional(),
    effectiveFromMonth: duesMonthSchema,
    note: text('备注', 500, 0).optional(),
  })
  .refine((b) => !isMonthKey(b.effectiveFromMonth) || Number(b.effectiveFromMonth.slice(0, 4)) === b.year, {
    path: ['effectiveFromMonth'],
    message: '起算月份应在所核定的年度内',
  });
export type DuesBaseInput = z.infer<typeof duesBaseInputSchema>;

/** F7: a hardship decision of the branch with the higher committee's approval. */
export const hardshipInputSchema = z
  .strictObject({
    personId: id('党员'),
    fromMonth: duesMonthSchema,
    toMonth: duesMonthSchema,
    /** 0 = exempt. */
    reducedAmountFen: fen('减免后金额', 0, MAX_MONTHLY_INCOME_FEN),
    reason: text('理由', 500),
    decidedOn: isoDateSchema,
    approvedOn: isoDateSchema.optional(),
    approvedByOrgName: text('批准的上级党委', 100),
    decisionRef: text('决定文号', 100, 0).optional(),
  })
  .refine((h) => h.toMonth >= h.fromMonth, { path: ['toMonth'], message: '结束月份不能早于开始月份' })
  .refine((h) => h.approvedOn === undefined || h.approvedOn >= h.decidedOn, {
    path: ['approvedOn'],
    message: '批准日期不能早于支部决定日期',
  });
export type HardshipInput = z.infer<typeof hardshipInputSchema>;

const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * One member pays one or more months (F11: recorded per month). `amountFen` is per month and defaults to the
 * amount due; above it, the rest is voluntary (F8, `splitPayment`).
 */
export const paymentInputSchema = z.strictObject({
  personId: id('党员'),
  months: z
    .array(duesMonthSchema, { message: '交纳月份应为列表' })
    .min(1, { message: '至少选择一个月份' })
    .max(MAX_MONTHS_PER_PAYMENT, { message: `一次最多交纳 ${MAX_MONTHS_PER_PAYMENT} 个月` })
    .refine(distinct, { message: '同一月份不能重复交纳' }),
  method: duesPaymentMethodSchema,
  paidOn: isoDateSchema,
  receiptNumber: text('收据编号', 50).optional(),
  amountFen: fen('金额', 1, MAX_MONTHLY_INCOME_FEN).optional(),
  note: text('备注', 500, 0).optional(),
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

/** Collection on a phone: one month marked paid for many members, each at the amount due. */
export const bulkPaymentInputSchema = z.strictObject({
  orgId: id('党组织'),
  month: duesMonthSchema,
  personIds: z
    .array(id('党员'), { message: '党员应为列表' })
    .min(1, { message: '至少选择一名党员' })
    .max(MAX_PERSONS_PER_BULK_PAYMENT, { message: `一次最多登记 ${MAX_PERSONS_PER_BULK_PAYMENT} 名党员` })
    .refine(distinct, { message: '党员不能重复' }),
  method: duesPaymentMethodSchema,
  paidOn: isoDateSchema,
});
export type BulkPaymentInput = z.infer<typeof bulkPaymentInputSchema>;

/** A correction: a reversal row cancels a payment; nothing is edited. */
export const reversalInputSchema = z.strictObject({
  paymentId: id('交纳记录'),
  reason: text('冲正理由', 500),
});
export type ReversalInput = z.infer<typeof reversalInputSchema>;

/** Dues a branch hands to the committee above: for one month, or for a period of months. */
export const remittanceInputSchema = z
  .strictObject({
    fromOrgId: id('上缴党组织'),
    toOrgId: id('接收党组织'),
    month: duesMonthSchema.optional(),
    period: z
      .strictObject({ fromMonth: duesMonthSchema, toMonth: duesMonthSchema })
      .refine((p) => p.toMonth >= p.fromMonth, { path: ['toMonth'], message: '结束月份不能早于开始月份' })
      .optional(),
    amountFen: fen('上缴金额', 1, Number.MAX_SAFE_INTEGER),
    /** F8: the part that is large voluntary payments, passed on in full to the Central Committee. */
    centralVoluntaryFen: fen('上缴中央的自愿多交党费', 0, Number.MAX_SAFE_INTEGER).optional(),
    remittedOn: isoDateSchema,
    reference: text('凭证号', 100),
    note: text('备注', 500, 0).optional(),
  })
  .refine((r) => (r.month === undefined) !== (r.period === undefined), {
    path: ['month'],
    message: '须填写所属月份或所属期间（二选一）',
  })
  .refine((r) => r.fromOrgId !== r.toOrgId, { path: ['toOrgId'], message: '接收党组织不能是上缴党组织本身' })
  .refine((r) => r.centralVoluntaryFen === undefined || r.centralVoluntaryFen <= r.amountFen, {
    path: ['centralVoluntaryFen'],
    message: '上缴中央的部分不能超过上缴金额',
  });
export type RemittanceInput = z.infer<typeof remittanceInputSchema>;

/** F10: a member declares the year's income on the phone; the branch verifies it into a base. */
export const duesDeclarationInputSchema = z
  .strictObject({
    year: z
      .number({ message: '年度应为数字' })
      .int({ message: '年度应为整数' })
      .min(2008, { message: '年度不能早于 2008 年' })
      .max(2100, { message: '年度不正确' }),
    monthlyIncomeFen: fen('月收入', 0, MAX_MONTHLY_INCOME_FEN),
    effectiveFromMonth: duesMonthSchema,
    note: text('备注', 500, 0).optional(),
  })
  .refine((b) => !isMonthKey(b.effectiveFromMonth) || Number(b.effectiveFromMonth.slice(0, 4)) === b.year, {
    path: ['effectiveFromMonth'],
    message: '起算月份应在所申报的年度内',
  });
export type DuesDeclarationInput = z.infer<typeof duesDeclarationInputSchema>;

/** The branch's answer to a declaration: verified into a base, or returned with a reason. */
export const duesDeclarationDecisionSchema = z
  .strictObject({
    approve: z.boolean({ message: '请选择核定或退回' }),
    reason: text('退回理由', 500, 0).optional(),
  })
  .refine((d) => d.approve || (d.reason?.length ?? 0) >= 2, {
    path: ['reason'],
    message: '退回时须写明理由',
  });
export type DuesDeclarationDecision = z.infer<typeof duesDeclarationDecisionSchema>;
