import type { BoardRow } from '@jiceng/core';
import { Alert, Card, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { developmentApi } from '../../api/development';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { OrgPicker } from '../orgs/OrgPicker';
import { BoardCards } from './BoardCards';
import { boardColumns } from './boardColumns';

/** The development to-do board: talks, assessments, candidates, approvals and conversions coming due. */
export default function DevelopmentBoardPage() {
  const phone = useIsPhone();
  const [orgId, setOrgId] = useState<number | null>(null);
  const { data, error, loading } = useRequest(() => developmentApi.board(orgId ?? undefined), [orgId]);
  const rows = data?.rows ?? [];

  return (
    <Flex vertical gap={16} data-testid="development-board">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          发展党员待办
        </Typography.Title>
        {data && <Typography.Text type="secondary">今天 {data.today}</Typography.Text>}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <div style={{ maxWidth: 420 }}>
            <OrgPicker
              value={orgId}
              onChange={setOrgId}
              placeholder="全部（我管理的组织）"
              data-testid="board-org"
            />
          </div>
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          {phone ? (
            data ? (
              <BoardCards rows={rows} />
            ) : (
              <Skeleton active />
            )
          ) : (
            <Table<BoardRow>
              rowKey={(row) => `${row.personId}-${row.item}`}
              size="middle"
              loading={loading}
              columns={boardColumns}
              dataSource={rows}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: '暂无待办事项' }}
              data-testid="board-table"
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
