import type { DevelopmentView, RecordedStepView } from '@jiceng/core';
import { Alert, Form, Input } from 'antd';
import { developmentApi } from '../../api/development';
import { FormModal } from '../../forms/FormModal';

interface Props {
  personId: number;
  step: RecordedStepView;
  onDone: () => void;
  onClose: () => void;
}

/** Cancels the latest step: the record stays, struck through, with the reason in the audit log. */
export function VoidStepModal({ personId, step, onDone, onClose }: Props) {
  return (
    <FormModal<{ reason: string }, DevelopmentView>
      title={`撤销：${step.label}（${step.date}）`}
      okText="撤销"
      okButtonProps={{ danger: true, 'data-testid': 'void-submit' }}
      testId="void-modal"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="撤销后该步骤仍保留在记录中并标记为已撤销，它带来的阶段变化一并撤销；之后可重新记录。"
        />
      }
      onSubmit={({ reason }) => developmentApi.void(personId, step.id, reason)}
      success={`已撤销“${step.label}”`}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="撤销理由"
        rules={[{ required: true, whitespace: true, message: '请说明撤销理由' }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="void-reason" />
      </Form.Item>
    </FormModal>
  );
}
