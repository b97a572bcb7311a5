import {
  CONSENT_WAY_LABELS,
  householdCloseSchema,
  type Household,
  type HouseholdSituation,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { pairingApi, type HouseholdFilter } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ConsentModal } from './ConsentModal';
import { HouseholdFormModal } from './HouseholdFormModal';
import { PairFormModal } from './PairFormModal';
import { RevealContact } from './RevealContact';
import { situationOptions, situationsText } from './labels';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'consent' | 'pair' | 'close'; household: Household } | null;

const PAGE_SIZE = 20;

/** 帮扶对象: the households of the org's subtree, with their consent, helpers and last visit. */
export function HouseholdsTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const manage = can('service.manage');
  const [q, setQ] = useState('');
  const [situation, setSituation] = useState<HouseholdSituation | undefined>();
  const [status, setStatus] = useState<HouseholdFilter['status']>('open');
  const [paired, setPaired] = useState<boolean | undefined>();
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const search = useDebouncedValue(q.trim(), 300);
  const filter: HouseholdFilter = { orgId, q: search || undefined, situation, status, paired };
  const { data, error, loading, reload } = useRequest(
    () => pairingApi.households(filter, page, PAGE_SIZE),
    [orgId, search, situation, status, paired, page],
  );
  const done = () => (setDialog(null), reload());

  const remove = async (h: Household) => {
    try {
      await pairingApi.deleteHousehold(h.id);
      message.success('已删除');
      reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '删除失败');
    }
  };

  const columns: TableColumnsType<Household> = [
    {
      key: 'head',
      title: '户主',
      render: (_, h) => (
        <Space size={4} wrap>
          {h.headName}
          {h.closedOn && <Tag title={h.closeReason ?? ''}>已退出</Tag>}
        </Space>
      ),
    },
    { key: 'org', title: '所在村（社区）', dataIndex: 'orgName' },
    { key: 'people', title: '人口', dataIndex: 'peopleCount', width: 60 },
    { key: 'situations', title: '困难类型', render: (_, h) => situationsText(h.situations) },
    {
      key: 'phone',
      title: '联系电话',
      render: (_, h) => <RevealContact household={h} canUnmask={can('person.unmask')} />,
    },
    {
      key: 'consent',
      title: '本人同意',
      render: (_, h) =>
        h.consent ? (
          `${h.consent.consentedOn}（${CONSENT_WAY_LABELS[h.consent.way]}）`
        ) : (
          <Tag color="orange">未登记</Tag>
        ),
    },
    {
      key: 'helpers',
      title: '帮扶人',
      render: (_, h) => (h.helpers.length ? h.helpers.map((x) => x.name).join('、') : <Tag>未结对</Tag>),
    },
    { key: 'last', title: '最近走访', render: (_, h) => h.lastVisitOn ?? '—' },
    ...(manage
      ? [
          {
            key: 'actions',
            title: '操作',
            render: (_: unknown, h: Household) =>
              h.closedOn ? null : (
                <Space size={0} wrap>
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'edit', household: h })}>
                    修改
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setDialog({ kind: 'consent', household: h })}
                    data-testid={`household-consent-${h.id}`}
                  >
                    {h.consent ? '更正同意' : '登记同意'}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    disabled={!h.consent}
                    title={h.consent ? undefined : '须先登记本人同意'}
                    onClick={() => setDialog({ kind: 'pair', household: h })}
                    data-testid={`household-pair-${h.id}`}
                  >
                    结对
                  </Button>
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'close', household: h })}>
                    退出
                  </Button>
                  {h.helpers.length === 0 && (
                    <Popconfirm title="删除误登记的帮扶对象？" onConfirm={() => remove(h)}>
                      <Button size="small" type="link" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Input.Search
          allowClear
          placeholder="户主姓名、手机号或身份证号"
          value={q}
          onChange={(e) => (setQ(e.target.value), setPage(1))}
          style={{ width: 240 }}
          data-testid="households-search"
        />
        <Select
          allowClear
          placeholder="全部困难类型"
          value={situation}
          onChange={(v) => (setSituation(v), setPage(1))}
          options={situationOptions}
          style={{ minWidth: 160 }}
        />
        <Select
          value={paired === undefined ? 'any' : paired ? 'yes' : 'no'}
          onChange={(v) => (setPaired(v === 'any' ? undefined : v === 'yes'), setPage(1))}
          options={[
            { value: 'any', label: '全部' },
            { value: 'yes', label: '已结对' },
            { value: 'no', label: '未结对' },
          ]}
          style={{ width: 110 }}
        />
        <Select
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          options={[
            { value: 'open', label: '帮扶中' },
            { value: 'closed', label: '已退出' },
            { value: 'all', label: '全部状态' },
          ]}
          style={{ width: 120 }}
        />
        {manage && (
          <Button type="primary" onClick={() => setDialog({ kind: 'add' })} data-testid="household-add">
            登记帮扶对象
          </Button>
        )}
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 户`,
        }}
        locale={{ emptyText: '暂无帮扶对象' }}
        data-testid="households-table"
      />
      {dialog?.kind === 'add' && (
        <HouseholdFormModal orgId={orgId} onDone={done} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <HouseholdFormModal
          orgId={orgId}
          household={dialog.household}
          onDone={done}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'consent' && (
        <ConsentModal household={dialog.household} onDone={done} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'pair' && (
        <PairFormModal household={dialog.household} onDone={done} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'close' && (
        <FormModal<{ closedOn: Dayjs; reason: string }>
          title={`退出帮扶：${dialog.household.headName}`}
          intro="退出后该户的结对同日结束，记录保留。"
          okText="退出帮扶"
          initialValues={{ closedOn: dayjs() }}
          onSubmit={(v) =>
            pairingApi.closeHousehold(dialog.household.id, {
              closedOn: v.closedOn.format('YYYY-MM-DD'),
              reason: v.reason,
            })
          }
          success="已退出帮扶"
          onDone={done}
          onClose={() => setDialog(null)}
        >
          <Form.Item name="closedOn" label="退出日期" rules={[{ required: true, message: '请选择退出日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="退出原因"
            rules={[zodRule(householdCloseSchema.shape.reason, { required: true })]}
          >
            <Input placeholder="如：家庭收入稳定，已脱困" />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
