import { TRANSFER_KIND_LABELS, type Transfer } from '@jiceng/core';
import { Alert, Descriptions, Flex } from 'antd';
import { TransferActions } from './TransferActions';
import { TransferPath } from './TransferPath';
import { TransferStateTag } from './TransferStateTag';

/** One transfer: its path, its letter and what the user may do. */
export function TransferDetail({ transfer, onChanged }: { transfer: Transfer; onChanged: () => void }) {
  return (
    <Flex vertical gap={16} data-testid="transfer-detail">
      {transfer.state === 'refused' && (
        <Alert
          type="error"
          showIcon
          title={`${transfer.refusedByOrgName ?? ''}于 ${transfer.refusedOn} 退回`}
          description={`理由：${transfer.refusedReason}`}
        />
      )}
      {transfer.expired && (
        <Alert
          type="warning"
          showIcon
          title={`介绍信已于 ${transfer.expiresOn} 过期，须由开具党组织重新开具`}
        />
      )}
      <TransferPath transfer={transfer} vertical />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: '类型', children: TRANSFER_KIND_LABELS[transfer.kind] },
          { key: 'state', label: '状态', children: <TransferStateTag transfer={transfer} /> },
          { key: 'from', label: '转出', children: transfer.fromOrgName },
          { key: 'to', label: '转入', children: transfer.toOrgName },
          { key: 'number', label: '介绍信编号', children: transfer.letterNumber ?? '开具后自动编号' },
          {
            key: 'valid',
            label: '有效期',
            children: transfer.issuedOn
              ? `${transfer.validityDays} 天（${transfer.issuedOn} 至 ${transfer.expiresOn}）`
              : `${transfer.validityDays} 天（开具后起算）`,
          },
          { key: 'dues', label: '党费交至', children: transfer.duesPaidUpTo },
          ...(transfer.previousNumbers.length
            ? [{ key: 'prev', label: '作废编号', children: transfer.previousNumbers.join('、') }]
            : []),
          ...(transfer.receivedOn ? [{ key: 'recv', label: '报到日期', children: transfer.receivedOn }] : []),
          ...(transfer.note ? [{ key: 'note', label: '备注', children: transfer.note }] : []),
        ]}
      />
      <TransferActions transfer={transfer} onChanged={onChanged} />
    </Flex>
  );
}
