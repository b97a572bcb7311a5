import { VENUE_KIND_LABELS, VENUE_KINDS, type Venue, type VenueKind } from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Select,
  Skeleton,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { venuesApi } from '../../api/venues';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { VenueFormModal } from './VenueFormModal';

const columns: TableColumnsType<Venue> = [
  {
    key: 'photo',
    title: '',
    width: 72,
    render: (_, v) =>
      v.coverPhotoUrl ? (
        <img
          src={v.coverPhotoUrl}
          alt={v.name}
          style={{ width: 56, height: 42, objectFit: 'cover', borderRadius: 4 }}
        />
      ) : null,
  },
  {
    key: 'name',
    title: '场所',
    render: (_, v) => (
      <Flex gap={4} wrap align="center">
        <Link to={`/service/venues/${v.id}`} data-testid="venue-link">
          {v.name}
        </Link>
        {v.modelSite && <Tag color="gold">示范点</Tag>}
        {v.closedAt && <Tag>已停用</Tag>}
      </Flex>
    ),
  },
  { key: 'kind', title: '类型', dataIndex: 'kindLabel' },
  { key: 'org', title: '所属组织', dataIndex: 'orgName' },
  { key: 'area', title: '面积（㎡）', align: 'right', render: (_, v) => v.areaSqm },
  { key: 'hours', title: '开放时间', dataIndex: 'openingHours' },
  {
    key: 'contact',
    title: '联系人',
    render: (_, v) => [v.contactName, v.contactPhone].filter(Boolean).join(' ') || '—',
  },
  { key: 'uses', title: '本年使用', align: 'right', render: (_, v) => `${v.usesThisYear} 次` },
  { key: 'last', title: '最近使用', render: (_, v) => v.lastUsedOn ?? '—' },
];

/** 活动场所: the venues of the org and below, by kind, and the form for a new one. */
export function VenuesTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const [kind, setKind] = useState<VenueKind | undefined>(undefined);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [adding, setAdding] = useState(false);
  const { message } = App.useApp();
  const query = { orgId, kind, includeClosed: includeClosed || undefined };
  const { data, error, reload } = useRequest(() => venuesApi.list(query), [orgId, kind, includeClosed]);
  const totalArea = (data ?? []).reduce((s, v) => s + v.areaSqm, 0);
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Select
          allowClear
          placeholder="全部类型"
          value={kind}
          onChange={setKind}
          style={{ minWidth: 180 }}
          options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))}
        />
        <Checkbox checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)}>
          含已停用
        </Checkbox>
        {data && (
          <span>
            共 {data.length} 处，总面积 {Math.round(totalArea * 10) / 10} ㎡
          </span>
        )}
        <Button
          onClick={() =>
            venuesApi
              .xlsx(query)
              .catch((e: unknown) => message.error(e instanceof Error ? e.message : '导出失败'))
          }
          data-testid="venues-export"
        >
          导出 Excel
        </Button>
        {can('service.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="venue-add">
            登记场所
          </Button>
        )}
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {data ? (
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 处` }}
          locale={{ emptyText: '暂无活动场所' }}
        />
      ) : (
        error === undefined && <Skeleton active />
      )}
      {adding && (
        <VenueFormModal
          orgId={orgId}
          onDone={() => (setAdding(false), reload())}
          onClose={() => setAdding(false)}
        />
      )}
    </Flex>
  );
}
