import { minutesLabel, type ServiceDeadlineStatusView } from '@jiceng/core';
import { Tag } from 'antd';

const WHICH = { response: '响应', resolution: '办结' } as const;

/** The deadline as a list shows it: time left, overdue by how long, or whether it was done on time. */
export function DeadlineTag({ deadline }: { deadline: ServiceDeadlineStatusView }) {
  switch (deadline.status) {
    case 'due':
      return (
        <Tag color={deadline.minutes! < 60 ? 'gold' : 'blue'} data-testid="deadline-tag">
          距{WHICH[deadline.deadline!]}时限 {minutesLabel(deadline.minutes!)}
        </Tag>
      );
    case 'overdue':
      return (
        <Tag color="red" data-testid="deadline-tag">
          {WHICH[deadline.deadline!]}超时 {minutesLabel(deadline.minutes!)}
        </Tag>
      );
    case 'on_time':
      return (
        <Tag color="green" data-testid="deadline-tag">
          按时办结
        </Tag>
      );
    case 'late':
      return (
        <Tag color="orange" data-testid="deadline-tag">
          超时办结
        </Tag>
      );
    default:
      return <Tag data-testid="deadline-tag">不计时限</Tag>;
  }
}
