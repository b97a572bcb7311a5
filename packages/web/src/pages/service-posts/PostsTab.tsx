import {
  SERVICE_POST_KIND_LABELS,
  SERVICE_POST_KINDS,
  type ServicePost,
  type ServicePostKind,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { servicePostsApi } from '../../api/servicePosts';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ClaimsCard } from './ClaimsCard';
import { HoursCard } from './HoursCard';
import { PostFormModal } from './PostFormModal';

const period = (p: ServicePost) =>
  p.periodFrom || p.periodTo ? `${p.periodFrom ?? '—'} 至 ${p.periodTo ?? '—'}` : '长期';

/** 公益岗位: the posts of the org's subtree with their places, the claims to decide and the hours to confirm. */
export function PostsTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const manage = can('service.manage');
  const [kind, setKind] = useState<ServicePostKind | undefined>(undefined);
  const [editing, setEditing] = useState<ServicePost | 'new' | null>(null);
  const [tick, setTick] = useState(0);
  const { data, error, reload } = useRequest(
    () => servicePostsApi.list({ orgId, kind }),
    [orgId, kind, tick],
  );
  const refresh = () => setTick((n) => n + 1);

  const toggle = async (p: ServicePost) => {
    try {
      await servicePostsApi.update(p.id, { state: p.state === 'open' ? 'closed' : 'open' });
      message.success(p.state === 'open' ? '已关闭认领' : '已重新开放认领');
      reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  const columns: TableColumnsType<ServicePost> = [
    {
      key: 'title',
      title: '岗位',
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag>{p.kindLabel}</Tag>
          {p.title}
        </Space>
      ),
    },
    { key: 'org', title: '发布组织', dataIndex: 'orgName' },
    {
      key: 'places',
      title: '名额',
      render: (_, p) =>
        `${p.approvedCount} / ${p.capacity}${p.pendingCount ? `（待审 ${p.pendingCount}）` : ''}`,
    },
    { key: 'left', title: '剩余', dataIndex: 'placesLeft' },
    { key: 'period', title: '服务期', render: (_, p) => period(p) },
    { key: 'hours', title: '已确认时长', render: (_, p) => `${p.confirmedHours} 小时` },
    {
      key: 'state',
      title: '状态',
      render: (_, p) => (
        <Tag color={p.state === 'open' ? 'green' : 'default'}>{p.state === 'open' ? '招募中' : '已关闭'}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            key: 'action',
            title: '操作',
            render: (_: unknown, p: ServicePost) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setEditing(p)}
                  data-testid={`post-edit-${p.id}`}
                >
                  修改
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() => void toggle(p)}
                  data-testid={`post-toggle-${p.id}`}
                >
                  {p.state === 'open' ? '关闭' : '开放'}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Select
          allowClear
          placeholder="全部类别"
          value={kind}
          onChange={setKind}
          style={{ minWidth: 160 }}
          options={SERVICE_POST_KINDS.map((k) => ({ value: k, label: SERVICE_POST_KIND_LABELS[k] }))}
        />
        {manage && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="post-add">
            发布岗位
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
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="posts-table"
          locale={{ emptyText: '暂无岗位' }}
        />
      ) : (
        error === undefined && <Skeleton active />
      )}
      <Card size="small" title="认领审核">
        <ClaimsCard orgId={orgId} manage={manage} onChanged={refresh} tick={tick} />
      </Card>
      <Card size="small" title="服务时长">
        <HoursCard orgId={orgId} manage={manage} onChanged={refresh} tick={tick} />
      </Card>
      {editing && (
        <PostFormModal
          orgId={orgId}
          post={editing === 'new' ? undefined : editing}
          onDone={() => (setEditing(null), refresh())}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
