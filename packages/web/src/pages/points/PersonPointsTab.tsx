import type { PointEntryView } from '@jiceng/core';
import { Alert, DatePicker, Flex, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { pointsApi } from '../../api/points';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import type { PersonTabContext } from '../persons/personTabs';
import { EntryRef } from './entryRef';
import { MonthlyPoints } from './MonthlyPoints';
import { PersonDeductions } from './PersonDeductions';

/**
 * A member's points on the profile: the year's total, month by month, each entry with its record, and the
 * deductions for violations (recorded and revoked here by staff who manage the member's points).
 */
export function PersonPointsTab({ person }: PersonTabContext) {
  const [params] = useSearchParams();
  const [year, setYear] = useState(Number(params.get('year')) || Number(todayInChina().slice(0, 4)));
  const { data, error, reload } = useRequest(() => pointsApi.person(person.id, year), [person.id, year]);

  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data || data.personId !== person.id || data.year !== year) return <Skeleton active />;

  return (
    <Flex vertical gap={16} data-testid="person-points">
      <Flex gap={24} align="center" wrap>
        <DatePicker
          picker="year"
          value={dayjs(`${year}-01-01`)}
          allowClear={false}
          onChange={(d) => d && setYear(d.year())}
          aria-label="年度"
        />
        <Statistic title={`${year} 年积分`} value={data.total} data-testid="person-points-total" />
      </Flex>
      <MonthlyPoints months={data.months} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        积分明细
      </Typography.Title>
      <Table<PointEntryView>
        size="small"
        rowKey="id"
        dataSource={[...data.entries].reverse()}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        locale={{ emptyText: '本年度暂无积分' }}
        columns={[
          { title: '日期', dataIndex: 'occurredOn', width: 110 },
          { title: '来源', dataIndex: 'sourceLabel', width: 140 },
          {
            title: '记录',
            key: 'ref',
            render: (_, entry) => <EntryRef entry={entry} personId={person.id} link />,
          },
          {
            title: '适用细则',
            key: 'rule',
            render: (_, entry) => <Typography.Text type="secondary">{entry.ruleOrgName}</Typography.Text>,
          },
          {
            title: '积分',
            dataIndex: 'points',
            align: 'right',
            width: 120,
            render: (points: number, entry) => (
              <Flex gap={4} justify="flex-end" align="center" data-testid={`person-points-entry-${entry.id}`}>
                {entry.capped && (
                  <Tag color="orange" title={`按细则应得 ${entry.rawPoints} 分，超过上限`}>
                    封顶
                  </Tag>
                )}
                {points > 0 ? `+${points}` : points}
              </Flex>
            ),
          },
        ]}
      />
      <PersonDeductions personId={person.id} personName={person.name} onChange={reload} />
    </Flex>
  );
}
