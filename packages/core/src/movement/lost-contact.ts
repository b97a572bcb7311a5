import { z } from 'zod';
import { isoDateSchema } from '../org/schemas';
import { addMonths, addYears, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import { RESTORATION_YEARS } from './standing';

/** T10: months of lost contact before the standing may be suspended. */
export const LOST_CONTACT_MONTHS = 6;

/** T10: the first day the standing of a member lost since `lostSince` may be suspended. */
export function suspensionDueOn(lostSince: IsoDate): IsoDate {
  return addMonths(lostSince, LOST_CONTACT_MONTHS);
}

/**
 * T11: the first day removal is due for a member suspended on `suspendedOn`. The same anniversary closes
 * restoration (T12), so the two never overlap.
 */
export function removalDueOn(suspendedOn: IsoDate): IsoDate {
  return addYears(suspendedOn, RESTORATION_YEARS);
}

/** T11: code raises the case from the due day on; people decide whether to remove. */
export function isRemovalDue(suspendedOn: IsoDate, today: IsoDate): boolean {
  return today >= removalDueOn(suspendedOn);
}

export interface LostContact {
  since: IsoDate;
  searches: readonly { date: IsoDate }[];
}

/** T10: whether a lost member's standing may be suspended on `date`. */
export function checkSuspensionForLostContact(lost: LostContact, date: IsoDate): RuleViolation[] {
  const violations: RuleViolation[] = [];
  // Only a search made while the member was lost, up to the decision, shows they are still unreachable.
  const searched = lost.searches.some((s) => s.date >= lost.since && s.date <= date);
  if (!searched) {
    violations.push({
      rule: 'transfers.md T10',
      field: 'searches',
      message: `须先记录失联（${lost.since}）后的寻找情况，才能停止党籍`,
    });
  }
  const due = suspensionDueOn(lost.since);
  if (date < due) {
    violations.push({
      rule: 'transfers.md T10',
      field: 'date',
      message: `失联（${lost.since}）满 ${LOST_CONTACT_MONTHS} 个月后才能停止党籍，最早可在 ${due}`,
      allowedFrom: due,
    });
  }
  return violations;
}

export const lostContactInputSchema = z.strictObject({
  /** 失联时间: the six months of T10 count from it. */
  since: isoDateSchema,
  note: z.string().trim().max(500, { message: '备注不能超过 500 个字符' }).optional(),
});
export type LostContactInput = z.infer<typeof lostContactInputSchema>;

export const contactSearchInputSchema = z.strictObject({
  date: isoDateSchema,
  method: z
    .string()
    .trim()
    .min(1, { message: '寻找方式不能为空' })
    .max(100, { message: '寻找方式不能超过 100 个字符' }),
  result: z
    .string()
    .trim()
    .min(1, { message: '寻找结果不能为空' })
    .max(500, { message: '寻找结果不能超过 500 个字符' }),
});
export type ContactSearchInput = z.infer<typeof contactSearchInputSchema>;
