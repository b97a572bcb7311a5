import type { LostContactRow, RemovalDueRow } from '@jiceng/core';
import { Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';

/** T10: from the due day the member appears on the suspension list; the branch then decides. */
export function SuspensionDue({ row }: { row: LostContactRow }) {
  if (!row.due) return <Tag data-testid="lost-not-due">未满 6 个月</Tag>;
  if (row.searchCount === 0)
    return (
      <Tag color="gold" data-testid="lost-needs-search">
        已满 6 个月，须先记录寻找情况
      </Tag>
    );
  return (
    <Tag color="orange" data-testid="lost-due">
      可停止党籍
    </Tag>
  );
}

/** T11: code raises the case; people decide whether to remove. */
export function RemovalDue({ row }: { row: RemovalDueRow }) {
  return row.due ? (
    <Tag color="red" data-testid="removal-due">
      已满 2 年，请研究是否除名
    </Tag>
  ) : (
    <Tag data-testid="removal-not-due">可恢复党籍至 {row.restorationDeadline}</Tag>
  );
}

export const lostContactColumns: TableColumnsType<LostContactRow> = [
  {
    key: 'name',
    title: '姓名',
    render: (_, row) => <Link to={`/persons/${row.personId}`}>{row.name}</Link>,
  },
  { key: 'org', title: '所在组织', dataIndex: 'orgName' },
  { key: 'lostSince', title: '失联时间', dataIndex: 'lostSince' },
  { key: 'searchCount', title: '寻找次数', dataIndex: 'searchCount', align: 'right' },
  { key: 'lastSearchOn', title: '最近寻找', render: (_, row) => row.lastSearchOn ?? '—' },
  { key: 'suspensionDueOn', title: '可停止党籍日期', dataIndex: 'suspensionDueOn' },
  { key: 'due', title: '状态', render: (_, row) => <SuspensionDue row={row} /> },
];

export const removalDueColumns: TableColumnsType<RemovalDueRow> = [
  {
    key: 'name',
    title: '姓名',
    render: (_, row) => <Link to={`/persons/${row.personId}`}>{row.name}</Link>,
  },
  { key: 'org', title: '所在组织', dataIndex: 'orgName' },
  { key: 'suspendedOn', title: '停止党籍日期', dataIndex: 'suspendedOn' },
  { key: 'restorationDeadline', title: '恢复党籍期限', dataIndex: 'restorationDeadline' },
  { key: 'removalDueOn', title: '满 2 年日期', dataIndex: 'removalDueOn' },
  { key: 'due', title: '状态', render: (_, row) => <RemovalDue row={row} /> },
];
