import { OUTFLOW_ACTIVITY_KIND_LABELS, type OutflowActivity } from '@jiceng/core';
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';

const COLORS = { meeting: 'red', activity: 'blue', contact: 'green' } as const;

/** What both orgs recorded of the member while away, oldest first, each naming the org that recorded it. */
export function OutflowActivities({ activities }: { activities: OutflowActivity[] }) {
  if (activities.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无活动记录" />;
  }
  return (
    <Timeline
      data-testid="outflow-activities"
      items={activities.map((a) => ({
        key: a.id,
        color: COLORS[a.kind],
        content: (
          <Flex vertical gap={2} data-testid="outflow-activity">
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{a.occurredOn}</Typography.Text>
              <Tag>{OUTFLOW_ACTIVITY_KIND_LABELS[a.kind]}</Tag>
              <Typography.Text strong>{a.title}</Typography.Text>
            </Flex>
            {a.note && <Typography.Text>{a.note}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[a.orgName, a.recordedBy ? `记录人：${a.recordedBy}` : null].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
