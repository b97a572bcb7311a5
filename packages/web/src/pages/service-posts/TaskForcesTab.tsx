import type { TaskForce } from '@jiceng/core';
import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { taskForcesApi } from '../../api/servicePosts';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { TaskForceCard } from './TaskForceCard';
import { TaskForceFormModal } from './TaskForceFormModal';

/** 党员攻坚组 of the org's subtree: each with its members, tasks and progress. */
export function TaskForcesTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const manage = can('service.manage');
  const [editing, setEditing] = useState<TaskForce | 'new' | null>(null);
  const { data, error, reload } = useRequest(() => taskForcesApi.list(orgId), [orgId]);

  return (
    <Flex vertical gap={12}>
      {manage && (
        <Button
          type="primary"
          onClick={() => setEditing('new')}
          style={{ alignSelf: 'flex-start' }}
          data-testid="task-force-add"
        >
          成立攻坚组
        </Button>
      )}
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data && error === undefined && <Skeleton active />}
      {data?.length === 0 && <Empty description="暂无攻坚组" />}
      {data?.map((tf) => (
        <TaskForceCard
          key={tf.id}
          taskForce={tf}
          manage={manage}
          onEdit={() => setEditing(tf)}
          onChanged={reload}
        />
      ))}
      {editing && (
        <TaskForceFormModal
          orgId={orgId}
          taskForce={editing === 'new' ? undefined : editing}
          onDone={() => (setEditing(null), reload())}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
