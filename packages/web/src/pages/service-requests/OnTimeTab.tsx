import type { ServiceOnTimeRow } from '@jiceng/core';
import { Alert, DatePicker, Flex, Skeleton, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);

/** 按时办结率: per child org, the share of requests resolved within both deadlines, and satisfaction. */
export function OnTimeTab({ orgId }: { orgId: number }) {
  const today = todayInChina();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(`${today.slice(0, 4)}-01-01`), dayjs(today)]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const { data, error } = useRequest(() => serviceRequestsApi.onTime(orgId, from, to), [orgId, from, to]);

  const columns: TableColumnsType<ServiceOnTimeRow> = [
    { key: 'org', title: '党组织', dataIndex: 'orgName' },
    { key: 'total', title: '受理', dataIndex: 'total', align: 'right' },
    { key: 'open', title: '办理中', dataIndex: 'open', align: 'right' },
    { key: 'resolved', title: '已办结', dataIndex: 'resolved', align: 'right' },
    { key: 'onTime', title: '按时办结', dataIndex: 'onTime', align: 'right' },
    { key: 'overdueOpen', title: '超时未办结', dataIndex: 'overdueOpen', align: 'right' },
    { key: 'rate', title: '按时办结率', align: 'right', render: (_, r) => percent(r.rate) },
    { key: 'satisfaction', title: '满意率', align: 'right', render: (_, r) => percent(r.satisfactionRate) },
  ];

  return (
    <Flex vertical gap={12}>
      <DatePicker.RangePicker
        value={range}
        allowClear={false}
        onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        style={{ alignSelf: 'flex-start' }}
      />
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data ? (
        error === undefined && <Skeleton active />
      ) : (
        <Table
          rowKey="orgId"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={data.rows}
          scroll={{ x: 'max-content' }}
          data-testid="on-time-table"
          locale={{ emptyText: '暂无下级组织' }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {data.total.total}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {data.total.open}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {data.total.resolved}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {data.total.onTime}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {data.total.overdueOpen}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {percent(data.total.rate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                {percent(data.total.satisfactionRate)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </Flex>
  );
}
