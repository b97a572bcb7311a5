import type { AuditEntry } from '@jiceng/core';
import { Alert, Card, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { auditApi, type AuditFilter } from '../../api/audit';
import { formatDateTime } from '../../format/time';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { AuditFilters } from './AuditFilters';
import { AuditSummary } from './AuditSummary';
import { actionLabel, ENTITY_TYPE_LABELS } from './auditLabels';

const PAGE_SIZE = 50;

const columns: TableColumnsType<AuditEntry> = [
  { key: 'at', title: '时间', dataIndex: 'at', render: (at: string) => formatDateTime(at) },
  { key: 'actor', title: '操作人', dataIndex: 'actorName', render: (name: string | null) => name ?? '系统' },
  {
    key: 'action',
    title: '操作',
    dataIndex: 'action',
    render: (action: string) => (
      <Tag color={action.endsWith('failed') ? 'orange' : 'blue'}>{actionLabel(action)}</Tag>
    ),
  },
  {
    key: 'entity',
    title: '对象',
    render: (_, e) =>
      `${ENTITY_TYPE_LABELS[e.entityType] ?? e.entityType}${e.entityId ? ` #${e.entityId}` : ''}`,
  },
  {
    key: 'ip',
    title: 'IP',
    dataIndex: 'clientIp',
    render: (ip: string | null) => ip ?? '—',
    responsive: ['lg'],
  },
  {
    key: 'hash',
    title: '哈希',
    dataIndex: 'hash',
    responsive: ['md'],
    render: (hash: string) => (
      <Tooltip title={hash}>
        <Typography.Text code>{hash.slice(0, 10)}…</Typography.Text>
      </Tooltip>
    ),
  },
];

export default function AuditLogPage() {
  const phone = useIsPhone();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const { data, error, loading } = useRequest(() => auditApi.list(filter, page, PAGE_SIZE), [filter, page]);

  return (
    <Flex vertical gap={16} data-testid="audit-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        审计日志
      </Typography.Title>
      <Card size="small">
        <Flex vertical gap={12}>
          <AuditFilters
            onApply={(next) => {
              setFilter(next);
              setPage(1);
            }}
          />
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          <Table
            rowKey="id"
            size="small"
            loading={loading}
            columns={columns}
            dataSource={data?.items ?? []}
            // A phone scrolls the table itself; on a desktop the columns fit and a long summary wraps.
            scroll={phone ? { x: 'max-content' } : undefined}
            expandable={{ expandedRowRender: (e) => <AuditSummary summary={e.summary} hash={e.hash} /> }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => `共 ${total} 条`,
              onChange: setPage,
            }}
            data-testid="audit-table"
          />
        </Flex>
      </Card>
    </Flex>
  );
}
