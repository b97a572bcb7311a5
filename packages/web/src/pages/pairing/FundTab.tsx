import {
  FUND_ENTRY_KIND_LABELS,
  fenLabel,
  fundContributionInputSchema,
  fundGrantInputSchema,
  parseYuanToFen,
  yuanTextSchema,
  type FundEntry,
} from '@jiceng/core';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Statistic,
  Table,
  Tag,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { pairingApi } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';

interface EntryValues {
  /** Typed in 元; named as the API's field so a refusal (over the balance) shows on it. */
  amountFen: string;
  occurredOn: Dayjs;
  contributorName?: string;
  householdId?: number;
  purpose?: string;
  approvedBy?: string;
  note?: string;
}

/** 互助金: the org's mutual-aid fund — contributions in, grants to households out, and the balance. */
export function FundTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const manage = can('service.manage');
  const [adding, setAdding] = useState<'contribution' | 'grant' | null>(null);
  const { data, error, reload } = useRequest(() => pairingApi.fund(orgId), [orgId]);
  const { data: households } = useRequest(
    () =>
      adding === 'grant' ? pairingApi.households({ orgId, status: 'open' }, 1, 200) : Promise.resolve(null),
    [orgId, adding],
  );

  if (error !== undefined) {
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  }
  if (!data) return <Skeleton active />;

  const submit = (v: EntryValues) => {
    const amountFen = parseYuanToFen(v.amountFen) ?? 0;
    const occurredOn = v.occurredOn.format('YYYY-MM-DD');
    const note = blankToUndefined(v.note) ?? null;
    return adding === 'grant'
      ? pairingApi.grant({
          orgId,
          householdId: v.householdId!,
          amountFen,
          occurredOn,
          purpose: v.purpose ?? '',
          approvedBy: v.approvedBy ?? '',
          note,
        })
      : pairingApi.contribute({
          orgId,
          contributorName: v.contributorName ?? '',
          amountFen,
          occurredOn,
          note,
        });
  };

  const columns: TableColumnsType<FundEntry> = [
    { key: 'date', title: '日期', dataIndex: 'occurredOn', width: 110 },
    {
      key: 'kind',
      title: '类别',
      render: (_, e) => (
        <Tag color={e.kind === 'grant' ? 'orange' : 'green'}>{FUND_ENTRY_KIND_LABELS[e.kind]}</Tag>
      ),
    },
    {
      key: 'amount',
      title: '金额',
      render: (_, e) => `${e.kind === 'grant' ? '-' : '+'}${fenLabel(e.amountFen)}`,
    },
    {
      key: 'who',
      title: '捐入人 / 受助对象',
      render: (_, e) => (e.kind === 'grant' ? e.headName : e.contributorName),
    },
    { key: 'purpose', title: '用途', render: (_, e) => e.purpose ?? '—' },
    { key: 'approved', title: '审批人', render: (_, e) => e.approvedBy ?? '—' },
    { key: 'balance', title: '余额', render: (_, e) => fenLabel(e.balanceAfterFen) },
    { key: 'note', title: '备注', render: (_, e) => e.note ?? '' },
  ];

  return (
    <Flex vertical gap={12} data-testid="pairing-fund">
      <Card size="small">
        <Flex gap={32} wrap align="center">
          <Statistic title="余额" value={fenLabel(data.balanceFen)} data-testid="fund-balance" />
          <Statistic title="累计捐入" value={fenLabel(data.contributedFen)} />
          <Statistic title="累计发放" value={fenLabel(data.grantedFen)} />
          {manage && (
            <Flex gap={8}>
              <Button onClick={() => setAdding('contribution')} data-testid="fund-contribute">
                登记捐入
              </Button>
              <Button type="primary" onClick={() => setAdding('grant')} data-testid="fund-grant">
                登记发放
              </Button>
            </Flex>
          )}
        </Flex>
      </Card>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data.entries}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50 }}
        locale={{ emptyText: `${data.orgName}尚无互助金记录` }}
        data-testid="fund-table"
      />
      {adding && (
        <FormModal<EntryValues>
          title={
            adding === 'grant' ? `登记互助金发放（余额 ${fenLabel(data.balanceFen)}）` : '登记互助金捐入'
          }
          initialValues={{ occurredOn: dayjs() }}
          onSubmit={submit}
          success="已登记"
          onDone={() => (setAdding(null), reload())}
          onClose={() => setAdding(null)}
          okButtonProps={{ 'data-testid': 'fund-save' }}
        >
          {adding === 'grant' ? (
            <>
              <Form.Item
                name="householdId"
                label="受助帮扶对象"
                rules={[{ required: true, message: '请选择受助帮扶对象' }]}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={(households?.items ?? []).map((h) => ({
                    value: h.id,
                    label: `${h.headName}（${h.orgName}）`,
                  }))}
                  data-testid="fund-household"
                />
              </Form.Item>
              <Form.Item
                name="purpose"
                label="用途"
                rules={[zodRule(fundGrantInputSchema.shape.purpose, { required: true })]}
              >
                <Input placeholder="如：大病住院医疗救助" />
              </Form.Item>
              <Form.Item
                name="approvedBy"
                label="审批人"
                rules={[zodRule(fundGrantInputSchema.shape.approvedBy, { required: true })]}
              >
                <Input placeholder="如：镇党委会议" />
              </Form.Item>
            </>
          ) : (
            <Form.Item
              name="contributorName"
              label="捐入人（单位）"
              rules={[zodRule(fundContributionInputSchema.shape.contributorName, { required: true })]}
            >
              <Input data-testid="fund-contributor" />
            </Form.Item>
          )}
          <Form.Item
            name="amountFen"
            label="金额（元）"
            rules={[zodRule(yuanTextSchema, { required: true })]}
          >
            <Input inputMode="decimal" data-testid="fund-amount" />
          </Form.Item>
          <Form.Item name="occurredOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="note" label="备注" rules={[zodRule(fundContributionInputSchema.shape.note)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
