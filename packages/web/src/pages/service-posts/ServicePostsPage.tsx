import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { OrgPicker } from '../orgs/OrgPicker';
import { ActivitiesTab } from './ActivitiesTab';
import { PostsTab } from './PostsTab';
import { TaskForcesTab } from './TaskForcesTab';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

/** 岗位与活动: volunteer posts and their claims and hours, 党员攻坚组, and recurring activities. */
export default function ServicePostsPage() {
  const [orgId, setOrgId] = useState<number | null>(useHomeOrgId('service.read'));
  const pick = <Empty description="请选择党组织" />;

  return (
    <Flex vertical gap={16} data-testid="service-posts-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        岗位与活动
      </Typography.Title>
      <Card size="small">
        <div style={{ maxWidth: 420, minWidth: 0 }}>
          <OrgPicker
            value={orgId}
            onChange={setOrgId}
            placeholder="选择党组织"
            data-testid="service-posts-org"
          />
        </div>
      </Card>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'posts',
            label: <span data-testid="service-posts-tab-posts">公益岗位</span>,
            children: orgId ? <PostsTab orgId={orgId} /> : pick,
          },
          {
            key: 'task-forces',
            label: <span data-testid="service-posts-tab-task-forces">攻坚组</span>,
            children: orgId ? <TaskForcesTab orgId={orgId} /> : pick,
          },
          {
            key: 'activities',
            label: <span data-testid="service-posts-tab-activities">主题活动</span>,
            children: orgId ? <ActivitiesTab orgId={orgId} /> : pick,
          },
        ]}
      />
    </Flex>
  );
}
