import { amendmentInputSchema, minutesInputSchema, type MeetingDetail, type MinutesView } from '@jiceng/core';
import { Form, Input, Tabs } from 'antd';
import { useRef } from 'react';
import { meetingsApi } from '../../api/meetings';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { AmendAttendanceTable, changedMarks, markDraftsOf, type MarkDrafts } from './AmendAttendanceTable';

type TextKey = Exclude<keyof MinutesView, 'vote'>;
const FIELDS: { key: TextKey; label: string; rows?: number }[] = [
  { key: 'place', label: '地点' },
  { key: 'host', label: '主持人' },
  { key: 'recorder', label: '记录人' },
  { key: 'topics', label: '议题', rows: 3 },
  { key: 'decisions', label: '决定事项', rows: 2 },
];

type Values = Record<TextKey, string> & { reason: string; marks: MarkDrafts };

/**
 * 更正: a closed meeting's minutes and attendance are never edited in place; the change says why and keeps
 * what it was. Only what differs from the record is sent.
 */
export function AmendModal({
  meeting,
  onDone,
  onClose,
}: {
  meeting: MeetingDetail;
  onDone: (m: MeetingDetail) => void;
  onClose: () => void;
}) {
  const minutes = meeting.minutes!;
  const saved = useRef<MeetingDetail | null>(null);
  return (
    <FormModal<Values, MeetingDetail>
      title="更正会议记录或出席情况"
      okText="提交更正"
      okButtonProps={{ 'data-testid': 'amend-submit' }}
      testId="amend-modal"
      intro={
        <p style={{ color: 'rgba(0,0,0,0.45)', marginTop: 0 }}>
          更正前后的内容和原因都将保留，并记入审计日志；出席情况更正后，相关党员的积分随即重新计算。
        </p>
      }
      initialValues={{ ...minutes, reason: '', marks: markDraftsOf(meeting.attendees) }}
      onSubmit={async ({ reason, marks, ...values }) => {
        const changes = Object.fromEntries(
          FIELDS.filter((f) => (values[f.key] ?? '').trim() !== minutes[f.key]).map((f) => [
            f.key,
            (values[f.key] ?? '').trim(),
          ]),
        );
        const attendance = changedMarks(meeting.attendees, marks);
        if (Object.keys(changes).length === 0 && attendance.length === 0) {
          throw new Error('更正内容与原记录相同');
        }
        saved.current = await meetingsApi.amend(meeting.id, {
          reason: reason.trim(),
          ...(Object.keys(changes).length ? { minutes: changes } : {}),
          ...(attendance.length ? { attendance } : {}),
        });
        return saved.current;
      }}
      success="已更正"
      onDone={() => saved.current && onDone(saved.current)}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="更正原因"
        rules={[zodRule(amendmentInputSchema.shape.reason, { required: true })]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="amend-reason" />
      </Form.Item>
      <Tabs
        size="small"
        items={[
          {
            key: 'minutes',
            label: <span data-testid="amend-tab-minutes">会议记录</span>,
            forceRender: true,
            children: FIELDS.map((f) => (
              <Form.Item
                key={f.key}
                name={f.key}
                label={f.label}
                rules={[zodRule(minutesInputSchema.shape[f.key])]}
              >
                {f.rows ? <Input.TextArea rows={f.rows} /> : <Input />}
              </Form.Item>
            )),
          },
          {
            key: 'attendance',
            label: <span data-testid="amend-tab-attendance">出席情况</span>,
            forceRender: true,
            children: <AmendAttendanceTable attendees={meeting.attendees} />,
          },
        ]}
      />
    </FormModal>
  );
}
