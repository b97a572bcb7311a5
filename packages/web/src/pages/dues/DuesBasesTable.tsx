import { bpLabel, monthLabel, type MemberDuesView } from '@jiceng/core';
import { Table, Tag } from 'antd';
import {
  baseAmountText,
  currentMonth,
  baseInEffect,
  fenText,
  personKindLabel,
  quoteOfBase,
  type StoredBase,
} from './memberDues';

/** Every verified base, newest first (F10: a new record each year or pay change, so the history stays). */
export function DuesBasesTable({ view }: { view: MemberDuesView }) {
  const inEffect = baseInEffect(view.bases, currentMonth());
  const rows = [...view.bases].sort((a, b) => b.id - a.id);
  return (
    <Table<StoredBase>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="dues-bases"
      locale={{ emptyText: '尚未核定交纳基数' }}
      columns={[
        { key: 'year', title: '年度', dataIndex: 'year' },
        { key: 'kind', title: '人员类别', render: (_, b) => personKindLabel(b.personKind) },
        { key: 'amount', title: '基数', render: (_, b) => baseAmountText(b) },
        {
          key: 'from',
          title: '起算月份',
          render: (_, b) => (
            <>
              {monthLabel(b.effectiveFromMonth)}
              {inEffect?.id === b.id && (
                <Tag color="green" style={{ marginInlineStart: 6 }}>
                  现行
                </Tag>
              )}
            </>
          ),
        },
        {
          key: 'quote',
          title: '每月应交',
          align: 'right',
          render: (_, b) => {
            const quote = quoteOfBase(b, view.farmerAmountFen);
            if (!quote) return '—';
            return (
              <span data-testid={`base-amount-${b.id}`}>
                {fenText(quote.amountFen)}
                {quote.bp !== null ? `（${bpLabel(quote.bp)}）` : ''}
              </span>
            );
          },
        },
        { key: 'note', title: '备注', render: (_, b) => b.note ?? '' },
      ]}
    />
  );
}
