import {
  POST_CLAIM_STATE_LABELS,
  POST_CLAIM_STATES,
  postClaimDecisionSchema,
  serviceHoursSchema,
  type PostClaimState,
  type ServicePostClaim,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { servicePostsApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';

const STATE_COLORS: Record<PostClaimState, string> = {
  pending: 'orange',
  approved: 'green',
  refused: 'red',
  withdrawn: 'default',
  ended: 'blue',
};

export function ClaimStateTag({ state }: { state: PostClaimState }) {
  return <Tag color={STATE_COLORS[state]}>{POST_CLAIM_STATE_LABELS[state]}</Tag>;
}

type Acting = { claim: ServicePostClaim; action: 'refuse' | 'hours' | 'end' };

/** Claims by the org's members: approve or refuse the pending ones, record hours on and end approved ones. */
export function ClaimsCard({
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
  const [state, setState] = useState<PostClaimState | undefined>('pending');
  const [acting, setActing] = useState<Acting | null>(null);
  const { data, error } = useRequest(() => servicePostsApi.claims({ orgId, state }), [orgId, state, tick]);

  const approve = async (c: ServicePostClaim) => {
    try {
      await servicePostsApi.decide(c.id, { approve: true });
      message.success(`已通过 ${c.personName} 的认领`);
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  const columns: TableColumnsType<ServicePostClaim> = [
    { key: 'person', title: '认领人', render: (_, c) => `${c.personName}（${c.orgName}）` },
    { key: 'post', title: '岗位', render: (_, c) => `${c.postKindLabel} · ${c.postTitle}` },
    { key: 'at', title: '认领时间', render: (_, c) => dayjs(c.claimedAt).format('YYYY-MM-DD') },
    { key: 'state', title: '状态', render: (_, c) => <ClaimStateTag state={c.state} /> },
    {
      key: 'hours',
      title: '时长',
      render: (_, c) => `${c.confirmedHours} 小时${c.pendingHours ? `（待确认 ${c.pendingHours}）` : ''}`,
    },
    { key: 'note', title: '说明', render: (_, c) => c.decisionReason ?? c.closeReason ?? c.note ?? '—' },
    ...(manage
      ? [
          {
            key: 'action',
            title: '操作',
            render: (_: unknown, c: ServicePostClaim) => (
              <Space size={0}>
                {c.state === 'pending' && (
                  <>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => void approve(c)}
                      data-testid={`claim-approve-${c.id}`}
                    >
                      通过
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => setActing({ claim: c, action: 'refuse' })}
                    >
                      不通过
                    </Button>
                  </>
                )}
                {(c.state === 'approved' || c.state === 'ended') && (
                  <Button size="small" type="link" onClick={() => setActing({ claim: c, action: 'hours' })}>
                    登记时长
                  </Button>
                )}
                {c.state === 'approved' && (
                  <Button size="small" type="link" onClick={() => setActing({ claim: c, action: 'end' })}>
                    结束
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const done = () => (setActing(null), onChanged());
  return (
    <>
      <Select
        allowClear
        placeholder="全部状态"
        value={state}
        onChange={setState}
        style={{ minWidth: 140, marginBottom: 12 }}
        options={POST_CLAIM_STATES.map((s) => ({ value: s, label: POST_CLAIM_STATE_LABELS[s] }))}
        data-testid="claims-state"
      />
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
        data-testid="claims-table"
        locale={{ emptyText: '暂无认领' }}
      />
      {acting?.action === 'refuse' && (
        <FormModal<{ reason: string }>
          title={`不通过：${acting.claim.personName} 认领“${acting.claim.postTitle}”`}
          okText="不通过"
          onSubmit={(v) => servicePostsApi.decide(acting.claim.id, { approve: false, reason: v.reason })}
          success="已退回，认领人会收到理由"
          onDone={done}
          onClose={() => setActing(null)}
        >
          <Form.Item
            name="reason"
            label="理由"
            rules={[zodRule(postClaimDecisionSchema.shape.reason, { required: true })]}
          >
            <Input.TextArea rows={2} data-testid="claim-refuse-reason" />
          </Form.Item>
        </FormModal>
      )}
      {acting?.action === 'end' && (
        <FormModal<{ reason?: string }>
          title={`结束认领：${acting.claim.personName} · ${acting.claim.postTitle}`}
          okText="结束"
          onSubmit={(v) => servicePostsApi.endClaim(acting.claim.id, v.reason)}
          success="已结束，服务时长保留"
          onDone={done}
          onClose={() => setActing(null)}
        >
          <Form.Item name="reason" label="说明">
            <Input placeholder="如 服务期满" />
          </Form.Item>
        </FormModal>
      )}
      {acting?.action === 'hours' && (
        <HoursFormModal
          title={`登记服务时长：${acting.claim.personName} · ${acting.claim.postTitle}`}
          onSubmit={(input) => servicePostsApi.recordHours(acting.claim.id, input)}
          onDone={done}
          onClose={() => setActing(null)}
        />
      )}
    </>
  );
}

interface HoursValues {
  workedOn: Dayjs;
  hours: number;
  note?: string;
}

/** The hours form, shared by the branch (confirmed at once) and the member's phone (waits for the branch). */
export function HoursFormModal({
  title,
  onSubmit,
  onDone,
  onClose,
}: {
  title: string;
  onSubmit: (input: { workedOn: string; hours: number; note: string | null }) => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<HoursValues>
      title={title}
      initialValues={{ workedOn: dayjs(), hours: 2 }}
      onSubmit={(v) =>
        onSubmit({ workedOn: v.workedOn.format('YYYY-MM-DD'), hours: v.hours, note: v.note?.trim() || null })
      }
      success="已登记"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'hours-save' }}
      testId="hours-form"
    >
      <Form.Item name="workedOn" label="服务日期" rules={[{ required: true, message: '请选择服务日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} inputReadOnly />
      </Form.Item>
      <Form.Item name="hours" label="时长（小时）" rules={[zodRule(serviceHoursSchema, { required: true })]}>
        <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} data-testid="hours-value" />
      </Form.Item>
      <Form.Item name="note" label="服务内容">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
