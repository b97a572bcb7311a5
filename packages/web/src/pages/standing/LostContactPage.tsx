import type { LostContactRow, RemovalDueRow } from '@jiceng/core';
import { Alert, Card, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { standingApi } from '../../api/standing';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { OrgPicker } from '../orgs/OrgPicker';
import { LostContactCards, RemovalDueCards } from './MovementCards';
import { lostContactColumns, removalDueColumns } from './movementColumns';

function LoadError({ error }: { error: unknown }) {
  if (error === undefined) return null;
  return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
}

/** Lost members (T10) and suspended members (T11) of the orgs within reach: the lists the branch acts on. */
export default function LostContactPage() {
  const phone = useIsPhone();
  const [orgId, setOrgId] = useState<number | null>(null);
  const lost = useRequest(() => standingApi.lostContact(orgId ?? undefined), [orgId]);
  const removal = useRequest(() => standingApi.removalDue(orgId ?? undefined), [orgId]);

  return (
    <Flex vertical gap={16} data-testid="lost-contact-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          失联与停止党籍
        </Typography.Title>
        {lost.data && <Typography.Text type="secondary">今天 {lost.data.today}</Typography.Text>}
      </Flex>
      <div style={{ maxWidth: 420 }}>
        <OrgPicker
          value={orgId}
          onChange={setOrgId}
          placeholder="全部（我管理的组织）"
          data-testid="movement-org"
        />
      </div>
      <Card size="small" title="失联党员" data-testid="lost-contact-list">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            失联满 6 个月且经寻找仍无法取得联系的，列入停止党籍名单，由党支部或上级党组织决定（transfers.md
            T10）。
          </Typography.Text>
          <LoadError error={lost.error} />
          {phone ? (
            lost.data ? (
              <LostContactCards rows={lost.data.rows} />
            ) : (
              <Skeleton active />
            )
          ) : (
            <Table<LostContactRow>
              rowKey="personId"
              size="middle"
              loading={lost.loading}
              columns={lostContactColumns}
              dataSource={lost.data?.rows ?? []}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: '暂无失联党员' }}
              data-testid="lost-contact-table"
            />
          )}
        </Flex>
      </Card>
      <Card size="small" title="停止党籍党员" data-testid="removal-due-list">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            停止党籍 2 年内可恢复党籍；满 2
            年仍无法取得联系的，提示按自行脱党予以除名，由组织研究决定（T11、T12）。
          </Typography.Text>
          <LoadError error={removal.error} />
          {phone ? (
            removal.data ? (
              <RemovalDueCards rows={removal.data.rows} />
            ) : (
              <Skeleton active />
            )
          ) : (
            <Table<RemovalDueRow>
              rowKey="personId"
              size="middle"
              loading={removal.loading}
              columns={removalDueColumns}
              dataSource={removal.data?.rows ?? []}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: '暂无停止党籍党员' }}
              data-testid="removal-due-table"
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
