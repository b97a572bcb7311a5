import {
  SERVICE_REQUEST_KIND_LABELS,
  SERVICE_REQUEST_KINDS,
  SERVICE_REQUEST_STATE_LABELS,
  SERVICE_REQUEST_STATES,
  type ServiceRequestItem,
  type ServiceRequestKind,
  type ServiceRequestState,
} from '@jiceng/core';
import {
  Alert,
  Button,
  Checkbox,
  Flex,
  Input,
  Select,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { formatDateTime } from '../../format/time';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { DeadlineTag } from './DeadlineTag';
import { HotlineModal } from './HotlineModal';
import { RequestDrawer } from './RequestDrawer';
import { StateTag } from './StateTag';

const PAGE_SIZE = 20;

/** The requests of the org's subtree: counts, filters, overdue ones marked, a drawer per request. */
export function RequestsListTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const [state, setState] = useState<ServiceRequestState | undefined>(undefined);
  const [kind, setKind] = useState<ServiceRequestKind | undefined>(undefined);
  const [overdue, setOverdue] = useState(false);
  const [escalated, setEscalated] = useState(false);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const [hotline, setHotline] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () =>
      serviceRequestsApi.list({
        orgId,
        state,
        kind,
        overdue: overdue || undefined,
        escalated: escalated || undefined,
        q: q || undefined,
        page,
        pageSize: PAGE_SIZE,
      }),
    [orgId, state, kind, overdue, escalated, q, page],
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => (set(v), setPage(1));

  const columns: TableColumnsType<ServiceRequestItem> = [
    {
      key: 'kind',
      title: '诉求',
      render: (_, r) => (
        <Flex vertical style={{ maxWidth: 320 }}>
          <Typography.Text strong>{r.kindLabel}</Typography.Text>
          <Typography.Text ellipsis={{ tooltip: r.text }}>{r.text}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'org', title: '村（社区）', dataIndex: 'orgName' },
    {
      key: 'contact',
      title: '联系人',
      render: (_, r) => (
        <>
          {r.contactName}
          <br />
          <Typography.Text type="secondary">{r.contactPhone}</Typography.Text>
        </>
      ),
    },
    { key: 'state', title: '状态', render: (_, r) => <StateTag state={r.state} label={r.stateLabel} /> },
    {
      key: 'deadline',
      title: '时限',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <DeadlineTag deadline={r.deadline} />
          {r.escalationLevel > 0 && r.escalatedToOrgName && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              已上报{r.escalatedToOrgName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'assignee', title: '承办', render: (_, r) => r.assigneeName ?? '—' },
    { key: 'submitted', title: '提交时间', render: (_, r) => formatDateTime(r.submittedAt) },
  ];

  const counts = data?.counts;
  return (
    <Flex vertical gap={12}>
      {counts && (
        <Flex gap={24} wrap data-testid="request-counts">
          <Statistic title="待办" value={counts.open} />
          <Statistic title="待派单" value={counts.byState.submitted} />
          <Statistic
            title="已超时"
            value={counts.overdue}
            styles={{ content: { color: counts.overdue ? '#cf1322' : undefined } }}
          />
          <Statistic title="已上报上级" value={counts.escalated} />
          <Statistic title="已办结" value={counts.byState.resolved + counts.byState.rated} />
        </Flex>
      )}
      <Flex gap={12} wrap align="center">
        <Select
          allowClear
          placeholder="全部状态"
          value={state}
          onChange={filter(setState)}
          style={{ minWidth: 130 }}
          data-testid="filter-state"
          options={SERVICE_REQUEST_STATES.map((s) => ({ value: s, label: SERVICE_REQUEST_STATE_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="全部类别"
          value={kind}
          onChange={filter(setKind)}
          style={{ minWidth: 130 }}
          options={SERVICE_REQUEST_KINDS.map((k) => ({ value: k, label: SERVICE_REQUEST_KIND_LABELS[k] }))}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => filter(setOverdue)(e.target.checked)}
          data-testid="filter-overdue"
        >
          只看超时
        </Checkbox>
        <Checkbox checked={escalated} onChange={(e) => filter(setEscalated)(e.target.checked)}>
          只看已上报
        </Checkbox>
        <Input.Search
          allowClear
          placeholder="联系人、内容、查询码或手机号"
          value={text}
          onChange={(e) => (setText(e.target.value), setPage(1))}
          style={{ flex: '1 1 220px', maxWidth: 320 }}
        />
        {can('service.manage') && (
          <Button type="primary" onClick={() => setHotline(true)} data-testid="hotline-add">
            登记热线诉求
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
        data-testid="requests-table"
        locale={{ emptyText: '暂无诉求' }}
        rowClassName={(r) => (r.deadline.status === 'overdue' ? 'service-request-overdue' : '')}
        onRow={(r) => ({
          onClick: () => setOpen(r.id),
          style: {
            cursor: 'pointer',
            background: r.deadline.status === 'overdue' ? '#fff1f0' : undefined,
          },
          'data-testid': `request-row-${r.trackingCode}`,
        })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 件`,
          onChange: setPage,
        }}
      />
      {open !== null && <RequestDrawer id={open} onChanged={reload} onClose={() => setOpen(null)} />}
      {hotline && (
        <HotlineModal
          orgId={orgId}
          onDone={() => (setHotline(false), reload())}
          onClose={() => setHotline(false)}
        />
      )}
    </Flex>
  );
}
