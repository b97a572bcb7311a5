import {
  OUTFLOW_ACTIVITY_KIND_LABELS,
  OUTFLOW_ACTIVITY_KINDS,
  outflowActivityInputSchema,
  type Outflow,
  type OutflowActivityKind,
  type OutflowDetail,
} from '@jiceng/core';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { mobileApi } from '../../api/mobile';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { todayInChina } from '../../format/time';

interface Values {
  occurredOn: Dayjs;
  kind: OutflowActivityKind;
  title: string;
  note?: string;
}

/** T9: a meeting, activity or contact of the mobile member; both orgs see it. */
export function ActivityModal({
  outflow,
  onDone,
  onClose,
}: {
  outflow: Outflow;
  onDone: () => void;
  onClose: () => void;
}) {
  const today = todayInChina();
  return (
    <FormModal<Values, OutflowDetail>
      title={`记录活动：${outflow.name}`}
      okText="记录"
      okButtonProps={{ 'data-testid': 'activity-submit' }}
      testId="activity-modal"
      initialValues={{ occurredOn: dayjs(today), kind: 'meeting' }}
      onSubmit={(values) =>
        mobileApi.recordActivity(outflow.id, {
          occurredOn: values.occurredOn.format('YYYY-MM-DD'),
          kind: values.kind,
          title: values.title.trim(),
          note: blankToUndefined(values.note),
        })
      }
      success="已记录"
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="occurredOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => {
            const day = d.format('YYYY-MM-DD');
            return day > today || day < outflow.outflowOn;
          }}
          data-testid="activity-date"
        />
      </Form.Item>
      <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Select
          options={OUTFLOW_ACTIVITY_KINDS.map((k) => ({ value: k, label: OUTFLOW_ACTIVITY_KIND_LABELS[k] }))}
          data-testid="activity-kind"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label="内容"
        rules={[zodRule(outflowActivityInputSchema.shape.title, { required: true })]}
      >
        <Input maxLength={100} placeholder="如：参加支部党员大会" data-testid="activity-title" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(outflowActivityInputSchema.shape.note)]}>
        <Input.TextArea rows={2} maxLength={500} data-testid="activity-note" />
      </Form.Item>
    </FormModal>
  );
}
