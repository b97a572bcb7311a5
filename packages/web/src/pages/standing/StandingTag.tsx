import { STANDING_LABELS, type Standing } from '@jiceng/core';
import { Tag } from 'antd';

/** Normal standing is quiet; a suspension warns; a standing that ended membership reads as closed. */
const COLORS: Record<Standing, string> = {
  active: 'green',
  suspended: 'orange',
  deceased: 'default',
  expelled: 'red',
  withdrawn: 'default',
  persuaded_out: 'default',
  removed: 'volcano',
  probation_cancelled: 'default',
};

export function StandingTag({ standing }: { standing: Standing }) {
  return (
    <Tag color={COLORS[standing]} style={{ marginInlineEnd: 0 }} data-testid="standing-tag">
      {STANDING_LABELS[standing]}
    </Tag>
  );
}
