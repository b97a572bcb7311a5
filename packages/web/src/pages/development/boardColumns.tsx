import type { BoardRow } from '@jiceng/core';
import { STAGE_LABELS } from '@jiceng/core';
import { Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';

/** Rows without a due date sort last. */
export function byDueDate(a: BoardRow, b: BoardRow): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

export function DueDate({ row }: { row: BoardRow }) {
  if (!row.dueDate) return <Typography.Text type="secondary">—</Typography.Text>;
  return row.overdue ? (
    <Typography.Text type="danger" data-testid="board-overdue">
      {row.dueDate} 已逾期
    </Typography.Text>
  ) : (
    <span>{row.dueDate}</span>
  );
}

export const boardColumns: TableColumnsType<BoardRow> = [
  {
    key: 'name',
    title: '姓名',
    render: (_, row) => <Link to={`/persons/${row.personId}`}>{row.name}</Link>,
  },
  { key: 'org', title: '所在组织', dataIndex: 'orgName' },
  { key: 'stage', title: '阶段', render: (_, row) => <Tag>{STAGE_LABELS[row.stage]}</Tag> },
  { key: 'item', title: '待办事项', dataIndex: 'label' },
  {
    key: 'rule',
    title: '依据',
    render: (_, row) => <Typography.Text type="secondary">{row.rule}</Typography.Text>,
  },
  {
    key: 'dueDate',
    title: '到期日',
    sorter: byDueDate,
    defaultSortOrder: 'ascend',
    render: (_, row) => <DueDate row={row} />,
  },
];
