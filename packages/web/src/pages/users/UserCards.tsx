import type { User } from '@jiceng/core';
import { Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { formatDateTime } from '../../format/time';
import { assignmentLabel } from './assignmentLabel';
import { UserRowActions } from './UserRowActions';
import { UserStatusTag } from './UserStatusTag';

/** The users table as a card per user, for phones where five columns do not fit. */
export function UserCards({
  users,
  loading,
  manage,
  onChanged,
}: {
  users: User[];
  loading: boolean;
  manage: boolean;
  onChanged: () => void;
}) {
  if (!loading && users.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有用户" />;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="user-cards">
        {users.map((u) => (
          <Card key={u.id} size="small" data-testid="user-card">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {u.displayName}（{u.username}）
              </Typography.Text>
              <UserStatusTag user={u} />
            </Flex>
            <Flex gap={4} wrap style={{ margin: '8px 0' }}>
              {u.assignments.map((a) => (
                <Tag
                  key={a.id}
                  color={a.role === 'admin' ? 'red' : 'blue'}
                  style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
                >
                  {assignmentLabel(a)}
                </Tag>
              ))}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              最近登录：{formatDateTime(u.lastLoginAt)}
            </Typography.Text>
            {manage && <UserRowActions user={u} onChanged={onChanged} />}
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
