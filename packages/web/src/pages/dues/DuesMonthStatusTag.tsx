import { DUES_MONTH_STATUS_LABELS, type DuesMonthStatus } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<DuesMonthStatus, string> = {
  paid: 'green',
  underpaid: 'orange',
  unpaid: 'red',
  exempt: 'default',
};

/** 已交 / 少交 / 未交 / 免交 for one month of the ledger. */
export function DuesMonthStatusTag({ status, testId }: { status: DuesMonthStatus; testId?: string }) {
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid={testId}>
      {DUES_MONTH_STATUS_LABELS[status]}
    </Tag>
  );
}
