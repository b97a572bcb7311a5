import { TERM_STATUS_LABELS, type TermStatus } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<TermStatus, string> = {
  none: 'default',
  current: 'green',
  ending_soon: 'orange',
  expired: 'red',
};

export function TermStatusTag({ status, daysLeft }: { status: TermStatus; daysLeft?: number | null }) {
  let extra = '';
  if (daysLeft !== undefined && daysLeft !== null) {
    if (status === 'ending_soon') extra = `，剩 ${daysLeft} 天`;
    if (status === 'expired') extra = `，已超 ${-daysLeft} 天`;
  }
  return (
    <Tag color={COLORS[status]} data-testid="term-status" style={{ marginInlineEnd: 0 }}>
      {TERM_STATUS_LABELS[status]}
      {extra}
    </Tag>
  );
}
