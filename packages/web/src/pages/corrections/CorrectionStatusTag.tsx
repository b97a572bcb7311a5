import { CORRECTION_STATUS_LABELS, type CorrectionStatus } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<CorrectionStatus, string> = { pending: 'gold', approved: 'green', refused: 'red' };

export function CorrectionStatusTag({ status }: { status: CorrectionStatus }) {
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="correction-status">
      {CORRECTION_STATUS_LABELS[status]}
    </Tag>
  );
}
