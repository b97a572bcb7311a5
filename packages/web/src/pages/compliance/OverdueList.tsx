import type { ComplianceSummary, OverdueBranch } from '@jiceng/core';
import { Card, Empty, Flex, List, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone';
import type { CellKey } from './SummaryMatrix';

interface Props {
  summary: ComplianceSummary;
  cell: CellKey;
  onOpenOrg: (orgId: number) => void;
}

const periodTags = (entry: OverdueBranch) => (
  <Flex gap={4} wrap>
    {entry.periods.map((p) => (
      <Tag key={p.key} color="red" style={{ marginInlineEnd: 0 }}>
        {p.label}
      </Tag>
    ))}
  </Flex>
);

/** The branches behind a matrix cell that left a period of this year unmet, with those periods. */
export function OverdueList({ summary, cell, onOpenOrg }: Props) {
  const phone = useIsPhone();
  const entries = summary.overdue.filter(
    (o) => o.kind === cell.kind && (cell.rowOrgId === null || o.rowOrgId === cell.rowOrgId),
  );
  const kindLabel = summary.kinds.find((k) => k.kind === cell.kind)?.label ?? cell.kind;
  const rowName =
    cell.rowOrgId === null ? '全部' : (summary.rows.find((r) => r.org.id === cell.rowOrgId)?.org.name ?? '');
  const title = `${rowName} · ${kindLabel}：本年有未完成周期的支部（${entries.length}）`;
  const name = (entry: OverdueBranch) => (
    <Typography.Link onClick={() => onOpenOrg(entry.orgId)}>{entry.orgName}</Typography.Link>
  );

  const columns: TableColumnsType<OverdueBranch> = [
    { key: 'org', title: '支部', render: (_, e) => name(e) },
    { key: 'periods', title: '未完成周期', render: (_, e) => periodTags(e) },
    { key: 'groups', title: '党小组', render: (_, e) => (e.groups.length ? e.groups.join('、') : '—') },
  ];

  return (
    <Card
      size="small"
      title={<span style={{ whiteSpace: 'normal' }}>{title}</span>}
      data-testid="compliance-overdue"
    >
      {entries.length === 0 ? (
        <Empty description="没有未完成的支部" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : phone ? (
        <List
          dataSource={entries}
          renderItem={(e) => (
            <List.Item key={e.orgId}>
              <Flex vertical gap={4}>
                {name(e)}
                {periodTags(e)}
                {e.groups.length > 0 && (
                  <Typography.Text type="secondary">{e.groups.join('、')}</Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<OverdueBranch>
          rowKey={(e) => `${e.orgId}-${e.kind}`}
          size="small"
          columns={columns}
          dataSource={entries}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
    </Card>
  );
}
