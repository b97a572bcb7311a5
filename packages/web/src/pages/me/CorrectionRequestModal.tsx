import {
  CORRECTABLE_FIELD_LABELS,
  CORRECTABLE_FIELDS,
  correctionRequestSchema,
  personFieldsSchema,
  type CorrectableField,
  type Correction,
} from '@jiceng/core';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { selfApi } from '../../api/corrections';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { ENUM_LABELS } from '../corrections/correctionValue';

interface Values {
  field?: CorrectableField;
  value?: string;
  reason?: string;
}

const fieldOptions = CORRECTABLE_FIELDS.map((f) => ({ value: f, label: CORRECTABLE_FIELD_LABELS[f] }));
const reasonSchema = correctionRequestSchema.shape.reason;

/** The new value's input: a list for enumerated fields (the server wants their identifiers), else text. */
function ValueInput({
  field,
  value,
  onChange,
}: {
  field?: CorrectableField;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const labels = field ? ENUM_LABELS[field] : undefined;
  if (labels) {
    return (
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        value={value}
        onChange={onChange}
        options={Object.entries(labels).map(([v, label]) => ({ value: v, label }))}
        placeholder="请选择"
        data-testid="correction-value"
      />
    );
  }
  return (
    <Input
      value={value}
      onChange={(e) => onChange?.(e.target.value)}
      maxLength={200}
      disabled={!field}
      placeholder={field ? '填写正确的内容' : '请先选择更正项目'}
      data-testid="correction-value"
    />
  );
}

/** 申请更正: the member asks the branch to correct one item of their record. */
export function CorrectionRequestModal({
  onClose,
  onSent,
}: {
  onClose: () => void;
  onSent: (correction: Correction) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const field = Form.useWatch('field', form);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const correction = await selfApi.requestCorrection({
        field: values.field!,
        value: (values.value ?? '').trim(),
        reason: (values.reason ?? '').trim(),
      });
      message.success('已提交，请等待党支部审核');
      onSent(correction);
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="申请更正档案"
      okText="提交"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={testId('correction-submit')}
      data-testid="correction-modal"
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={(changed: Values) => {
          // A value typed for one item means nothing for another.
          if ('field' in changed) form.setFieldValue('value', undefined);
        }}
      >
        <Form.Item name="field" label="更正项目" rules={[{ required: true, message: '请选择更正项目' }]}>
          <Select options={fieldOptions} placeholder="请选择" data-testid="correction-field" />
        </Form.Item>
        <Form.Item
          name="value"
          label="正确内容"
          dependencies={['field']}
          rules={[zodRule(field ? personFieldsSchema.shape[field] : reasonSchema, { required: true })]}
        >
          <ValueInput field={field} />
        </Form.Item>
        <Form.Item name="reason" label="更正理由" rules={[zodRule(reasonSchema, { required: true })]}>
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="如：身份证号登记错了一位，附身份证复印件交支部"
            data-testid="correction-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
