import { fenLabel, monthLabel, type DuesPaymentView } from '@jiceng/core';
import { Alert, Descriptions, Form, Input } from 'antd';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { DuesRefusalAlert } from './DuesRefusalAlert';
import { useDuesRefusal } from './useDuesRefusal';

interface Values {
  reason: string;
}

/** 冲正: a reversal row cancels the payment, which stays on record; the month may then be paid again. */
export function ReversalModal({
  payment,
  onDone,
  onClose,
}: {
  payment: DuesPaymentView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { unplaced, guard } = useDuesRefusal(form);
  return (
    <FormModal<Values>
      title={`冲正 ${monthLabel(payment.month)}的交纳记录`}
      form={form}
      okText="冲正"
      okButtonProps={{ danger: true, 'data-testid': 'reverse-submit' }}
      testId="reverse-modal"
      intro={
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'month', label: '所属月份', children: monthLabel(payment.month) },
              { key: 'amount', label: '金额', children: fenLabel(payment.amountFen) },
              { key: 'paidOn', label: '交纳日期', children: payment.paidOn },
              ...(payment.receiptNumber
                ? [{ key: 'receipt', label: '收据编号', children: payment.receiptNumber }]
                : []),
            ]}
          />
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="原记录保留并标为已冲正，另记一条冲正记录；冲正后该月份显示为未交，可重新登记"
          />
          <DuesRefusalAlert lines={unplaced} />
        </>
      }
      onSubmit={(v) => guard(() => duesApi.reverse(payment.id, v.reason.trim()))}
      success="已冲正"
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label="冲正理由"
        rules={[{ required: true, whitespace: true, message: '请填写冲正理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="reverse-reason" />
      </Form.Item>
    </FormModal>
  );
}
