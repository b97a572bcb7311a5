import { correctionDecisionSchema, type Correction } from '@jiceng/core';
import { Form, Input } from 'antd';
import { correctionsApi } from '../../api/corrections';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
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
  return (
    <FormModal<{ reason: string }>
      title={`不同意 ${correction.personName} 的更正申请`}
      okText="确定"
      okButtonProps={{ ...testId('refuse-submit'), danger: true }}
      onSubmit={({ reason }) => correctionsApi.decide(correction.id, false, reason.trim())}
      success="已答复：不同意"
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="理由"
        extra="申请人会在本人档案页看到此理由"
        rules={[zodRule(reasonSchema, { required: true })]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="refuse-reason" />
      </Form.Item>
    </FormModal>
  );
}
