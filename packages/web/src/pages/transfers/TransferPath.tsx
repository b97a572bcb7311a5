import { TRANSFER_STOP_ROLE_LABELS, type Transfer } from '@jiceng/core';
import { Steps } from 'antd';

const STATUS = { done: 'finish', pending: 'process', waiting: 'wait', refused: 'error' } as const;

/** The orgs the transfer passes, in order, each with what it did and when. */
export function TransferPath({ transfer, vertical }: { transfer: Transfer; vertical?: boolean }) {
  return (
    <Steps
      size="small"
      orientation={vertical ? 'vertical' : 'horizontal'}
      data-testid="transfer-path"
      items={transfer.stops.map((stop) => ({
        status: STATUS[stop.state],
        title: stop.orgName,
        content: `${TRANSFER_STOP_ROLE_LABELS[stop.role]}${stop.actedOn ? ` · ${stop.actedOn}` : stop.state === 'pending' ? ' · 待办理' : ''}`,
      }))}
    />
  );
}
