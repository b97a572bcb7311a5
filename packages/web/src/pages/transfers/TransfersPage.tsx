import { PlusOutlined, ImportOutlined } from '@ant-design/icons';
import {
  TRANSFER_LIST_FILTER_LABELS,
  TRANSFER_LIST_FILTERS,
  TRANSFER_KIND_LABELS,
  type Transfer,
  type TransferListFilter,
} from '@jiceng/core';
import { Alert, Button, Card, Drawer, Flex, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { transfersApi } from '../../api/transfers';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { InboundModal } from './InboundModal';
import { StartTransferModal } from './StartTransferModal';
import { TransferActions } from './TransferActions';
import { TransferCards } from './TransferCards';
import { TransferDetail } from './TransferDetail';
import { TransferStateTag } from './TransferStateTag';
import { progressOf } from './progress';

/** Transfers in and out of the user's orgs: what waits for them, what is in flight, overdue or refused. */
export default function TransfersPage() {
  const phone = useIsPhone();
  const { can } = useSession();
  const [filter, setFilter] = useState<TransferListFilter>('pending');
  const [orgId, setOrgId] = useState<number | null>(null);
  const [creating, setCreating] = useState<'start' | 'inbound' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const { data, error, loading, reload } = useRequest(
    () => transfersApi.list(filter, orgId ?? undefined),
    [filter, orgId],
  );
  const items = data?.items ?? [];
  const open = items.find((t) => t.id === openId) ?? null;

  const columns: TableColumnsType<Transfer> = [
    {
      title: '党员',
      key: 'person',
      render: (_, t) => <Link to={`/persons/${t.person.id}`}>{t.person.name}</Link>,
    },
    { title: '转出', dataIndex: 'fromOrgName' },
    { title: '转入', dataIndex: 'toOrgName' },
    { title: '介绍信编号', dataIndex: 'letterNumber', render: (v: string | null) => v ?? '—' },
    { title: '状态', key: 'state', render: (_, t) => <TransferStateTag transfer={t} /> },
    { title: '进度', key: 'progress', render: (_, t) => progressOf(t) },
    {
      title: '操作',
      key: 'actions',
      render: (_, t) => <TransferActions transfer={t} onChanged={reload} />,
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="transfers-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          组织关系转接
        </Typography.Title>
        {can('person.manage') && (
          <Flex gap={8}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating('start')}
              data-testid="transfer-start"
            >
              发起转接
            </Button>
            <Button
              icon={<ImportOutlined />}
              onClick={() => setCreating('inbound')}
              data-testid="transfer-inbound"
            >
              凭介绍信转入
            </Button>
          </Flex>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            <Segmented<TransferListFilter>
              value={filter}
              onChange={setFilter}
              options={TRANSFER_LIST_FILTERS.map((f) => ({
                value: f,
                label: TRANSFER_LIST_FILTER_LABELS[f],
              }))}
              data-testid="transfer-filter"
            />
            <div style={{ flex: '1 1 240px', maxWidth: 400 }}>
              <OrgPicker value={orgId} onChange={setOrgId} placeholder="全部（我管理的组织）" />
            </div>
          </Flex>
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          {phone ? (
            <TransferCards transfers={items} loading={loading} onOpen={setOpenId} onChanged={reload} />
          ) : (
            <Table<Transfer>
              rowKey="id"
              size="middle"
              loading={loading}
              columns={columns}
              dataSource={items}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: '暂无组织关系转接' }}
              onRow={(t) => ({ onClick: () => setOpenId(t.id), style: { cursor: 'pointer' } })}
              data-testid="transfer-table"
            />
          )}
        </Flex>
      </Card>
      <Drawer
        open={open !== null}
        onClose={() => setOpenId(null)}
        size={phone ? '100%' : 640}
        title={open ? `${open.person.name} · ${TRANSFER_KIND_LABELS[open.kind]}` : ''}
        data-testid="transfer-drawer"
      >
        {open && <TransferDetail transfer={open} onChanged={reload} />}
      </Drawer>
      {creating === 'start' && (
        <StartTransferModal
          onClose={() => setCreating(null)}
          onDone={() => {
            setCreating(null);
            setFilter('in_flight');
            reload();
          }}
        />
      )}
      {creating === 'inbound' && (
        <InboundModal
          onClose={() => setCreating(null)}
          onDone={() => {
            setCreating(null);
            setFilter('done');
            reload();
          }}
        />
      )}
    </Flex>
  );
}
