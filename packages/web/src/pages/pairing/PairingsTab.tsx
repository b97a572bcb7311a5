import {
  HELPER_ROLE_LABELS,
  PAIRING_END_REASON_LABELS,
  pairingEndSchema,
  type Pairing,
  type PairingEndReason,
} from '@jiceng/core';
import { Alert, Button, DatePicker, Flex, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { pairingApi } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { endReasonOptions } from './labels';
import { VisitFormModal } from './VisitFormModal';

interface EndValues {
  endedOn: Dayjs;
  reason: PairingEndReason;
  note?: string;
}

/** 结对: who helps which household since when; a pairing ends with a reason and stays on record. */
export function PairingsTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const manage = can('service.manage');
  const [active, setActive] = useState<boolean | undefined>(true);
  const [ending, setEnding] = useState<Pairing | null>(null);
  const [visiting, setVisiting] = useState<Pairing | null>(null);
  const { data, error, loading, reload } = useRequest(
    () => pairingApi.pairings({ orgId, active }),
    [orgId, active],
  );

  const columns: TableColumnsType<Pairing> = [
    { key: 'head', title: '帮扶对象', render: (_, p) => `${p.headName}（${p.orgName}）` },
    {
      key: 'helper',
      title: '帮扶人',
      render: (_, p) => (
        <Space size={4}>
          {p.helperName}
          <Tag>{HELPER_ROLE_LABELS[p.helperRole]}</Tag>
        </Space>
      ),
    },
    { key: 'helperOrg', title: '帮扶人所在组织', dataIndex: 'helperOrgName' },
    {
      key: 'period',
      title: '结对期间',
      render: (_, p) => `${p.startedOn} 至 ${p.endedOn ?? '今'}`,
    },
    {
      key: 'state',
      title: '状态',
      render: (_, p) =>
        p.active ? (
          <Tag color="green">结对中</Tag>
        ) : (
          <Tag title={p.endNote ?? ''}>
            已结束：{p.endReason ? PAIRING_END_REASON_LABELS[p.endReason] : ''}
          </Tag>
        ),
    },
    { key: 'last', title: '最近走访', render: (_, p) => p.lastVisitOn ?? '—' },
    ...(manage
      ? [
          {
            key: 'actions',
            title: '操作',
            render: (_: unknown, p: Pairing) =>
              p.active ? (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setVisiting(p)}
                    data-testid={`pairing-visit-${p.id}`}
                  >
                    登记走访
                  </Button>
                  <Button size="small" type="link" onClick={() => setEnding(p)}>
                    结束结对
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Select
          value={active === undefined ? 'all' : active ? 'active' : 'ended'}
          onChange={(v) => setActive(v === 'all' ? undefined : v === 'active')}
          options={[
            { value: 'active', label: '结对中' },
            { value: 'ended', label: '已结束' },
            { value: 'all', label: '全部' },
          ]}
          style={{ width: 120 }}
        />
        <Alert type="info" showIcon title="在“帮扶对象”中对已登记本人同意的户点击“结对”。" />
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (total) => `共 ${total} 对` }}
        locale={{ emptyText: '暂无结对' }}
        data-testid="pairings-table"
      />
      {visiting && (
        <VisitFormModal
          orgId={orgId}
          pairing={visiting}
          onDone={() => (setVisiting(null), reload())}
          onClose={() => setVisiting(null)}
        />
      )}
      {ending && (
        <FormModal<EndValues>
          title={`结束结对：${ending.headName} — ${ending.helperName}`}
          okText="结束结对"
          initialValues={{ endedOn: dayjs() }}
          onSubmit={(v) =>
            pairingApi.endPairing(ending.id, {
              endedOn: v.endedOn.format('YYYY-MM-DD'),
              reason: v.reason,
              note: blankToUndefined(v.note) ?? null,
            })
          }
          success="已结束结对"
          onDone={() => (setEnding(null), reload())}
          onClose={() => setEnding(null)}
        >
          <Form.Item name="endedOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(ending.startedOn), 'day')}
            />
          </Form.Item>
          <Form.Item name="reason" label="结束原因" rules={[{ required: true, message: '请选择结束原因' }]}>
            <Select options={endReasonOptions} />
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[zodRule(pairingEndSchema.shape.note)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
