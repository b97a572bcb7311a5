import { monthLabel, type MonthKey } from './months';

/** How a remittance's period is stored: one month as itself, several as `from..to` (see remittances). */
export const REMITTANCE_PERIOD_SEPARATOR = '..';

/** The first and last month of a stored remittance period. */
export function remittancePeriodBounds(period: string): { fromMonth: MonthKey; toMonth: MonthKey } {
  const [fromMonth, toMonth] = period.split(REMITTANCE_PERIOD_SEPARATOR);
  return { fromMonth: fromMonth!, toMonth: toMonth ?? fromMonth! };
}

/** `2026-01` → `2026年1月`; `2026-01..2026-03` → `2026年1月至2026年3月`. */
export function remittancePeriodLabel(period: string): string {
  const { fromMonth, toMonth } = remittancePeriodBounds(period);
  return fromMonth === toMonth ? monthLabel(fromMonth) : `${monthLabel(fromMonth)}至${monthLabel(toMonth)}`;
}
