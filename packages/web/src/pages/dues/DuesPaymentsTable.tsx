import {
  CENTRAL_VOLUNTARY_THRESHOLD_FEN,
  DUES_PAYMENT_KIND_LABELS,
  DUES_PAYMENT_METHOD_LABELS,
  DUES_PAYMENT_METHODS,
  fenLabel,
  monthLabel,
  type DuesPaymentView,
} from '@jiceng/core';
import { Button, Flex, Table, Tag, Typography } from 'antd';

function methodLabel(method: string | null): string {
  const known = DUES_PAYMENT_METHODS.find((m) => m === method);
  return known ? DUES_PAYMENT_METHOD_LABELS[known] : (method ?? '—');
}

function KindCell({ payment, reversal }: { payment: DuesPaymentView; reversal?: DuesPaymentView }) {
  if (payment.kind === 'reversal') {
    return (
      <Tag color="volcano" style={{ marginInlineEnd: 0 }} data-testid={`payment-kind-${payment.id}`}>
        {DUES_PAYMENT_KIND_LABELS.reversal}
      </Tag>
    );
  }
  if (payment.kind === 'voluntary') {
    return (
      <Flex gap={4} wrap data-testid={`payment-kind-${payment.id}`}>
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          自愿多交
        </Tag>
        {payment.amountFen >= CENTRAL_VOLUNTARY_THRESHOLD_FEN && (
          <Tag style={{ marginInlineEnd: 0 }}>全部上缴中央</Tag>
        )}
      </Flex>
    );
  }
  return (
    <Flex gap={4} wrap data-testid={`payment-kind-${payment.id}`}>
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {DUES_PAYMENT_KIND_LABELS.regular}
      </Tag>
      {reversal && (
        <Tag style={{ marginInlineEnd: 0 }} data-testid={`payment-reversed-${payment.id}`}>
          已冲正
        </Tag>
      )}
    </Flex>
  );
}

function NoteCell({ payment, byId }: { payment: DuesPaymentView; byId: Map<number, DuesPaymentView> }) {
  if (payment.kind === 'reversal') {
    const original = payment.reversesId === null ? undefined : byId.get(payment.reversesId);
    return (
      <Flex vertical gap={2}>
        <Typography.Text data-testid={`payment-reason-${payment.id}`}>
          冲正理由：{payment.reason}
        </Typography.Text>
        {original && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            冲正 {original.paidOn} 登记的 {monthLabel(original.month)}交纳记录
          </Typography.Text>
        )}
      </Flex>
    );
  }
  return payment.reason ? <Typography.Text>{payment.reason}</Typography.Text> : null;
}

/**
 * Every payment as recorded, newest first. A correction is a reversal row of its own and the payment it
 * cancels stays, marked 已冲正; nothing here edits a row.
 */
export function DuesPaymentsTable({
  payments,
  onReverse,
}: {
  payments: readonly DuesPaymentView[];
  /** Offered on active regular payments; omitted for users who may only read. */
  onReverse?: (payment: DuesPaymentView) => void;
}) {
  const byId = new Map(payments.map((p) => [p.id, p]));
  const reversalOf = new Map(
    payments.filter((p) => p.kind === 'reversal' && p.reversesId !== null).map((p) => [p.reversesId!, p]),
  );
  const rows = [...payments].sort((a, b) => b.id - a.id);
  return (
    <Table<DuesPaymentView>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid="dues-payments"
      locale={{ emptyText: '暂无交纳记录' }}
      columns={[
        { key: 'month', title: '所属月份', render: (_, p) => monthLabel(p.month) },
        {
          key: 'kind',
          title: '类别',
          render: (_, p) => <KindCell payment={p} reversal={reversalOf.get(p.id)} />,
        },
        {
          key: 'amount',
          title: '金额',
          align: 'right',
          render: (_, p) =>
            p.kind === 'reversal' ? (
              <Typography.Text type="danger">-{fenLabel(p.amountFen)}</Typography.Text>
            ) : (
              <Typography.Text delete={!p.active && p.kind === 'regular'}>
                {fenLabel(p.amountFen)}
              </Typography.Text>
            ),
        },
        { key: 'method', title: '交纳方式', render: (_, p) => methodLabel(p.method) },
        { key: 'paidOn', title: '日期', dataIndex: 'paidOn' },
        { key: 'receipt', title: '收据编号', render: (_, p) => p.receiptNumber ?? '—' },
        { key: 'note', title: '说明', render: (_, p) => <NoteCell payment={p} byId={byId} /> },
        ...(onReverse
          ? [
              {
                key: 'actions',
                title: '操作',
                render: (_: unknown, p: DuesPaymentView) =>
                  p.kind === 'regular' && p.active ? (
                    <Button
                      size="small"
                      danger
                      onClick={() => onReverse(p)}
                      data-testid={`payment-reverse-${p.month}`}
                    >
                      冲正
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
