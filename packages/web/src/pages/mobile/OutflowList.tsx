import { OPEN_OUTFLOW_STATES, STAGE_LABELS, type Outflow, type OutflowSide } from '@jiceng/core';
import { Button, Card, Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useSession } from '../../session/SessionContext';
import { OutflowStateTag } from './OutflowStateTag';

export interface OutflowActions {
  onOpen: (outflow: Outflow) => void;
  onConfirm: (outflow: Outflow) => void;
  onReturn: (outflow: Outflow) => void;
  onRecord: (outflow: Outflow) => void;
}

interface Props extends OutflowActions {
  side: OutflowSide;
  items: Outflow[] | undefined;
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** The actions a row offers on its side: the inflow org confirms, the outflow org closes; both record. */
function RowActions({
  side,
  outflow,
  actions,
}: {
  side: OutflowSide;
  outflow: Outflow;
  actions: OutflowActions;
}) {
  const { can } = useSession();
  const open = OPEN_OUTFLOW_STATES.includes(outflow.state);
  const manage = can('person.manage');
  return (
    <Flex gap={4} wrap onClick={(e) => e.stopPropagation()}>
      <Button size="small" type="link" onClick={() => actions.onOpen(outflow)} data-testid="outflow-open">
        详情
      </Button>
      {manage && side === 'in' && outflow.state === 'registered' && (
        <Button
          size="small"
          type="link"
          onClick={() => actions.onConfirm(outflow)}
          data-testid="outflow-confirm"
        >
          确认接收
        </Button>
      )}
      {manage && open && (
        <Button
          size="small"
          type="link"
          onClick={() => actions.onRecord(outflow)}
          data-testid="outflow-record"
        >
          记录活动
        </Button>
      )}
      {manage && side === 'out' && open && (
        <Button
          size="small"
          type="link"
          onClick={() => actions.onReturn(outflow)}
          data-testid="outflow-return"
        >
          登记返回
        </Button>
      )}
    </Flex>
  );
}

function columns(side: OutflowSide, actions: OutflowActions): TableColumnsType<Outflow> {
  return [
    { title: '姓名', dataIndex: 'name', fixed: 'left' },
    { title: '类别', dataIndex: 'stage', render: (_, o) => (o.stage ? STAGE_LABELS[o.stage] : '—') },
    side === 'out'
      ? { title: '流入地党组织', dataIndex: 'inflowOrgName' }
      : { title: '流出地党组织', dataIndex: 'orgName' },
    { title: '外出地点', dataIndex: 'destination' },
    { title: '联系方式', dataIndex: 'contact' },
    { title: '外出日期', dataIndex: 'outflowOn' },
    { title: '最近联系', dataIndex: 'lastContactOn', render: (v: string | null) => v ?? '—' },
    { title: '状态', dataIndex: 'state', render: (_, o) => <OutflowStateTag state={o.state} /> },
    {
      title: '操作',
      key: 'actions',
      render: (_, o) => <RowActions side={side} outflow={o} actions={actions} />,
    },
  ];
}

/** Outflows on one side: a table on a desk, one card per member on a phone. */
export function OutflowList({ side, items, loading, total, page, pageSize, onPage, ...actions }: Props) {
  const phone = useIsPhone();
  const empty = side === 'out' ? '暂无流出党员' : '暂无流入党员';
  if (phone) {
    if (!items) return <Skeleton active />;
    if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
    return (
      <Flex vertical gap={8} data-testid={`outflow-cards-${side}`}>
        {items.map((o) => (
          <Card
            key={o.id}
            size="small"
            hoverable
            onClick={() => actions.onOpen(o)}
            data-testid="outflow-card"
          >
            <Flex justify="space-between" gap={8} align="center">
              <Typography.Text strong>{o.name}</Typography.Text>
              <OutflowStateTag state={o.state} />
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0 0' }}>
              {o.destination} · {side === 'out' ? `流入${o.inflowOrgName}` : `来自${o.orgName}`}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {o.outflowOn} 外出 · {o.contact}
              {o.lastContactOn ? ` · 最近联系 ${o.lastContactOn}` : ''}
            </Typography.Text>
            <RowActions side={side} outflow={o} actions={actions} />
          </Card>
        ))}
        {total > items.length && (
          <Typography.Text type="secondary">
            共 {total} 人，仅显示前 {items.length} 人，可按组织筛选
          </Typography.Text>
        )}
      </Flex>
    );
  }
  return (
    <Table<Outflow>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns(side, actions)}
      dataSource={items ?? []}
      scroll={{ x: 'max-content' }}
      onRow={(o) => ({ onClick: () => actions.onOpen(o), style: { cursor: 'pointer' } })}
      pagination={{ current: page, pageSize, total, hideOnSinglePage: true, onChange: onPage }}
      locale={{ emptyText: empty }}
      data-testid={`outflow-table-${side}`}
    />
  );
}
