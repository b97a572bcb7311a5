import { monthOf, parseYuanToFen, shiftMonth } from '@jiceng/core';
import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';
import { DuesRefusalAlert } from '../dues/DuesRefusalAlert';
import { useDuesRefusal } from '../dues/useDuesRefusal';
import { yuanRule } from '../dues/yuanRule';

interface Values {
  year: number;
  income: string;
  from: Dayjs;
  note?: string;
}

/** F10 on the phone: the member declares the year's after-tax monthly income for the branch to verify. */
export function DeclareIncomeModal({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { unplaced, guard } = useDuesRefusal(form, {
    monthlyIncomeFen: 'income',
    effectiveFromMonth: 'from',
  });
  const month = monthOf(todayInChina());
  return (
    <FormModal<Values>
      title="申报月收入"
      form={form}
      okText="提交申报"
      okButtonProps={{ 'data-testid': 'declare-submit' }}
      testId="declare-modal"
      initialValues={{ year: Number(month.slice(0, 4)), from: dayjs(`${month}-01`) }}
      intro={<DuesRefusalAlert lines={unplaced} />}
      onSubmit={(v) =>
        guard(() =>
          duesApi.declare({
            year: v.year,
            monthlyIncomeFen: parseYuanToFen(v.income.trim()) ?? -1,
            effectiveFromMonth: v.from.format('YYYY-MM'),
            note: v.note?.trim() || undefined,
          }),
        )
      }
      success="已提交，等待党支部核定"
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={2008} max={2100} style={{ width: '100%' }} data-testid="declare-year" />
      </Form.Item>
      <Form.Item
        name="income"
        label="税后月收入（元）"
        extra="在职党员填工资收入，离退休党员填养老金"
        rules={[yuanRule('月收入', { required: true })]}
      >
        <Input inputMode="decimal" data-testid="declare-income" />
      </Form.Item>
      <Form.Item name="from" label="起算月份" rules={[{ required: true, message: '请选择月份' }]}>
        <DatePicker
          picker="month"
          style={{ width: '100%' }}
          minDate={dayjs(`${shiftMonth(month, -11)}-01`)}
          data-testid="declare-from"
        />
      </Form.Item>
      <Form.Item name="note" label="说明">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
