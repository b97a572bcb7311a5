import { fenLabel, type DuesDeclarationView } from '@jiceng/core';
import { Form, Input } from 'antd';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { DuesRefusalAlert } from './DuesRefusalAlert';
import { useDuesRefusal } from './useDuesRefusal';

/** Sends a member's declaration back with the reason they will read on the phone. */
export function ReturnDeclarationModal({
  declaration,
  onDone,
  onClose,
}: {
  declaration: DuesDeclarationView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const { unplaced, guard } = useDuesRefusal(form);
  return (
    <FormModal<{ reason: string }>
      title={`退回 ${declaration.year} 年收入申报（月收入 ${fenLabel(declaration.monthlyIncomeFen)}）`}
      form={form}
      okText="退回"
      okButtonProps={{ danger: true, 'data-testid': 'declaration-return-submit' }}
      testId="declaration-return-modal"
      intro={<DuesRefusalAlert lines={unplaced} />}
      onSubmit={(v) =>
        guard(() => duesApi.decideDeclaration(declaration.id, { approve: false, reason: v.reason.trim() }))
      }
      success="已退回"
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="退回理由"
        rules={[{ required: true, whitespace: true, message: '请填写退回理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="declaration-return-reason" />
      </Form.Item>
    </FormModal>
  );
}
