import type { Meeting } from '@jiceng/core';
import { Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { meetingsApi } from '../../api/meetings';
import { useRequest } from '../../hooks/useRequest';

/** Reviews are held at the life meeting or a meeting of their own (org-life.md L4); either kind links. */
const REVIEW_MEETING_KINDS = ['member_review', 'life_meeting'] as const;

/** The branch's own closed meetings of those kinds that year (the list also holds its groups' meetings). */
async function closedMeetingsOf(orgId: number, year: number): Promise<Meeting[]> {
  const pages = await Promise.all(
    REVIEW_MEETING_KINDS.map((kind) =>
      meetingsApi.list({ orgId, kind, state: 'closed', from: `${year}-01-01`, to: `${year}-12-31` }, 1, 200),
    ),
  );
  return pages
    .flatMap((p) => p.items)
    .filter((m) => m.orgId === orgId)
    .sort((a, b) => (a.heldOn ?? a.plannedOn).localeCompare(b.heldOn ?? b.plannedOn));
}

/**
 * 评议会议: which archived meeting the review was held at. The API keeps a linked meeting until another
 * is chosen, so clearing is offered only before one is saved.
 */
export function ReviewMeetingSelect({
  orgId,
  year,
  savedId,
  value,
  onChange,
  disabled,
}: {
  orgId: number;
  year: number;
  savedId: number | null;
  value: number | null;
  onChange: (id: number | null) => void;
  disabled?: boolean;
}) {
  const meetings = useRequest(() => closedMeetingsOf(orgId, year), [orgId, year]);
  const options = (meetings.data ?? []).map((m) => ({
    value: m.id,
    label: `${m.heldOn ?? m.plannedOn} ${m.title}（${m.kindLabel}）`,
  }));
  // A meeting linked earlier may since have left the list (its year, say); it still shows as linked.
  if (value !== null && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: `已关联的会议（编号 ${value}）` });
  }
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text>评议会议</Typography.Text>
      <Select<number>
        value={value ?? undefined}
        onChange={(id) => onChange(id ?? null)}
        allowClear={savedId === null}
        loading={meetings.loading}
        disabled={disabled}
        options={options}
        placeholder="选择本年度已归档的组织生活会或民主评议党员会议"
        notFoundContent={`${year} 年度没有已归档的组织生活会或民主评议党员会议`}
        style={{ flex: '1 1 280px', maxWidth: 480 }}
        aria-label="评议会议"
        data-testid="review-meeting"
      />
      {value !== null && <Link to={`/meetings/${value}`}>查看会议</Link>}
    </Flex>
  );
}
