import { CheckOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useState } from 'react';
import { notificationsApi } from '../../api/notifications';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { NotificationItem } from './NotificationItem';
import { SendNotificationModal } from './SendNotificationModal';
import { useUnread } from './UnreadContext';

const PAGE_SIZE = 20;

export default function InboxPage() {
  const { can } = useSession();
  const { message } = App.useApp();
  const unread = useUnread();
  const [page, setPage] = useState(1);
  const [sending, setSending] = useState(false);
  const { data, error, loading, reload } = useRequest(() => notificationsApi.list(page, PAGE_SIZE), [page]);

  const after = (action: Promise<unknown>) =>
    action.then(
      () => {
        reload();
        unread.refresh();
      },
      (reason: unknown) => message.error(reason instanceof Error ? reason.message : '操作失败'),
    );

  return (
    <Flex vertical gap={16} data-testid="inbox-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          通知
        </Typography.Title>
        <Flex gap={8} wrap>
          {can('notification.send') && (
            <Button icon={<SendOutlined />} onClick={() => setSending(true)}>
              发送通知
            </Button>
          )}
          <Button
            icon={<CheckOutlined />}
            disabled={!data || data.unread === 0}
            onClick={() => after(notificationsApi.markAllRead())}
            data-testid="mark-all-read"
          >
            全部标为已读
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        {error !== undefined && (
          <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
        )}
        {!data ? (
          <Spin spinning={loading} style={{ display: 'block', margin: 24 }} />
        ) : data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
        ) : (
          <Spin spinning={loading}>
            <Typography.Text type="secondary">
              共 {data.total} 条，未读 {data.unread} 条
            </Typography.Text>
            {data.items.map((item) => (
              <NotificationItem
                key={item.id}
                item={item}
                onRead={(id) => after(notificationsApi.markRead(id))}
              />
            ))}
            {data.total > PAGE_SIZE && (
              <Pagination
                style={{ marginTop: 12 }}
                current={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                showSizeChanger={false}
                onChange={setPage}
              />
            )}
          </Spin>
        )}
      </Card>
      {sending && <SendNotificationModal onClose={() => setSending(false)} />}
    </Flex>
  );
}
