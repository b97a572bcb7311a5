import {
  cancelOccurrenceSchema,
  chinaToday,
  type ActivityOccurrence,
  type ActivitySeries,
} from '@jiceng/core';
import { Alert, Button, Form, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { activitiesApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { OccurrenceModal } from './OccurrenceModal';

/** The dates of a series this year: sign-ups, attendance and photos, each opening the attendance sheet. */
export function OccurrencesTable({ series, manage }: { series: ActivitySeries; manage: boolean }) {
  const year = chinaToday().slice(0, 4);
  const { data, error, reload } = useRequest(
    () => activitiesApi.occurrences(series.id, { from: `${year}-01-01`, to: `${Number(year) + 1}-12-31` }),
    [series.id],
  );
  const [open, setOpen] = useState<number | null>(null);
  const [cancelling, setCancelling] = useState<ActivityOccurrence | null>(null);

  const columns: TableColumnsType<ActivityOccurrence> = [
    { key: 'day', title: '日期', dataIndex: 'heldOn' },
    {
      key: 'state',
      title: '状态',
      render: (_, o) =>
        o.state === 'cancelled' ? (
          <Tag title={o.cancelReason ?? ''}>已取消</Tag>
        ) : o.heldOn > chinaToday() ? (
          <Tag color="blue">报名中</Tag>
        ) : (
          <Tag color="green">已举行</Tag>
        ),
    },
    {
      key: 'signups',
      title: '报名',
      render: (_, o) => `${o.signupCount}${o.capacity ? ` / ${o.capacity}` : ''}`,
    },
    { key: 'present', title: '出席', dataIndex: 'presentCount' },
    { key: 'photos', title: '照片', dataIndex: 'photoCount' },
    {
      key: 'action',
      title: '操作',
      render: (_, o) => (
        <Space size={0}>
          <Button
            size="small"
            type="link"
            onClick={() => setOpen(o.id)}
            data-testid={`occurrence-open-${o.id}`}
          >
            {manage && o.heldOn <= chinaToday() && o.state === 'planned' ? '登记出席与照片' : '查看'}
          </Button>
          {manage && o.state === 'planned' && o.presentCount === 0 && (
            <Button size="small" type="link" danger onClick={() => setCancelling(o)}>
              取消
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data ?? []}
        loading={!data && error === undefined}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid={`occurrences-${series.id}`}
        locale={{ emptyText: '尚未安排日期' }}
      />
      {open !== null && (
        <OccurrenceModal
          occurrenceId={open}
          seriesOrgId={series.orgId}
          manage={manage}
          onClose={() => (setOpen(null), reload())}
        />
      )}
      {cancelling && (
        <FormModal<{ reason: string }>
          title={`取消 ${cancelling.heldOn} 的活动`}
          okText="取消活动"
          onSubmit={(v) => activitiesApi.cancel(cancelling.id, v.reason)}
          success="已取消"
          onDone={() => (setCancelling(null), reload())}
          onClose={() => setCancelling(null)}
        >
          <Form.Item
            name="reason"
            label="原因"
            rules={[zodRule(cancelOccurrenceSchema.shape.reason, { required: true })]}
          >
            <Input placeholder="如 暴雨预警" />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
