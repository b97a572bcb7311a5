import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { DUES_MONTH_PATTERN, MAX_LETTER_VALIDITY_DAYS } from './transfer-letter';

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

/** T4: days the letter is valid; no default here, the server applies DEFAULT_LETTER_VALIDITY_DAYS. */
export const letterValidityDaysSchema = z
  .number({ message: `有效期应为 1–${MAX_LETTER_VALIDITY_DAYS} 天` })
  .int({ message: `有效期应为 1–${MAX_LETTER_VALIDITY_DAYS} 天` })
  .min(1, { message: `有效期应为 1–${MAX_LETTER_VALIDITY_DAYS} 天` })
  .max(MAX_LETTER_VALIDITY_DAYS, { message: `有效期应为 1–${MAX_LETTER_VALIDITY_DAYS} 天` });

/** T3: the month dues are paid up to; checkDuesPaidUpTo then bounds it by the issue date. */
export const duesPaidUpToSchema = z
  .string({ message: '党费交至月份应为 YYYY-MM' })
  .regex(DUES_MONTH_PATTERN, { message: '党费交至月份应为 YYYY-MM' });

const lateStatement = text('逾期说明', 500).optional();

/** A transfer inside Jiceng, requested by the sending branch. */
export const transferStartInputSchema = z.strictObject({
  personId: id('党员'),
  /** The receiving branch. */
  toOrgId: id('接收党组织'),
  validityDays: letterValidityDaysSchema.optional(),
  duesPaidUpTo: duesPaidUpToSchema,
  note: text('备注', 500, 0).optional(),
  /** The receiving branch's Party group, when the sender knows it; the receiver may set it on receipt. */
  toGroupId: id('党小组').optional(),
});
export type TransferStartInput = z.infer<typeof transferStartInputSchema>;

/** T6: neither side refuses without a reason. */
export const transferRefuseInputSchema = z.strictObject({
  reason: z
    .string({ message: '须说明退回理由' })
    .trim()
    .min(1, { message: '须说明退回理由' })
    .max(500, { message: '退回理由不能超过 500 个字符' }),
});
export type TransferRefuseInput = z.infer<typeof transferRefuseInputSchema>;

/** T7: the member reported to the receiving branch. */
export const transferReceiveInputSchema = z.strictObject({
  groupId: id('党小组').optional(),
  receivedOn: isoDateSchema,
  lateStatement,
});
export type TransferReceiveInput = z.infer<typeof transferReceiveInputSchema>;

/** A letter to an org outside Jiceng: issued here, the receipt is recorded by hand when it comes back. */
export const transferExternalOutInputSchema = z.strictObject({
  personId: id('党员'),
  toOrgName: text('接收党组织名称', 100),
  toOrgAddress: text('接收党组织地址', 200).optional(),
  validityDays: letterValidityDaysSchema.optional(),
  duesPaidUpTo: duesPaidUpToSchema,
  note: text('备注', 500, 0).optional(),
});
export type TransferExternalOutInput = z.infer<typeof transferExternalOutInputSchema>;

/**
 * A paper letter from an org outside Jiceng, recorded by the receiving branch. The person's own data is
 * sent beside it in the existing person input schema.
 */
export const transferExternalInInputSchema = z
  .strictObject({
    letterNumber: text('介绍信编号', 40),
    fromOrgName: text('转出党组织名称', 100),
    issuedOn: isoDateSchema,
    validityDays: letterValidityDaysSchema,
    duesPaidUpTo: duesPaidUpToSchema,
    receivedOn: isoDateSchema,
    /** The receiving branch. */
    toOrgId: id('接收党组织'),
    lateStatement,
  })
  .refine((input) => input.receivedOn >= input.issuedOn, {
    path: ['receivedOn'],
    message: '报到日期不能早于介绍信开具日期',
  });
export type TransferExternalInInput = z.infer<typeof transferExternalInInputSchema>;

/** T4: a new letter for an expired one. */
export const transferReissueInputSchema = z.strictObject({
  validityDays: letterValidityDaysSchema.optional(),
});
export type TransferReissueInput = z.infer<typeof transferReissueInputSchema>;
