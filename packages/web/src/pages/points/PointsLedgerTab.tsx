import type { PointsLedgerRow } from '@jiceng/core';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { pointsApi } from '../../api/points';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { PointsFilters } from './PointsFilters';
import { usePointsParams } from './usePointsParams';

type Sort = 'total_desc' | 'total_asc' | 'name';

/** Members of an org and below with their points for a year or a month; a name opens the member's points. */
export function PointsLedgerTab() {
  const params = usePointsParams();
  const { orgId, year, month } = params;
  const { can } = useSession();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<Sort>('total_desc');
  const [busy, setBusy] = useState(false);
  const ledger = useRequest(
    () =>
      orgId
        ? pointsApi.ledger({ orgId, year, month: month ?? undefined, sort, page, pageSize: 50 })
        : Promise.resolve(undefined),
    [orgId, year, month, sort, page],
  );

  const recompute = async () => {
    if (!orgId) return;
    setBusy(true);
    try {
      const result = await pointsApi.recompute(orgId, year);
      message.success(`已重新计算 ${result.persons} 名党员的积分，${result.changedPersons} 名有变化`);
      ledger.reload();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '计算失败');
    } finally {
      setBusy(false);
    }
  };

  const closeMonth = async () => {
    if (!orgId || !month) return;
    try {
      await pointsApi.closeMonth(orgId, month);
      message.success(`已关闭 ${month} 的积分，此后不能再申报该月积分`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败');
    }
  };

  return (
    <Flex vertical gap={12} data-testid="points-ledger">
      <Card size="small">
        <Flex justify="space-between" gap={12} wrap>
          <PointsFilters params={params} withMonth />
          {can('points.manage') && orgId && (
            <Flex gap={8} wrap>
              <Button onClick={recompute} loading={busy} data-testid="points-recompute">
                重新计算积分
              </Button>
              {month && (
                <Popconfirm
                  title={`关闭 ${month} 的积分后，本组织及下级党员不能再申报该月积分`}
                  onConfirm={closeMonth}
                >
                  <Button data-testid="points-close-month">关闭本月积分</Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </Flex>
      </Card>
      <Typography.Text type="secondary">
        积分由组织生活出席、按时交纳党费、表彰和审核通过的个人申报按积分细则自动计算，每小时更新一次。
      </Typography.Text>
      {ledger.error ? (
        <Alert
          type="error"
          showIcon
          title={ledger.error instanceof Error ? ledger.error.message : '加载失败'}
        />
      ) : !orgId ? (
        <Empty description={params.ready ? '请选择党组织' : '加载中'} />
      ) : (
        <Table<PointsLedgerRow>
          size="small"
          rowKey="personId"
          loading={ledger.loading}
          dataSource={ledger.data?.items ?? []}
          scroll={{ x: 560 }}
          onChange={(_, __, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            setSort(s?.order === 'ascend' ? 'total_asc' : s?.order === 'descend' ? 'total_desc' : 'name');
            setPage(1);
          }}
          pagination={{
            current: page,
            pageSize: 50,
            total: ledger.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => `共 ${total} 名党员`,
          }}
          columns={[
            {
              title: '姓名',
              dataIndex: 'name',
              render: (name: string, row) => (
                <Link
                  to={`/persons/${row.personId}/points?year=${year}`}
                  data-testid={`points-person-${row.personId}`}
                >
                  {name}
                </Link>
              ),
            },
            { title: '所在组织', dataIndex: 'orgName' },
            {
              title: month ? `${month} 积分` : `${year} 年积分`,
              dataIndex: 'total',
              align: 'right',
              sorter: true,
              sortOrder: sort === 'total_desc' ? 'descend' : sort === 'total_asc' ? 'ascend' : null,
              render: (total: number, row) => (
                <span data-testid={`points-total-${row.personId}`}>{total}</span>
              ),
            },
            { title: '积分条数', dataIndex: 'entries', align: 'right' },
            {
              title: '封顶条数',
              dataIndex: 'capped',
              align: 'right',
              render: (capped: number) =>
                capped ? <Typography.Text type="warning">{capped}</Typography.Text> : 0,
            },
          ]}
        />
      )}
    </Flex>
  );
}
