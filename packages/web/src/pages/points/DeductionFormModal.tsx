import { pointsDeductionInputSchema } from '@jiceng/core';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pointsApi } from '../../api/points';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';

interface Values {
  occurredOn: Dayjs;
  description: string;
  basis?: string;
}

const fields = pointsDeductionInputSchema.shape;

/** 记录扣分: a violation of the member's, priced by the violation rule in force. */
export function DeductionFormModal({
  personId,
  personName,
  onDone,
  onClose,
}: {
  personId: number;
  personName: string;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<Values>
      title={`记录违纪违规扣分：${personName}`}
      okText="记录"
      okButtonProps={{ 'data-testid': 'deduction-save' }}
      initialValues={{ occurredOn: dayjs() }}
      onSubmit={(v) =>
        pointsApi.recordDeduction(personId, {
          occurredOn: v.occurredOn.format('YYYY-MM-DD'),
          description: v.description,
          basis: blankToUndefined(v.basis),
        })
      }
      success="已记录扣分，积分已重新计算"
      onDone={onDone}
      onClose={onClose}
      testId="deduction-form"
    >
      <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: '请选择发生日期' }]}>
        <DatePicker
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          allowClear={false}
          data-testid="deduction-occurred-on"
        />
      </Form.Item>
      <Form.Item
        name="description"
        label="违纪违规情况"
        rules={[zodRule(fields.description, { required: true })]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="deduction-description" />
      </Form.Item>
      <Form.Item name="basis" label="扣分依据（可不填）" rules={[zodRule(fields.basis)]}>
        <Input maxLength={200} placeholder="如：支委会决定、文件编号" data-testid="deduction-basis" />
      </Form.Item>
    </FormModal>
  );
}
