import { fenLabel, type Coverage } from '@jiceng/core';
import { Alert, Button, Card, Flex, Skeleton, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { pairingApi } from '../../api/pairing';
import { useRequest } from '../../hooks/useRequest';

type Row = Coverage['rows'][number];

/** 覆盖情况: per child org, how many households are paired, the people covered, and this year's visits. */
export function CoverageTab({ orgId, onOpen }: { orgId: number; onOpen: (orgId: number) => void }) {
  const { data, error } = useRequest(() => pairingApi.coverage(orgId), [orgId]);
  if (error !== undefined) {
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  }
  if (!data) return <Skeleton active />;

  const columns: TableColumnsType<Row> = [
    {
      key: 'org',
      title: '组织',
      render: (_, r) =>
        r.self ? (
          r.orgName
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(r.orgId)}>
            {r.orgName}
          </Button>
        ),
    },
    { key: 'households', title: '帮扶对象（户）', dataIndex: 'households' },
    { key: 'paired', title: '已结对（户）', dataIndex: 'pairedHouseholds' },
    { key: 'people', title: '覆盖人口', dataIndex: 'peopleCovered' },
    { key: 'helpers', title: '帮扶人', dataIndex: 'helpers' },
    { key: 'visits', title: `${data.year}年走访（次）`, dataIndex: 'visitsThisYear' },
    { key: 'money', title: '资金', render: (_, r) => fenLabel(r.moneyFenThisYear) },
    { key: 'goods', title: '物资折价', render: (_, r) => fenLabel(r.goodsFenThisYear) },
    {
      key: 'overdue',
      title: '三个月未走访（户）',
      render: (_, r) =>
        r.notVisitedRecently > 0 ? (
          <Typography.Text type="danger">{r.notVisitedRecently}</Typography.Text>
        ) : (
          0
        ),
    },
  ];
  const t = data.total;
  return (
    <Flex vertical gap={12} data-testid="pairing-coverage">
      <Card size="small">
        <Flex gap={32} wrap>
          <Statistic title="帮扶对象（户）" value={t.households} />
          <Statistic title="已结对（户）" value={t.pairedHouseholds} />
          <Statistic title="覆盖人口" value={t.peopleCovered} />
          <Statistic title="帮扶人" value={t.helpers} />
          <Statistic title={`${data.year}年走访（次）`} value={t.visitsThisYear} />
          <Statistic title="资金和物资" value={fenLabel(t.moneyFenThisYear + t.goodsFenThisYear)} />
          <Statistic title={`${data.overdueBefore} 以来未走访（户）`} value={t.notVisitedRecently} />
        </Flex>
      </Card>
      <Table
        rowKey="orgId"
        size="small"
        columns={columns}
        dataSource={data.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有下级组织' }}
        data-testid="coverage-table"
      />
    </Flex>
  );
}
