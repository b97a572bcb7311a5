import {
  ATTENDANCE_MARK_LABELS,
  TRAINING_MARKS,
  type TrainingCourseDetail,
  type TrainingMark,
} from '@jiceng/core';
import { Alert, App, Button, Empty, Flex, List, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { trainingsApi } from '../../api/trainings';
import { todayInChina } from '../../format/time';

/** The session to open on: the latest one held by today, else the first. */
function defaultSession(detail: TrainingCourseDetail, today: string): number | undefined {
  const held = detail.sessions.filter((s) => s.heldOn <= today);
  return (held.at(-1) ?? detail.sessions[0])?.id;
}

/**
 * 登记出勤, one session at a time: a row per trainee with 出席 / 缺席 / 请假, big enough for a thumb.
 * Nothing is sent until 保存; marking again corrects the earlier mark.
 */
export function AttendanceGrid({ detail, onChange }: { detail: TrainingCourseDetail; onChange: () => void }) {
  const { message } = App.useApp();
  const today = todayInChina();
  const [sessionId, setSessionId] = useState(() => defaultSession(detail, today));
  const [draft, setDraft] = useState<Record<number, TrainingMark>>({});
  const [saving, setSaving] = useState(false);
  const session = detail.sessions.find((s) => s.id === sessionId);
  const saved = useMemo(
    () =>
      Object.fromEntries(
        detail.roster.flatMap((r) => {
          const mark = sessionId ? r.marks[String(sessionId)] : undefined;
          return mark ? [[r.personId, mark] as const] : [];
        }),
      ) as Record<number, TrainingMark>,
    [detail.roster, sessionId],
  );

  if (detail.sessions.length === 0) return <Empty description="尚未安排课程" />;
  if (detail.roster.length === 0) return <Empty description="尚无学员" />;

  const future = session !== undefined && session.heldOn > today;
  const editable = detail.canMark && !future;
  const markOf = (personId: number) => draft[personId] ?? saved[personId];
  const changed = Object.entries(draft).filter(([id, mark]) => saved[Number(id)] !== mark);

  const pick = (id: number) => {
    setSessionId(id);
    setDraft({});
  };

  const allPresent = () =>
    setDraft((d) => {
      const next = { ...d };
      for (const r of detail.roster) if (!markOf(r.personId)) next[r.personId] = 'present';
      return next;
    });

  const save = async () => {
    if (!sessionId || changed.length === 0) return;
    setSaving(true);
    try {
      await trainingsApi.mark(detail.course.id, sessionId, {
        marks: changed.map(([id, mark]) => ({ personId: Number(id), mark })),
      });
      message.success(`已登记 ${changed.length} 人的出勤`);
      setDraft({});
      onChange();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '登记失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={12} data-testid="attendance-grid">
      <Select
        value={sessionId}
        onChange={pick}
        style={{ width: '100%', maxWidth: 480 }}
        options={detail.sessions.map((s) => ({
          value: s.id,
          label: `${s.heldOn} ${s.topic}（${s.hours} 学时）`,
        }))}
        data-testid="attendance-session"
      />
      {future && <Alert type="info" showIcon title={`课程安排在 ${session!.heldOn}，当天起才能登记出勤`} />}
      {!detail.canMark && <Alert type="info" showIcon title="只能查看，登记出勤须由举办组织办理" />}
      <List
        bordered
        size="small"
        dataSource={detail.roster}
        renderItem={(r) => (
          <List.Item data-testid="attendance-row">
            <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>{r.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
                  {r.orgName}
                </Typography.Text>
              </div>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                disabled={!editable}
                value={markOf(r.personId)}
                onChange={(e) => setDraft((d) => ({ ...d, [r.personId]: e.target.value as TrainingMark }))}
                options={TRAINING_MARKS.map((m) => ({ value: m, label: ATTENDANCE_MARK_LABELS[m] }))}
                data-testid={`attendance-mark-${r.personId}`}
              />
            </Flex>
          </List.Item>
        )}
      />
      {editable && (
        <Flex gap={8} wrap>
          <Button onClick={allPresent} data-testid="attendance-all-present">
            未登记的全部出席
          </Button>
          <Button
            type="primary"
            loading={saving}
            disabled={changed.length === 0}
            onClick={save}
            data-testid="attendance-save"
          >
            保存{changed.length ? `（${changed.length} 人）` : ''}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
