import { MEETING_STATE_LABELS, type MeetingState } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<MeetingState, string> = {
  planned: 'blue',
  held: 'orange',
  closed: 'green',
  cancelled: 'default',
};

export function MeetingStateTag({ state }: { state: MeetingState }) {
  return (
    <Tag color={COLORS[state]} data-testid="meeting-state" style={{ marginInlineEnd: 0 }}>
      {MEETING_STATE_LABELS[state]}
    </Tag>
  );
}
