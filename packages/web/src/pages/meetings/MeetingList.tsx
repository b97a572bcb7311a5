import type { Meeting } from '@jiceng/core';
import { Card, Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useIsPhone } from '../../hooks/useIsPhone';
import { MeetingStateTag } from './MeetingStateTag';
import { attendanceLine, whenAndWhere } from './meetingText';

interface Props {
  items: Meeting[] | undefined;
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

const columns: TableColumnsType<Meeting> = [
  {
    title: '会议主题',
    dataIndex: 'title',
    render: (_, m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link>,
  },
  { title: '类别', dataIndex: 'kindLabel' },
  {
    title: '组织',
    dataIndex: 'orgName',
    render: (_, m) => (m.groupName ? `${m.orgName} / ${m.groupName}` : m.orgName),
  },
  { title: '日期', dataIndex: 'plannedOn', render: (_, m) => whenAndWhere({ ...m, place: null }) },
  { title: '地点', dataIndex: 'place', render: (v: string | null) => v ?? '—' },
  { title: '出席', key: 'attendance', render: (_, m) => `${m.presentCount}/${m.expectedCount}` },
  { title: '状态', dataIndex: 'state', render: (_, m) => <MeetingStateTag state={m.state} /> },
];

/** Meetings as a table on a desk, one card each on a phone. */
export function MeetingList({ items, loading, total, page, pageSize, onPage }: Props) {
  const phone = useIsPhone();
  const navigate = useNavigate();
  if (phone) {
    if (!items) return <Skeleton active />;
    if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无会议" />;
    return (
      <Flex vertical gap={8} data-testid="meeting-cards">
        {items.map((m) => (
          <Card
            key={m.id}
            size="small"
            hoverable
            onClick={() => navigate(`/meetings/${m.id}`)}
            data-testid="meeting-card"
          >
            <Flex justify="space-between" gap={8} align="start">
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {m.title}
              </Typography.Text>
              <MeetingStateTag state={m.state} />
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0 0' }}>
              {m.kindLabel} · {m.groupName ?? m.orgName}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {whenAndWhere(m)} · {attendanceLine(m)}
            </Typography.Text>
          </Card>
        ))}
        {total > items.length && (
          <Typography.Text type="secondary">
            共 {total} 次，仅显示前 {items.length} 次，可按组织或日期筛选
          </Typography.Text>
        )}
      </Flex>
    );
  }
  return (
    <Table<Meeting>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items ?? []}
      scroll={{ x: 'max-content' }}
      onRow={(m) => ({ onClick: () => navigate(`/meetings/${m.id}`), style: { cursor: 'pointer' } })}
      pagination={{ current: page, pageSize, total, hideOnSinglePage: true, onChange: onPage }}
      locale={{ emptyText: '暂无会议' }}
      data-testid="meeting-table"
    />
  );
}
