import { amendmentInputSchema, minutesInputSchema, type MeetingDetail, type MinutesView } from '@jiceng/core';
import { Form, Input } from 'antd';
import { useRef } from 'react';
import { meetingsApi } from '../../api/meetings';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';

type TextKey = Exclude<keyof MinutesView, 'vote'>;
const FIELDS: { key: TextKey; label: string; rows?: number }[] = [
  { key: 'place', label: '地点' },
  { key: 'host', label: '主持人' },
  { key: 'recorder', label: '记录人' },
  { key: 'topics', label: '议题', rows: 3 },
  { key: 'decisions', label: '决定事项', rows: 2 },
];

type Values = Record<TextKey, string> & { reason: string };

/** 更正: closed minutes are never edited in place; the change says why and keeps what it was. */
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
      title="更正会议记录"
      okText="提交更正"
      okButtonProps={{ 'data-testid': 'amend-submit' }}
      testId="amend-modal"
      intro={
        <p style={{ color: 'rgba(0,0,0,0.45)', marginTop: 0 }}>
          更正前后的内容和原因都将保留，并记入审计日志。
        </p>
      }
      initialValues={{ ...minutes, reason: '' }}
      onSubmit={async ({ reason, ...values }) => {
        const changes = Object.fromEntries(
          FIELDS.filter((f) => (values[f.key] ?? '').trim() !== minutes[f.key]).map((f) => [
            f.key,
            (values[f.key] ?? '').trim(),
          ]),
        );
        saved.current = await meetingsApi.amend(meeting.id, { reason: reason.trim(), minutes: changes });
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
      {FIELDS.map((f) => (
        <Form.Item
          key={f.key}
          name={f.key}
          label={f.label}
          rules={[zodRule(minutesInputSchema.shape[f.key])]}
        >
          {f.rows ? <Input.TextArea rows={f.rows} /> : <Input />}
        </Form.Item>
      ))}
    </FormModal>
  );
}
