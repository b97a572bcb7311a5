import type { ComplianceStatus, Period } from '@jiceng/core';

/** The three statuses as the whole page colours them: green done, orange still open, red missed. */
export const STATUS_COLORS: Record<ComplianceStatus, { background: string; border: string; text: string }> = {
  met: { background: '#f6ffed', border: '#52c41a', text: '#237804' },
  due: { background: '#fff7e6', border: '#fa8c16', text: '#ad4e00' },
  overdue: { background: '#fff1f0', border: '#f5222d', text: '#a8071a' },
};

/** A share of compliant branches: all green, at least half orange, below half red. */
export function shareColor(
  share: number | null,
): { background: string; border: string; text: string } | null {
  if (share === null) return null;
  if (share >= 1) return STATUS_COLORS.met;
  return share >= 0.5 ? STATUS_COLORS.due : STATUS_COLORS.overdue;
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

const QUARTERS = ['一', '二', '三', '四'];

/** A period's name inside its year: `3月`, `一季度`, `全年`. */
export function shortPeriodLabel(period: Pick<Period, 'per' | 'start'>): string {
  const month = Number(period.start.slice(5, 7));
  if (period.per === 'year') return '全年';
  if (period.per === 'quarter') return `${QUARTERS[(month - 1) / 3] ?? ''}季度`;
  return `${month}月`;
}
