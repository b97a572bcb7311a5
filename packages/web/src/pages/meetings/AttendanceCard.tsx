import {
  ATTENDANCE_MARK_LABELS,
  ATTENDANCE_MARKS,
  type AttendanceMark,
  type MeetingDetail,
} from '@jiceng/core';
import { App, Button, Card, Flex, Input, List, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { meetingsApi } from '../../api/meetings';
import { StageTag } from '../persons/StageTag';

type Attendee = MeetingDetail['attendees'][number];
type Draft = Record<number, { mark: AttendanceMark | null; reason: string }>;

const MARK_COLORS: Record<AttendanceMark, string> = { present: 'green', absent: 'red', excused: 'orange' };

function draftOf(attendees: Attendee[]): Draft {
  return Object.fromEntries(attendees.map((a) => [a.personId, { mark: a.mark, reason: a.reason ?? '' }]));
}

export function MarkTag({ mark, reason }: { mark: AttendanceMark | null; reason?: string | null }) {
  if (!mark) return <Tag style={{ marginInlineEnd: 0 }}>未登记</Tag>;
  return (
    <Tag
      color={MARK_COLORS[mark]}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
      data-testid="mark-tag"
    >
      {ATTENDANCE_MARK_LABELS[mark]}
      {mark === 'excused' && reason ? `（${reason}）` : ''}
    </Tag>
  );
}

/**
 * The expected attendees with a mark each (present, absent, excused with a reason), saved together; guests
 * who signed in are listed below them. Read-only once the meeting is closed.
 */
export function AttendanceCard({
  meeting,
  onSaved,
}: {
  meeting: MeetingDetail;
  onSaved: (m: MeetingDetail) => void;
}) {
  const { message } = App.useApp();
  const editable = meeting.mayManage && (meeting.state === 'planned' || meeting.state === 'held');
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting.attendees));
  const [saving, setSaving] = useState(false);
  const expected = meeting.attendees.filter((a) => a.expected);
  const changed = expected.filter((a) => {
    const d = draft[a.personId];
    return (
      d &&
      d.mark !== null &&
      (d.mark !== a.mark || (d.mark === 'excused' && d.reason.trim() !== (a.reason ?? '')))
    );
  });

  const set = (personId: number, patch: Partial<Draft[number]>) =>
    setDraft((old) => ({ ...old, [personId]: { ...old[personId]!, ...patch } }));

  const save = async () => {
    const missingReason = changed.find(
      (a) => draft[a.personId]!.mark === 'excused' && !draft[a.personId]!.reason.trim(),
    );
    if (missingReason) {
      message.error(`请填写${missingReason.name}的请假原因`);
      return;
    }
    setSaving(true);
    try {
      const saved = await meetingsApi.mark(meeting.id, {
        marks: changed.map((a) => {
          const d = draft[a.personId]!;
          return {
            personId: a.personId,
            mark: d.mark!,
            ...(d.mark === 'excused' ? { reason: d.reason.trim() } : {}),
          };
        }),
      });
      message.success('出席情况已保存');
      onSaved(saved);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  const allPresent = () =>
    setDraft((old) =>
      Object.fromEntries(
        Object.entries(old).map(([id, d]) => [
          id,
          d.mark === null ? { mark: 'present' as const, reason: '' } : d,
        ]),
      ),
    );

  return (
    <Card
      size="small"
      title={`出席情况（应到 ${meeting.expectedCount} 人，出席 ${meeting.presentCount} 人）`}
      extra={
        editable && (
          <Button size="small" onClick={allPresent} data-testid="mark-all-present">
            全部出席
          </Button>
        )
      }
      data-testid="attendance-card"
    >
      <List
        size="small"
        dataSource={meeting.attendees}
        locale={{ emptyText: '没有应到人员' }}
        renderItem={(a) => {
          const d = draft[a.personId] ?? { mark: a.mark, reason: a.reason ?? '' };
          return (
            <List.Item data-testid="attendee-row" data-person={a.name} style={{ display: 'block' }}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{a.name}</Typography.Text>
                  <StageTag stage={a.stage} />
                  {a.guest && <Tag color="purple">流动党员</Tag>}
                  {a.markedVia === 'self' && <Tag color="cyan">扫码签到</Tag>}
                  {a.markedVia === 'amendment' && <Tag color="gold">已更正</Tag>}
                </Flex>
                {editable && a.expected ? (
                  <Radio.Group
                    size="small"
                    optionType="button"
                    buttonStyle="solid"
                    value={d.mark}
                    onChange={(e) => set(a.personId, { mark: e.target.value as AttendanceMark })}
                    options={ATTENDANCE_MARKS.map((m) => ({ value: m, label: ATTENDANCE_MARK_LABELS[m] }))}
                    data-testid="attendee-mark"
                  />
                ) : (
                  <MarkTag mark={a.mark} reason={a.reason} />
                )}
              </Flex>
              {editable && a.expected && d.mark === 'excused' && (
                <Input
                  size="small"
                  value={d.reason}
                  maxLength={200}
                  placeholder="请假原因"
                  onChange={(e) => set(a.personId, { reason: e.target.value })}
                  style={{ marginTop: 6 }}
                  data-testid="attendee-reason"
                />
              )}
            </List.Item>
          );
        }}
      />
      {editable && (
        <Flex justify="end" style={{ marginTop: 8 }}>
          <Button
            type="primary"
            onClick={save}
            loading={saving}
            disabled={changed.length === 0}
            data-testid="save-attendance"
          >
            保存出席情况
          </Button>
        </Flex>
      )}
    </Card>
  );
}
