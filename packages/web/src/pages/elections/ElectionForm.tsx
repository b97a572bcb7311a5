import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { minCandidates, type Election, type ElectionHistory } from '@jiceng/core';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { electionsApi } from '../../api/elections';
import { todayInChina } from '../../format/time';
import { RefusalAlert } from '../reviews/RuleNotices';

interface Values {
  heldOn: Dayjs;
  entitled: number;
  present: number;
  seats: number;
  termYears: number;
  revoteOf?: number;
  candidates: { name: string; votes: number }[];
}

interface Props {
  history: ElectionHistory;
  /** Why the election may not be recorded yet (a village's joint review); null when nothing blocks it. */
  blockers: readonly string[] | null;
  jointReviewId?: number;
  /** Names from the joint review, to start the candidate list with. */
  suggestedNames?: readonly string[];
  onRecorded: (election: Election) => void;
}

const required = (message: string) => [{ required: true, message }];

/** 记录选举: counts, candidates with votes (rows added as needed), the new term's length. */
export function ElectionForm({ history, blockers, jointReviewId, suggestedNames, onRecorded }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const seats = Form.useWatch('seats', form) ?? 0;
  const count = (Form.useWatch('candidates', form) ?? []).length;
  const needed = seats > 0 ? minCandidates(seats) : 0;
  const revotable = history.elections.filter((e) => e.tally.emptySeats > 0 && e.tally.valid);

  const submit = async (v: Values) => {
    setSaving(true);
    setRefusal(null);
    try {
      const election = await electionsApi.record(history.orgId, {
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        entitled: v.entitled,
        present: v.present,
        seats: v.seats,
        termYears: v.termYears,
        candidates: v.candidates.map((c) => ({ name: c.name.trim(), votes: c.votes })),
        ...(v.revoteOf ? { revoteOf: v.revoteOf } : {}),
        ...(jointReviewId ? { jointReviewId } : {}),
      });
      onRecorded(election);
    } catch (error) {
      setRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const names = suggestedNames?.length ? suggestedNames : ['', '', '', ''];
  return (
    <Card size="small" title="记录选举" data-testid="election-form">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          heldOn: dayjs(todayInChina()),
          termYears: history.termYears,
          candidates: names.map((name) => ({ name, votes: 0 })),
        }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="heldOn" label="选举日期" rules={required('请选择选举日期')}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(todayInChina()), 'day')}
                data-testid="election-held-on"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} md={4}>
            <Form.Item name="entitled" label="应到（有选举权）" rules={required('请填写应到人数')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="election-entitled" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} md={4}>
            <Form.Item name="present" label="实到" rules={required('请填写实到人数')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="election-present" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} md={4}>
            <Form.Item name="seats" label="应选名额" rules={required('请填写应选名额')}>
              <InputNumber
                min={1}
                max={15}
                precision={0}
                style={{ width: '100%' }}
                data-testid="election-seats"
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} md={6}>
            <Form.Item name="termYears" label="任期（年）" rules={required('请选择任期')}>
              <Select
                options={[3, 4, 5].map((y) => ({ value: y, label: `${y} 年` }))}
                data-testid="election-term-years"
              />
            </Form.Item>
          </Col>
        </Row>
        {revotable.length > 0 && (
          <Form.Item name="revoteOf" label="补选空缺（再次投票时选择原选举）">
            <Select
              allowClear
              placeholder="不是补选"
              options={revotable.map((e) => ({
                value: e.id,
                label: `${e.heldOn} 选举，空缺 ${e.tally.emptySeats} 名`,
              }))}
              data-testid="election-revote-of"
            />
          </Form.Item>
        )}
        <Typography.Text strong>候选人及得票</Typography.Text>
        <Typography.Text type={needed > count ? 'danger' : 'secondary'} style={{ marginInlineStart: 8 }}>
          {needed > 0 ? `差额选举：${seats} 个名额至少 ${needed} 名候选人，现 ${count} 名` : ''}
        </Typography.Text>
        <Form.List name="candidates">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4} style={{ marginTop: 8 }}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={required('请填写姓名')}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input placeholder={`候选人 ${i + 1}`} data-testid={`candidate-name-${i}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'votes']}
                    rules={required('请填写得票')}
                    style={{ width: 110, marginBottom: 8 }}
                  >
                    <InputNumber min={0} precision={0} suffix="票" data-testid={`candidate-votes-${i}`} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label="删除候选人"
                    onClick={() => remove(field.name)}
                    disabled={fields.length <= 1}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', votes: 0 })}
                data-testid="candidate-add"
              >
                添加候选人
              </Button>
            </Flex>
          )}
        </Form.List>
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          {blockers && blockers.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title="资格联审未全部通过，暂不能记录选举"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {blockers.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
              }
              data-testid="election-blocked"
            />
          )}
          <RefusalAlert error={refusal} testId="election-refusal" />
          <Flex justify="flex-end">
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              disabled={Boolean(blockers && blockers.length > 0)}
              data-testid="election-submit"
            >
              记录选举
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}
