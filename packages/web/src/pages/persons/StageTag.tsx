import { STAGE_LABELS, type Stage } from '@jiceng/core';
import { Tag } from 'antd';

/** Members in red, those on the way to membership in softer colours, so the list reads at a glance. */
const COLORS: Record<Stage, string> = {
  applicant: 'default',
  activist: 'blue',
  candidate: 'purple',
  probationary: 'orange',
  full: 'red',
};

export function StageTag({ stage }: { stage: Stage | null }) {
  if (!stage) return <Tag>未定阶段</Tag>;
  return (
    <Tag color={COLORS[stage]} style={{ marginInlineEnd: 0 }} data-testid="stage-tag">
      {STAGE_LABELS[stage]}
    </Tag>
  );
}
