import type { Notification } from '@jiceng/core';
import { Badge, Button, Flex, Typography } from 'antd';
import { formatDateTime } from '../../format/time';

export function NotificationItem({ item, onRead }: { item: Notification; onRead: (id: number) => void }) {
  const unread = item.readAt === null;
  return (
    <Flex
      vertical
      gap={4}
      data-testid="notification"
      data-unread={unread}
      style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {unread && <Badge status="processing" />}
          <Typography.Text strong={unread} style={{ fontSize: 15 }}>
            {item.title}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(item.createdAt)}
          </Typography.Text>
          {unread && (
            <Button size="small" type="link" onClick={() => onRead(item.id)}>
              标为已读
            </Button>
          )}
        </Flex>
      </Flex>
      {item.body && (
        <Typography.Paragraph
          type={unread ? undefined : 'secondary'}
          strong={unread}
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
        >
          {item.body}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}
