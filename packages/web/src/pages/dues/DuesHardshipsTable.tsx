import { monthLabel, type DuesHardshipView } from '@jiceng/core';
import { Table, Tag } from 'antd';
import { fenText } from './memberDues';

/** Hardship decisions (F7): the months covered, the reduced amount, and who decided and approved. */
export function DuesHardshipsTable({ hardships }: { hardships: readonly DuesHardshipView[] }) {
  const rows = [...hardships].sort((a, b) => b.id - a.id);
  return (
    <Table<DuesHardshipView>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="dues-hardships"
      locale={{ emptyText: '无困难减免决定' }}
      columns={[
        {
          key: 'months',
          title: '期间',
          render: (_, h) =>
            h.fromMonth === h.toMonth
              ? monthLabel(h.fromMonth)
              : `${monthLabel(h.fromMonth)}至${monthLabel(h.toMonth)}`,
        },
        {
          key: 'amount',
          title: '每月交纳',
          render: (_, h) =>
            h.reducedAmountFen === 0 ? (
              <Tag style={{ marginInlineEnd: 0 }}>免交</Tag>
            ) : (
              `减为 ${fenText(h.reducedAmountFen)}`
            ),
        },
        { key: 'reason', title: '理由', dataIndex: 'reason' },
        { key: 'decidedOn', title: '支部决定日期', dataIndex: 'decidedOn' },
        { key: 'approvedBy', title: '批准的上级党委', dataIndex: 'approvedByOrgName' },
        { key: 'approvedOn', title: '批准日期', render: (_, h) => h.approvedOn ?? '—' },
        { key: 'decisionRef', title: '决定文号', render: (_, h) => h.decisionRef ?? '—' },
      ]}
    />
  );
}
