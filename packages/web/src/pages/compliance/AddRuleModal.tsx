import {
  FREQUENCIES,
  FREQUENCY_LABELS,
  MEETING_KINDS,
  meetingKindLabel,
  type Frequency,
  type LocalRuleInput,
  type MeetingRulesView,
} from '@jiceng/core';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { complianceApi } from '../../api/compliance';
import { ApiRequestError } from '../../api/client';

const NEW_KIND = '__new__';

interface Values {
  kind: string;
  newKey?: string;
  label?: string;
  per: Frequency;
  minCount: number;
  fixedDay?: number | null;
}

interface Props {
  view: MeetingRulesView;
  open: boolean;
  onClose: () => void;
  onSaved: (view: MeetingRulesView) => void;
}

/** Adds a stricter local rule for the org's tree; a refusal keeps the form open and names the rule. */
export function AddRuleModal({ view, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; rule?: string } | null>(null);
  const kind = Form.useWatch('kind', form);
  const per = Form.useWatch('per', form);
  const custom = kind !== undefined && !(MEETING_KINDS as readonly string[]).includes(kind);

  const kindOptions = [
    ...MEETING_KINDS.map((k) => ({ value: k, label: meetingKindLabel(k) })),
    ...view.customKinds.map((k) => ({ value: k.key, label: `${k.label}（自定义）` })),
    { value: NEW_KIND, label: '其他活动（新的类别）' },
  ];

  const submit = async (values: Values) => {
    const key = values.kind === NEW_KIND ? (values.newKey ?? '').trim() : values.kind;
    const known = view.customKinds.find((k) => k.key === key);
    const input: LocalRuleInput = {
      kind: key,
      per: values.per,
      minCount: values.minCount,
      ...(values.per === 'month' && values.fixedDay ? { fixedDay: values.fixedDay } : {}),
      ...(custom ? { label: values.label?.trim() || known?.label || '' } : {}),
    };
    setSaving(true);
    setRefusal(null);
    try {
      onSaved(await complianceApi.addRule(view.org.id, input));
      form.resetFields();
    } catch (e) {
      if (e instanceof ApiRequestError)
        setRefusal({ message: e.message, ...(e.rule ? { rule: e.rule } : {}) });
      else setRefusal({ message: '保存失败，请稍后重试' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={`为${view.org.name}及下级支部添加要求`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'rule-save' } as Record<string, string>}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ per: 'month', minCount: 1 }}
        onFinish={submit}
        onValuesChange={() => setRefusal(null)}
      >
        <Form.Item name="kind" label="活动类别" rules={[{ required: true, message: '请选择活动类别' }]}>
          <Select
            options={kindOptions}
            data-testid="rule-kind"
            onChange={(value: string) => {
              const known = view.customKinds.find((k) => k.key === value);
              form.setFieldValue('label', known?.label);
            }}
          />
        </Form.Item>
        {kind === NEW_KIND && (
          <Form.Item
            name="newKey"
            label="类别标识"
            extra="小写字母开头，可含数字和下划线，如 red_saturday"
            rules={[{ required: true, message: '请填写类别标识' }]}
          >
            <Input data-testid="rule-new-key" />
          </Form.Item>
        )}
        {custom && (
          <Form.Item name="label" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
            <Input maxLength={40} placeholder="如 红色星期六" data-testid="rule-label" />
          </Form.Item>
        )}
        <Form.Item name="per" label="频次" rules={[{ required: true }]}>
          <Select
            options={FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }))}
            data-testid="rule-per"
          />
        </Form.Item>
        <Form.Item
          name="minCount"
          label="每个周期至少开展次数"
          rules={[{ required: true, message: '请填写次数' }]}
        >
          <InputNumber
            min={1}
            max={31}
            precision={0}
            style={{ width: '100%' }}
            data-testid="rule-min-count"
          />
        </Form.Item>
        {per === 'month' && (
          <Form.Item name="fixedDay" label="固定日（每月几日，可不填）" extra="只有在这一天开展的活动才计入">
            <InputNumber
              min={1}
              max={31}
              precision={0}
              style={{ width: '100%' }}
              data-testid="rule-fixed-day"
            />
          </Form.Item>
        )}
        {refusal && (
          <Alert
            type="error"
            showIcon
            title={refusal.message}
            description={refusal.rule ? `依据：${refusal.rule}` : undefined}
            data-testid="rule-refusal"
          />
        )}
      </Form>
    </Modal>
  );
}
