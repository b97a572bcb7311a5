import { monthLabel, type MemberDuesView } from '@jiceng/core';
import { Table, Tag, Typography } from 'antd';
import { DuesMonthStatusTag } from './DuesMonthStatusTag';
import { currentMonth, fenText } from './memberDues';

type LedgerRow = MemberDuesView['ledger'][number];

/** The monthly ledger, newest first: due, paid, still owed and how each month stands (F11: per month). */
export function DuesLedgerTable({ ledger }: { ledger: readonly LedgerRow[] }) {
  const now = currentMonth();
  const rows = [...ledger].reverse();
  return (
    <Table<LedgerRow>
      size="small"
      rowKey="month"
      dataSource={rows}
      pagination={rows.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid="dues-ledger"
      locale={{ emptyText: '暂无台账' }}
      columns={[
        {
          key: 'month',
          title: '月份',
          render: (_, r) => (
            <span data-testid={`ledger-month-${r.month}`}>
              {monthLabel(r.month)}
              {r.month === now && <Tag style={{ marginInlineStart: 6 }}>本月</Tag>}
              {r.month > now && (
                <Tag color="blue" style={{ marginInlineStart: 6 }}>
                  预交
                </Tag>
              )}
            </span>
          ),
        },
        {
          key: 'due',
          title: '应交',
          align: 'right',
          render: (_, r) =>
            r.dueFen === null ? (
              <Typography.Text type="warning">未核定基数</Typography.Text>
            ) : (
              fenText(r.dueFen)
            ),
        },
        { key: 'paid', title: '已交', align: 'right', render: (_, r) => fenText(r.paidFen) },
        {
          key: 'owed',
          title: '欠交',
          align: 'right',
          render: (_, r) =>
            r.owedFen > 0 ? <Typography.Text type="danger">{fenText(r.owedFen)}</Typography.Text> : '—',
        },
        {
          key: 'status',
          title: '状态',
          render: (_, r) => <DuesMonthStatusTag status={r.status} testId={`ledger-status-${r.month}`} />,
        },
      ]}
    />
  );
}
