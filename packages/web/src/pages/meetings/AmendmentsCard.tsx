import {
  amendedMarksOf,
  ATTENDANCE_MARK_LABELS,
  type AmendedMark,
  type MeetingAmendment,
} from '@jiceng/core';
import { Card, Flex, List, Typography } from 'antd';
import { formatDateTime } from '../../format/time';

const MINUTES_LABELS: Record<string, string> = {
  place: '地点',
  host: '主持人',
  recorder: '记录人',
  topics: '议题',
  decisions: '决定事项',
  vote: '表决',
};

function markText(m: AmendedMark | undefined): string {
  if (!m?.mark) return '未登记';
  const label = ATTENDANCE_MARK_LABELS[m.mark];
  return m.mark === 'excused' && m.reason ? `${label}（${m.reason}）` : label;
}

const line = { fontSize: 13 } as const;

/** One amendment: when, who and why, then each change as "before → after" (attendance: who, mark → mark). */
function Amendment({ a }: { a: MeetingAmendment }) {
  const before = new Map(amendedMarksOf(a.before).map((m) => [m.personId, m]));
  return (
    <Flex vertical gap={2}>
      <Typography.Text>
        {formatDateTime(a.createdAt)} {a.amendedBy ?? ''}：{a.reason}
      </Typography.Text>
      {Object.keys(a.after)
        .filter((key) => key !== 'attendance')
        .map((key) => (
          <Typography.Text key={key} type="secondary" style={line}>
            {MINUTES_LABELS[key] ?? key}：{String(a.before[key] ?? '—')} → {String(a.after[key])}
          </Typography.Text>
        ))}
      {amendedMarksOf(a.after).map((m) => (
        <Typography.Text key={m.personId} type="secondary" style={line} data-testid="amended-mark">
          出席情况 · {m.name}：{markText(before.get(m.personId))} → {markText(m)}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** The amendments of a closed meeting, oldest first. */
export function AmendmentsCard({ amendments }: { amendments: MeetingAmendment[] }) {
  return (
    <Card size="small" title="更正记录" data-testid="amendments">
      <List
        size="small"
        dataSource={amendments}
        renderItem={(a) => (
          <List.Item data-testid="amendment">
            <Amendment a={a} />
          </List.Item>
        )}
      />
    </Card>
  );
}
