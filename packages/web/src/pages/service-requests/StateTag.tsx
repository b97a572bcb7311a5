import type { ServiceRequestState } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<ServiceRequestState, string> = {
  submitted: 'orange',
  assigned: 'blue',
  responded: 'cyan',
  resolved: 'green',
  rated: 'green',
  rejected: 'default',
  withdrawn: 'default',
};

export function StateTag({ state, label }: { state: ServiceRequestState; label: string }) {
  return (
    <Tag color={COLORS[state]} data-testid="state-tag">
      {label}
    </Tag>
  );
}
