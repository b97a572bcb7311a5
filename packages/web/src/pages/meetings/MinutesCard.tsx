import { minutesInputSchema, type MeetingDetail, type MinutesInput, type MinutesView } from '@jiceng/core';
import { App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Switch } from 'antd';
import { useState } from 'react';
import { meetingsApi } from '../../api/meetings';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';

const shape = minutesInputSchema.shape;

type Vote = NonNullable<MinutesView['vote']>;
const VOTE_FIELDS: { key: keyof Vote; label: string }[] = [
  { key: 'entitled', label: '应到' },
  { key: 'present', label: '实到' },
  { key: 'for', label: '赞成' },
  { key: 'against', label: '反对' },
  { key: 'abstain', label: '弃权' },
];

interface Values extends Omit<MinutesInput, 'vote'> {
  hasVote: boolean;
  vote?: Vote;
}

/** The minutes as text once closed; the vote as one line. */
export function minutesItems(minutes: MinutesView) {
  return [
    { key: 'place', label: '地点', children: minutes.place },
    { key: 'host', label: '主持人', children: minutes.host },
    { key: 'recorder', label: '记录人', children: minutes.recorder },
    {
      key: 'topics',
      label: '议题',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{minutes.topics}</span>,
    },
    {
      key: 'decisions',
      label: '决定事项',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{minutes.decisions || '—'}</span>,
    },
    ...(minutes.vote
      ? [
          {
            key: 'vote',
            label: '表决',
            children: VOTE_FIELDS.map((f) => `${f.label} ${minutes.vote![f.key]}`).join('，'),
          },
        ]
      : []),
  ];
}

/** 会议记录 (L3): place, host, recorder, topics, decisions and any vote; locked once the meeting is closed. */
export function MinutesCard({
  meeting,
  onSaved,
}: {
  meeting: MeetingDetail;
  onSaved: (m: MeetingDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const hasVote = Form.useWatch('hasVote', form);
  const editable = meeting.mayManage && (meeting.state === 'planned' || meeting.state === 'held');

  if (!editable) {
    return (
      <Card size="small" title="会议记录" data-testid="minutes-card">
        {meeting.minutes ? (
          <Descriptions
            size="small"
            column={1}
            items={minutesItems(meeting.minutes)}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            data-testid="minutes-view"
          />
        ) : (
          '尚无会议记录'
        )}
      </Card>
    );
  }

  const save = async ({ hasVote: withVote, vote, ...values }: Values) => {
    setSaving(true);
    try {
      const saved = await meetingsApi.saveMinutes(meeting.id, {
        ...values,
        decisions: values.decisions ?? '',
        ...(withVote && vote ? { vote } : {}),
      });
      message.success('会议记录已保存');
      onSaved(saved);
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  const initial: Partial<Values> = meeting.minutes
    ? { ...meeting.minutes, hasVote: meeting.minutes.vote !== undefined }
    : { place: meeting.place ?? '', decisions: '', hasVote: false };

  return (
    <Card size="small" title="会议记录" data-testid="minutes-card">
      <Form form={form} layout="vertical" initialValues={initial} onFinish={save}>
        <Flex gap={12} wrap>
          <Form.Item
            name="place"
            label="地点"
            rules={[zodRule(shape.place, { required: true })]}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={100} data-testid="minutes-place" />
          </Form.Item>
          <Form.Item
            name="host"
            label="主持人"
            rules={[zodRule(shape.host, { required: true })]}
            style={{ flex: '1 1 120px' }}
          >
            <Input maxLength={40} data-testid="minutes-host" />
          </Form.Item>
          <Form.Item
            name="recorder"
            label="记录人"
            rules={[zodRule(shape.recorder, { required: true })]}
            style={{ flex: '1 1 120px' }}
          >
            <Input maxLength={40} data-testid="minutes-recorder" />
          </Form.Item>
        </Flex>
        <Form.Item name="topics" label="议题" rules={[zodRule(shape.topics, { required: true })]}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="minutes-topics" />
        </Form.Item>
        <Form.Item name="decisions" label="决定事项" rules={[zodRule(shape.decisions)]}>
          <Input.TextArea
            rows={2}
            maxLength={5000}
            placeholder="党课等无决定事项的可不填"
            data-testid="minutes-decisions"
          />
        </Form.Item>
        <Form.Item name="hasVote" label="表决事项" valuePropName="checked">
          <Switch checkedChildren="有" unCheckedChildren="无" data-testid="minutes-has-vote" />
        </Form.Item>
        {hasVote && (
          <Flex gap={8} wrap>
            {VOTE_FIELDS.map((f) => (
              <Form.Item
                key={f.key}
                name={['vote', f.key]}
                label={f.label}
                rules={[{ required: true, message: '必填' }]}
                style={{ width: 88 }}
              >
                <InputNumber
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid={`minutes-vote-${f.key}`}
                />
              </Form.Item>
            ))}
          </Flex>
        )}
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-minutes">
            保存记录
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
