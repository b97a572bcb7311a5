import { fenLabel, visitVoidSchema, type Visit } from '@jiceng/core';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { pairingApi, type VisitFilter } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { helpKindsText, valueText } from './labels';
import { VisitFormModal } from './VisitFormModal';

const PAGE_SIZE = 20;

/** 走访记录: the visits of the subtree in a period, with the money and goods given, and the Excel export. */
export function VisitsTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const manage = can('service.manage');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Visit | null>(null);
  const [exporting, setExporting] = useState(false);
  const filter: VisitFilter = {
    orgId,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  };
  const { data, error, loading, reload } = useRequest(
    () => pairingApi.visits(filter, page, PAGE_SIZE),
    [orgId, filter.from, filter.to, page],
  );

  const exportXlsx = async () => {
    setExporting(true);
    try {
      message.success(`已导出 ${await pairingApi.visitsXlsx(filter)}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导出失败');
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<Visit> = [
    { key: 'date', title: '走访日期', dataIndex: 'visitedOn', width: 110 },
    { key: 'head', title: '帮扶对象', render: (_, v) => `${v.headName}（${v.orgName}）` },
    { key: 'visitor', title: '走访人', dataIndex: 'visitorName' },
    { key: 'kinds', title: '帮扶内容', render: (_, v) => helpKindsText(v.helpKinds) },
    { key: 'value', title: '资金 / 物资', render: (_, v) => valueText(v.moneyFen, v.goodsFen) },
    {
      key: 'notes',
      title: '走访情况',
      render: (_, v) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v.notes }} style={{ margin: 0, maxWidth: 320 }}>
          {v.notes}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'state',
      title: '登记',
      render: (_, v) =>
        v.voidedAt ? (
          <Tag title={v.voidReason ?? ''}>已作废</Tag>
        ) : (
          <Tag color={v.bySelf ? 'blue' : 'default'}>
            {v.bySelf ? '本人登记' : v.recordedByName ? `代登记：${v.recordedByName}` : '代为登记'}
          </Tag>
        ),
    },
    ...(manage
      ? [
          {
            key: 'actions',
            title: '操作',
            render: (_: unknown, v: Visit) =>
              v.voidedAt ? null : (
                <Button size="small" type="link" danger onClick={() => setVoiding(v)}>
                  作废
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => (setRange(v), setPage(1))}
          placeholder={['开始日期', '结束日期']}
          data-testid="visits-range"
        />
        <Button onClick={exportXlsx} loading={exporting} data-testid="visits-export">
          导出 Excel
        </Button>
        {manage && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="visit-add">
            代为登记走访
          </Button>
        )}
        {data && (
          <Typography.Text type="secondary" data-testid="visits-totals">
            共 {data.total} 次走访，资金 {fenLabel(data.moneyFen)}，物资折价 {fenLabel(data.goodsFen)}
          </Typography.Text>
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
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage }}
        locale={{ emptyText: '暂无走访记录' }}
        data-testid="visits-table"
      />
      {adding && (
        <VisitFormModal
          orgId={orgId}
          onDone={() => (setAdding(false), reload())}
          onClose={() => setAdding(false)}
        />
      )}
      {voiding && (
        <FormModal<{ reason: string }>
          title={`作废走访记录：${voiding.visitedOn} ${voiding.headName}`}
          intro="作废后记录保留，但不再计入覆盖统计和党员积分。"
          okText="作废"
          onSubmit={(v) => pairingApi.voidVisit(voiding.id, v.reason)}
          success="已作废"
          onDone={() => (setVoiding(null), reload())}
          onClose={() => setVoiding(null)}
        >
          <Form.Item
            name="reason"
            label="作废理由"
            rules={[zodRule(visitVoidSchema.shape.reason, { required: true })]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
