import type { PersonEvent } from '@jiceng/core';
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';

function labelOf(event: PersonEvent): string {
  const label = event.details.label;
  return typeof label === 'string' ? label : event.type;
}

/** The record's history, oldest first; a voided entry stays visible, struck through, because history is never erased. */
export function PersonTimeline({ events }: { events: PersonEvent[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无档案记录" />;
  return (
    <Timeline
      data-testid="person-timeline"
      items={events.map((event) => ({
        key: event.id,
        color: event.voided ? 'gray' : 'red',
        content: (
          <Flex vertical gap={2} data-testid="timeline-item">
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary" delete={event.voided}>
                {event.occurredOn}
              </Typography.Text>
              <Typography.Text strong delete={event.voided}>
                {labelOf(event)}
              </Typography.Text>
              {event.voided && <Tag>已撤销</Tag>}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[event.orgName, event.recordedBy ? `记录人：${event.recordedBy}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
