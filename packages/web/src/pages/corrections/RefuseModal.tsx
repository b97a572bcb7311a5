import { correctionDecisionSchema, type Correction } from '@jiceng/core';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { correctionsApi } from '../../api/corrections';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';

const reasonSchema = correctionDecisionSchema.shape.reason.unwrap();

/** 不同意 needs a reason: the member sees it on their own page. */
export function RefuseModal({
  correction,
  onClose,
  onDone,
}: {
  correction: Correction;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async ({ reason }: { reason: string }) => {
    setSaving(true);
    try {
      await correctionsApi.decide(correction.id, false, reason.trim());
      message.success('已答复：不同意');
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`不同意 ${correction.personName} 的更正申请`}
      okText="确定"
      okButtonProps={{ ...testId('refuse-submit'), danger: true }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="reason"
          label="理由"
          extra="申请人会在本人档案页看到此理由"
          rules={[zodRule(reasonSchema, { required: true })]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="refuse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
