import { TRANSFER_STATE_LABELS, type Transfer } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<Transfer['state'], string> = {
  requested: 'processing',
  issued: 'blue',
  received: 'green',
  receipt_returned: 'success',
  refused: 'error',
  expired: 'warning',
  cancelled: 'default',
};

/** The state, with an issued letter past its validity shown as expired (T4). */
export function TransferStateTag({ transfer }: { transfer: Transfer }) {
  if (transfer.expired) return <Tag color="warning">介绍信已过期</Tag>;
  return (
    <Tag color={COLORS[transfer.state]} data-testid="transfer-state">
      {TRANSFER_STATE_LABELS[transfer.state]}
    </Tag>
  );
}
