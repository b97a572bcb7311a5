import type { BoardRow } from '@jiceng/core';
import { BellOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { developmentApi } from '../../api/development';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { BoardCards } from './BoardCards';
import { boardColumns } from './boardColumns';
import { PipelineBoard } from './PipelineBoard';

/** The development to-do board: talks, assessments, candidates, approvals and conversions coming due. */
export default function DevelopmentBoardPage() {
  const phone = useIsPhone();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [view, setView] = useState<'todo' | 'stages'>('todo');
  const { data, error, loading } = useRequest(() => developmentApi.board(orgId ?? undefined), [orgId]);
  const rows = data?.rows ?? [];
  const { can } = useSession();
  const { message } = App.useApp();
  const [reminding, setReminding] = useState(false);

  const remind = async () => {
    setReminding(true);
    try {
      const sent = await developmentApi.remind(orgId ?? undefined);
      if (sent.duties === 0) message.info('没有需要提醒的事项（七天内到期或已逾期的事项，每周最多提醒一次）');
      else
        message.success(
          `已提醒 ${sent.duties} 项，涉及 ${sent.orgs} 个组织：站内消息 ${sent.inbox} 条，短信 ${sent.sms} 条`,
        );
    } catch (e) {
      message.error(e instanceof Error ? e.message : '发送失败');
    } finally {
      setReminding(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="development-board">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          发展党员待办
        </Typography.Title>
        <Flex gap={12} align="center">
          {data && <Typography.Text type="secondary">今天 {data.today}</Typography.Text>}
          {can('person.manage') && (
            <Button icon={<BellOutlined />} loading={reminding} onClick={remind} data-testid="board-remind">
              发送提醒
            </Button>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
              <OrgPicker
                value={orgId}
                onChange={setOrgId}
                placeholder="全部（我管理的组织）"
                data-testid="board-org"
              />
            </div>
            <Segmented<'todo' | 'stages'>
              value={view}
              onChange={setView}
              options={[
                { value: 'todo', label: '待办事项' },
                { value: 'stages', label: '阶段看板' },
              ]}
              data-testid="board-view"
            />
          </Flex>
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          {view === 'stages' ? (
            <PipelineBoard orgId={orgId} />
          ) : phone ? (
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
