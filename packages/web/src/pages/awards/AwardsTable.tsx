import { AWARD_LEVEL_LABELS, type Award, type AwardLevel } from '@jiceng/core';
import { Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Awards as a table: who got what, from whom and when; a revoked one stays, marked with its reason. */
export function AwardsTable({
  awards,
  action,
  testId = 'awards-table',
}: {
  awards: Award[];
  action?: (award: Award) => ReactNode;
  testId?: string;
}) {
  const columns: TableColumnsType<Award> = [
    { key: 'year', title: '年度', dataIndex: 'year', width: 80 },
    {
      key: 'kind',
      title: '表彰',
      render: (_, a) => (
        <>
          {a.kindLabel}
          {a.revokedAt && (
            <Tag color="default" style={{ marginInlineStart: 8 }} title={a.revokeReason ?? ''}>
              已撤销
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'to',
      title: '获奖对象',
      render: (_, a) => (a.personId ? <Link to={`/persons/${a.personId}`}>{a.personName}</Link> : a.orgName),
    },
    { key: 'level', title: '级别', render: (_, a) => AWARD_LEVEL_LABELS[a.level as AwardLevel] ?? a.level },
    { key: 'by', title: '授予机关', dataIndex: 'conferredBy' },
    { key: 'on', title: '授予日期', dataIndex: 'conferredOn' },
    { key: 'doc', title: '文号', render: (_, a) => a.docRef ?? '—' },
    ...(action ? [{ key: 'action', title: '操作', render: (_: unknown, a: Award) => action(a) }] : []),
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={awards}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
      locale={{ emptyText: '暂无表彰记录' }}
    />
  );
}
