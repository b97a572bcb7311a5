import type { ServiceEvent } from '@jiceng/core';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../format/time';

const COLORS: Partial<Record<ServiceEvent['action'], string>> = {
  escalated: 'red',
  resolved: 'green',
  rated: 'green',
  rejected: 'gray',
  withdrawn: 'gray',
};

/** The steps of a request, oldest first: who did what, when, and what they noted. */
export function RequestTimeline({ events }: { events: ServiceEvent[] }) {
  return (
    <Timeline
      data-testid="request-timeline"
      items={events.map((e, i) => ({
        key: i,
        color: COLORS[e.action] ?? 'blue',
        content: (
          <>
            <Typography.Text strong>{e.actionLabel}</Typography.Text>
            {e.personName && <Typography.Text>：{e.personName}</Typography.Text>}
            {e.toOrgName && <Typography.Text>：{e.toOrgName}</Typography.Text>}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)}
              {e.actorName ? ` · ${e.actorName}` : ''}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }}>
                {e.note}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
