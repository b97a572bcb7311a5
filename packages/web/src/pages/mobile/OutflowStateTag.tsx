import { OUTFLOW_STATE_LABELS, type OutflowState } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<OutflowState, string> = {
  registered: 'orange',
  confirmed: 'green',
  returned: 'default',
};

export function OutflowStateTag({ state }: { state: OutflowState }) {
  return (
    <Tag color={COLORS[state]} data-testid="outflow-state">
      {OUTFLOW_STATE_LABELS[state]}
    </Tag>
  );
}
