import type { ActivitySeries } from '@jiceng/core';
import { Alert, App, Button, Flex, Skeleton, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { activitiesApi } from '../../api/servicePosts';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OccurrencesTable } from './OccurrencesTable';
import { SeriesFormModal } from './SeriesFormModal';

/** 主题活动: recurring activities such as 红色星期六; each row opens its dates. */
export function ActivitiesTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const manage = can('service.manage');
  const [editing, setEditing] = useState<ActivitySeries | 'new' | null>(null);
  const { data, error, reload } = useRequest(() => activitiesApi.series(orgId), [orgId]);

  const toggle = async (s: ActivitySeries) => {
    try {
      await activitiesApi.updateSeries(s.id, { state: s.state === 'active' ? 'ended' : 'active' });
      message.success(s.state === 'active' ? '已结束，今后的日期已撤下' : '已恢复，今后的日期已安排');
      reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  const columns: TableColumnsType<ActivitySeries> = [
    { key: 'title', title: '活动', dataIndex: 'title' },
    { key: 'org', title: '组织', dataIndex: 'orgName' },
    { key: 'rule', title: '时间', dataIndex: 'recurrenceLabel' },
    { key: 'place', title: '地点', dataIndex: 'place' },
    { key: 'hours', title: '每次时长', render: (_, s) => `${s.hoursCredited} 小时` },
    { key: 'cap', title: '人数上限', render: (_, s) => s.capacity ?? '不限' },
    {
      key: 'state',
      title: '状态',
      render: (_, s) => (
        <Tag color={s.state === 'active' ? 'green' : 'default'}>
          {s.state === 'active' ? '进行中' : '已结束'}
        </Tag>
      ),
    },
    ...(manage
      ? [
          {
            key: 'action',
            title: '操作',
            render: (_: unknown, s: ActivitySeries) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => setEditing(s)}>
                  修改
                </Button>
                <Button size="small" type="link" onClick={() => void toggle(s)}>
                  {s.state === 'active' ? '结束' : '恢复'}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      {manage && (
        <Button
          type="primary"
          onClick={() => setEditing('new')}
          style={{ alignSelf: 'flex-start' }}
          data-testid="series-add"
        >
          设立固定活动
        </Button>
      )}
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {data ? (
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (s) => <OccurrencesTable series={s} manage={manage} /> }}
          data-testid="series-table"
          locale={{ emptyText: '暂无固定活动' }}
        />
      ) : (
        error === undefined && <Skeleton active />
      )}
      {editing && (
        <SeriesFormModal
          orgId={orgId}
          series={editing === 'new' ? undefined : editing}
          onDone={() => (setEditing(null), reload())}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
