import { addDays, addMonths, daysBetween, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';

/**
 * T7 with the project's additions: a transfer inside Jiceng is `requested` until the issuing committee
 * issues the letter (or refuses it); an issued letter is `received` when the member reports, or `refused`
 * by the receiver with a reason (T6), `expired` past its validity (T4) or `cancelled`.
 */
export const TRANSFER_STATES = [
  'requested',
  'issued',
  'received',
  'receipt_returned',
  'refused',
  'expired',
  'cancelled',
] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

export const TRANSFER_STATE_LABELS: Record<TransferState, string> = {
  requested: '待审批',
  issued: '已开具',
  received: '已报到',
  receipt_returned: '已回执',
  refused: '已退回',
  expired: '已过期',
  cancelled: '已撤销',
};

/**
 * States that block another transfer (T7). From `received` on the member already belongs to the new
 * branch; the missing receipt is the two committees' business and does not hold the member.
 */
export const OPEN_TRANSFER_STATES: readonly TransferState[] = ['requested', 'issued'];

/** Allowed moves; `expired` → `issued` is a reissue (T4: the branch vouches for the late member). */
export const TRANSFER_TRANSITIONS: Record<TransferState, readonly TransferState[]> = {
  requested: ['issued', 'refused', 'cancelled'],
  issued: ['received', 'refused', 'expired', 'cancelled'],
  received: ['receipt_returned'],
  receipt_returned: [],
  refused: [],
  expired: ['issued', 'cancelled'],
  cancelled: [],
};

export function checkTransferTransition(from: TransferState, to: TransferState): RuleViolation[] {
  if (TRANSFER_TRANSITIONS[from].includes(to)) return [];
  return [
    {
      rule: 'transfers.md T7',
      field: 'state',
      message: `转接状态为“${TRANSFER_STATE_LABELS[from]}”，不能变为“${TRANSFER_STATE_LABELS[to]}”`,
    },
  ];
}

/** T4: project default when the issuing org sets no validity. */
export const DEFAULT_LETTER_VALIDITY_DAYS = 90;
/** T4: the longest validity local practice allows (6 months across provinces). */
export const MAX_LETTER_VALIDITY_DAYS = 180;

/**
 * The last day the letter is valid. The issue day is the first of its `validityDays` days, so a 90-day
 * letter issued on 2026-01-01 is valid up to and including 2026-03-31.
 */
export function letterExpiresOn(issuedOn: IsoDate, validityDays: number): IsoDate {
  return addDays(issuedOn, validityDays - 1);
}

export function isLetterExpired(issuedOn: IsoDate, validityDays: number, today: IsoDate): boolean {
  return today > letterExpiresOn(issuedOn, validityDays);
}

/** Valid days left, today included: `validityDays` on the issue day, 1 on the last day, 0 once expired. */
export function daysLeft(issuedOn: IsoDate, validityDays: number, today: IsoDate): number {
  return Math.max(0, daysBetween(today, letterExpiresOn(issuedOn, validityDays)) + 1);
}

/** T2: the serial number shared by stub, letter and receipt; the server counts per issuing org per year. */
export function formatLetterNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`bad letter year ${year}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`bad letter sequence ${seq}`);
  return `${year}-${String(seq).padStart(4, '0')}`;
}

export const DUES_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Project reading of T3: dues may be paid ahead by up to a year, not further. */
export const MAX_DUES_MONTHS_AHEAD = 12;

/** T3: the month dues are paid up to, as written on a letter issued on `issuedOn`. */
export function checkDuesPaidUpTo(month: string, issuedOn: IsoDate): RuleViolation[] {
  if (!DUES_MONTH_PATTERN.test(month)) {
    return [{ rule: 'transfers.md T3', field: 'duesPaidUpTo', message: '党费交至月份应为 YYYY-MM' }];
  }
  const latest = addMonths(`${issuedOn.slice(0, 7)}-01`, MAX_DUES_MONTHS_AHEAD).slice(0, 7);
  if (month <= latest) return [];
  return [
    {
      rule: 'transfers.md T3',
      field: 'duesPaidUpTo',
      message: `党费交至月份（${month}）不能晚于 ${latest}（开具月份后 ${MAX_DUES_MONTHS_AHEAD} 个月）`,
    },
  ];
}

export interface LetterReceipt {
  issuedOn: IsoDate;
  validityDays: number;
  /** The day the member reported to the receiving branch. */
  receivedOn: IsoDate;
  /** 逾期说明: the sending branch's statement for a member who reports after the letter expired (T4). */
  lateStatement?: string;
  today: IsoDate;
}

/** Whether the receiving branch may record the member's report on `receivedOn`. */
export function checkLetterReceipt(input: LetterReceipt): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const { issuedOn, receivedOn } = input;
  if (receivedOn > input.today) {
    violations.push({
      rule: 'transfers.md T7',
      field: 'receivedOn',
      message: `报到日期（${receivedOn}）不能晚于今天`,
    });
  }
  if (receivedOn < issuedOn) {
    violations.push({
      rule: 'transfers.md T7',
      field: 'receivedOn',
      message: `报到日期（${receivedOn}）不能早于介绍信开具日期（${issuedOn}）`,
      allowedFrom: issuedOn,
    });
  }
  const expiresOn = letterExpiresOn(issuedOn, input.validityDays);
  if (receivedOn > expiresOn && !input.lateStatement?.trim()) {
    violations.push({
      rule: 'transfers.md T4',
      field: 'lateStatement',
      message: `介绍信有效期至 ${expiresOn}，逾期报到须附原所在党支部的逾期说明`,
    });
  }
  return violations;
}
