import {
  SERVICE_HOURS_STATE_LABELS,
  SERVICE_HOURS_STATES,
  serviceHoursDecisionSchema,
  type ServiceHoursEntry,
  type ServiceHoursState,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { servicePostsApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';

const COLORS: Record<ServiceHoursState, string> = { pending: 'orange', confirmed: 'green', rejected: 'red' };

/** Hours on the org's members' posts: the ones members logged wait here to be confirmed or rejected. */
export function HoursCard({
  orgId,
  manage,
  onChanged,
  tick,
}: {
  orgId: number;
  manage: boolean;
  onChanged: () => void;
  tick: number;
}) {
  const { message } = App.useApp();
  const [state, setState] = useState<ServiceHoursState | undefined>('pending');
  const [rejecting, setRejecting] = useState<ServiceHoursEntry | null>(null);
  const { data, error } = useRequest(() => servicePostsApi.hours({ orgId, state }), [orgId, state, tick]);

  const confirm = async (h: ServiceHoursEntry) => {
    try {
      await servicePostsApi.decideHours(h.id, { confirm: true });
      message.success(`已确认 ${h.personName} ${h.hours} 小时`);
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  const exportXlsx = async () => {
    try {
      await servicePostsApi.hoursXlsx({ orgId, state });
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导出失败');
    }
  };

  const columns: TableColumnsType<ServiceHoursEntry> = [
    { key: 'person', title: '党员', dataIndex: 'personName' },
    { key: 'post', title: '岗位', dataIndex: 'postTitle' },
    { key: 'day', title: '服务日期', dataIndex: 'workedOn' },
    { key: 'hours', title: '时长', render: (_, h) => `${h.hours} 小时` },
    { key: 'note', title: '服务内容', render: (_, h) => h.note ?? '—' },
    { key: 'by', title: '登记', render: (_, h) => (h.loggedByMember ? '本人' : '支部') },
    {
      key: 'state',
      title: '状态',
      render: (_, h) => (
        <Tag color={COLORS[h.state]} title={h.decisionReason ?? ''}>
          {SERVICE_HOURS_STATE_LABELS[h.state]}
        </Tag>
      ),
    },
    ...(manage
      ? [
          {
            key: 'action',
            title: '操作',
            render: (_: unknown, h: ServiceHoursEntry) =>
              h.state === 'pending' && (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => void confirm(h)}
                    data-testid={`hours-confirm-${h.id}`}
                  >
                    确认
                  </Button>
                  <Button size="small" type="link" danger onClick={() => setRejecting(h)}>
                    不确认
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部状态"
          value={state}
          onChange={setState}
          style={{ minWidth: 140 }}
          options={SERVICE_HOURS_STATES.map((s) => ({ value: s, label: SERVICE_HOURS_STATE_LABELS[s] }))}
        />
        <Button onClick={() => void exportXlsx()} data-testid="hours-export">
          导出 Excel
        </Button>
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data ?? []}
        loading={!data && error === undefined}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="hours-table"
        locale={{ emptyText: '暂无服务时长' }}
      />
      {rejecting && (
        <FormModal<{ reason: string }>
          title={`不确认：${rejecting.personName} ${rejecting.workedOn} ${rejecting.hours} 小时`}
          okText="不确认"
          onSubmit={(v) => servicePostsApi.decideHours(rejecting.id, { confirm: false, reason: v.reason })}
          success="已退回，党员会收到理由"
          onDone={() => (setRejecting(null), onChanged())}
          onClose={() => setRejecting(null)}
        >
          <Form.Item
            name="reason"
            label="理由"
            rules={[zodRule(serviceHoursDecisionSchema.shape.reason, { required: true })]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
