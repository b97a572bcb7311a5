import { MAX_DUES_MONTHS_AHEAD } from '../movement/transfer-letter';
import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';
import type { DuesPayment } from './ledger';
import { fenLabel } from './money';
import {
  compareMonth,
  firstDayOf,
  isMonthKey,
  monthLabel,
  monthOf,
  shiftMonth,
  type MonthKey,
} from './months';

/**
 * F11 allows paying ahead without a limit in the provisions; Jiceng stops at 12 months past the current month,
 * the same bound a transfer letter's "paid up to" month has (transfers.md T3, project convention).
 */
export const DUES_ADVANCE_LIMIT_MONTHS = MAX_DUES_MONTHS_AHEAD;

export interface PaymentCheckInput {
  month: MonthKey;
  /** The member's dues start month (`duesStartMonth`). */
  startMonth: MonthKey;
  /** The month already has an active (not reversed) payment. */
  alreadyPaid: boolean;
  today: IsoDate;
  advanceLimitMonths?: number;
  /** Fen paid for this month; checked when given. */
  amountFen?: number;
  /** Fen due for this month (`amountDueFor`); when given, paying less is refused. */
  amountDueFen?: number | null;
  paidOn?: IsoDate;
}

/** Refusals for recording one month's payment; empty when it may be written. */
export function checkPayment(input: PaymentCheckInput): RuleViolation[] {
  if (!isMonthKey(input.month)) {
    return [{ rule: 'dues.md F11', field: 'months', message: `月份格式应为 YYYY-MM：${input.month}` }];
  }
  const label = monthLabel(input.month);
  const violations: RuleViolation[] = [];
  if (compareMonth(input.month, input.startMonth) < 0) {
    violations.push({
      rule: 'dues.md F9',
      field: 'months',
      message: `${label}早于该党员开始交纳党费的月份（${monthLabel(input.startMonth)}，支部大会通过接收之月），无需交纳`,
    });
  }
  if (input.alreadyPaid) {
    violations.push({
      rule: 'dues.md F11',
      field: 'months',
      message: `${label}的党费已经交纳，不能重复交纳；如需更正，请先冲正原记录`,
    });
  }
  const limit = input.advanceLimitMonths ?? DUES_ADVANCE_LIMIT_MONTHS;
  const latest = shiftMonth(monthOf(input.today), limit);
  if (compareMonth(input.month, latest) > 0) {
    violations.push({
      rule: 'dues.md F11',
      field: 'months',
      message: `最多预交 ${limit} 个月（至${monthLabel(latest)}），${label}的党费暂不能交纳`,
      allowedFrom: firstDayOf(shiftMonth(input.month, -limit)),
    });
  }
  if (input.amountFen !== undefined) {
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) {
      violations.push({ rule: 'dues.md F14', field: 'amountFen', message: '交纳金额应为正整数（单位：分）' });
    } else if (
      input.amountDueFen !== undefined &&
      input.amountDueFen !== null &&
      input.amountFen < input.amountDueFen
    ) {
      violations.push({
        rule: 'dues.md F7',
        field: 'amountFen',
        message: `${label}应交 ${fenLabel(input.amountDueFen)}，少交须有经上级党委批准的困难减免决定`,
      });
    }
  }
  if (input.paidOn !== undefined && input.paidOn > input.today) {
    violations.push({ rule: 'dues.md F11', field: 'paidOn', message: '交纳日期不能晚于今天' });
  }
  return violations;
}

/** Refusals for one request covering several months: each month checked, and each month only once. */
export function checkPayments(
  input: Omit<PaymentCheckInput, 'month' | 'alreadyPaid' | 'amountDueFen'> & {
    months: readonly MonthKey[];
    paidMonths: readonly MonthKey[];
    dueFor?: (month: MonthKey) => number | null;
  },
): RuleViolation[] {
  const paid = new Set(input.paidMonths);
  const seen = new Set<MonthKey>();
  const violations: RuleViolation[] = [];
  for (const month of input.months) {
    violations.push(
      ...checkPayment({
        ...input,
        month,
        alreadyPaid: paid.has(month) || seen.has(month),
        amountDueFen: input.dueFor?.(month) ?? null,
      }),
    );
    seen.add(month);
  }
  // The date is one per request; report it once.
  const dateProblems = violations.filter((v) => v.field === 'paidOn');
  return [...violations.filter((v) => v.field !== 'paidOn'), ...dateProblems.slice(0, 1)];
}

/** Refusals for reversing a payment: it must exist, be a payment, and not be reversed already. */
export function checkReversal(paymentId: number, payments: readonly DuesPayment[]): RuleViolation[] {
  const target = payments.find((p) => p.id === paymentId);
  if (!target) return [{ rule: 'dues.md F11', field: 'paymentId', message: '要冲正的交纳记录不存在' }];
  if (target.kind === 'reversal') {
    return [
      { rule: 'dues.md F11', field: 'paymentId', message: '冲正记录不能再冲正；如需更正，请重新登记交纳' },
    ];
  }
  if (payments.some((p) => p.kind === 'reversal' && p.reversesId === paymentId)) {
    return [{ rule: 'dues.md F11', field: 'paymentId', message: '该交纳记录已经冲正' }];
  }
  return [];
}
