import { fenLabel } from './money';

/** dues.md F8: a single voluntary payment of 1000 元 or more goes entirely to the Central Committee. */
export const CENTRAL_VOLUNTARY_THRESHOLD_FEN = 100000;

/**
 * How a voluntary amount (paid beyond what is due, or as a gift on its own) is recorded: `ordinary` stays with
 * the dues; `central` is recorded apart and remitted in full to the Central Committee (F8).
 */
export const EXTRA_PAYMENT_CLASSES = ['ordinary', 'central'] as const;
export type ExtraPaymentClass = (typeof EXTRA_PAYMENT_CLASSES)[number];
export const EXTRA_PAYMENT_CLASS_LABELS: Record<ExtraPaymentClass, string> = {
  ordinary: '自愿多交党费',
  central: `自愿多交党费（一次${fenLabel(CENTRAL_VOLUNTARY_THRESHOLD_FEN)}以上，全部上缴中央）`,
};

export function classifyExtraPayment(amountFen: number): ExtraPaymentClass {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw new RangeError(`自愿多交金额应为正整数（单位：分）：${amountFen}`);
  }
  return amountFen >= CENTRAL_VOLUNTARY_THRESHOLD_FEN ? 'central' : 'ordinary';
}

export interface PaymentSplit {
  /** Counted as the month's dues. */
  duesFen: number;
  /** Paid beyond the amount due (F8); 0 when none. */
  extraFen: number;
  extraClass: ExtraPaymentClass | null;
}

/**
 * Splits one month's payment into dues and the voluntary rest (F8), so a large gift is not buried in the
 * month's dues. Paying less than due is `checkPayment`'s concern; here the whole amount is then dues.
 */
export function splitPayment(amountFen: number, dueFen: number): PaymentSplit {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0)
    throw new RangeError(`交纳金额应为非负整数分：${amountFen}`);
  if (!Number.isSafeInteger(dueFen) || dueFen < 0) throw new RangeError(`应交金额应为非负整数分：${dueFen}`);
  const extraFen = Math.max(0, amountFen - dueFen);
  return {
    duesFen: amountFen - extraFen,
    extraFen,
    extraClass: extraFen > 0 ? classifyExtraPayment(extraFen) : null,
  };
}
