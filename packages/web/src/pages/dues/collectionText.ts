import {
  DUES_PAYMENT_METHOD_LABELS,
  DUES_REMINDER_MONTHS,
  type DuesPaymentMethod,
  type DuesRosterItem,
} from '@jiceng/core';

/** A member the round may mark: billed an amount for the month and not paid yet (exempt months need none). */
export function canMark(item: DuesRosterItem): boolean {
  return item.payment === null && item.dueFen !== null && item.dueFen > 0;
}

/** Issue 8: the collector is warned from 3 consecutive unpaid months (the reminder threshold). */
export function arrearsWarning(item: DuesRosterItem): boolean {
  return item.consecutiveUnpaid >= DUES_REMINDER_MONTHS;
}

export function methodLabel(method: string | null): string {
  if (method === null) return '—';
  return DUES_PAYMENT_METHOD_LABELS[method as DuesPaymentMethod] ?? method;
}

export const METHOD_OPTIONS = Object.entries(DUES_PAYMENT_METHOD_LABELS).map(([value, label]) => ({
  value: value as DuesPaymentMethod,
  label,
}));
