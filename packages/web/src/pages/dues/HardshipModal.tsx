import {
  MAX_MONTHLY_INCOME_FEN,
  parseYuanToFen,
  type DuesHardshipView,
  type MemberDuesView,
} from '@jiceng/core';
import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { todayInChina } from '../../format/time';
import { DuesRefusalAlert } from './DuesRefusalAlert';
import { currentMonth, dayOfPicker, monthOfPicker, pickerOfMonth } from './memberDues';
import { useDuesRefusal } from './useDuesRefusal';
import { fenOfField, yuanRule } from './yuanRule';

interface Values {
  fromMonth: Dayjs;
  toMonth: Dayjs;
  /** 元, as typed; 0 = exempt. */
  reducedAmount: string;
  reason: string;
  decidedOn: Dayjs;
  approvedOn?: Dayjs;
  approvedByOrgName: string;
  decisionRef?: string;
}

const afterToday = (day: Dayjs) => day.isAfter(dayjs(todayInChina()), 'day');
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** 困难减免 (F7): the branch decides, the committee above approves; 0 元 means exempt for those months. */
export function HardshipModal({
  view,
  onDone,
  onClose,
}: {
  view: MemberDuesView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const reduced = Form.useWatch('reducedAmount', form);
  const { unplaced, guard } = useDuesRefusal(form, { reducedAmountFen: 'reducedAmount' });
  const exempt = parseYuanToFen(reduced ?? '') === 0;

  const submit = (v: Values) =>
    guard(() =>
      duesApi.addHardship({
        personId: view.personId,
        fromMonth: monthOfPicker(v.fromMonth),
        toMonth: monthOfPicker(v.toMonth),
        reducedAmountFen: fenOfField(v.reducedAmount) ?? 0,
        reason: v.reason.trim(),
        decidedOn: dayOfPicker(v.decidedOn),
        ...(v.approvedOn ? { approvedOn: dayOfPicker(v.approvedOn) } : {}),
        approvedByOrgName: v.approvedByOrgName.trim(),
        decisionRef: optional(v.decisionRef),
      }),
    );

  return (
    <FormModal<Values, DuesHardshipView>
      title={`困难减免：${view.name}`}
      form={form}
      okText="登记"
      okButtonProps={testId('hardship-submit')}
      testId="hardship-modal"
      initialValues={{ fromMonth: pickerOfMonth(currentMonth()), toMonth: pickerOfMonth(currentMonth()) }}
      intro={
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="生活困难的党员，经支部党员大会讨论决定、报上级党委批准，可少交或免交党费（dues.md F7）"
          />
          <DuesRefusalAlert lines={unplaced} />
        </>
      }
      onSubmit={submit}
      success={(v) => (parseYuanToFen(v.reducedAmount) === 0 ? '已登记免交决定' : '已登记减交决定')}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="fromMonth" label="开始月份" rules={[{ required: true, message: '请选择开始月份' }]}>
        <DatePicker picker="month" style={{ width: '100%' }} data-testid="hardship-from" />
      </Form.Item>
      <Form.Item
        name="toMonth"
        label="结束月份"
        dependencies={['fromMonth']}
        rules={[
          { required: true, message: '请选择结束月份' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const from = getFieldValue('fromMonth') as Dayjs | undefined;
              if (value && from && value.isBefore(from, 'month')) throw new Error('结束月份不能早于开始月份');
            },
          }),
        ]}
      >
        <DatePicker picker="month" style={{ width: '100%' }} data-testid="hardship-to" />
      </Form.Item>
      <Form.Item
        name="reducedAmount"
        label="减免后每月交纳（元）"
        extra={exempt ? '0 元：这些月份免交党费' : '填 0 表示免交'}
        rules={[yuanRule('减免后金额', { required: true, max: MAX_MONTHLY_INCOME_FEN })]}
      >
        <Input inputMode="decimal" suffix="元" data-testid="hardship-amount" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="理由"
        rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="hardship-reason" />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label="支部决定日期"
        rules={[{ required: true, message: '请选择支部决定日期' }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={afterToday} data-testid="hardship-decided" />
      </Form.Item>
      <Form.Item
        name="approvedOn"
        label="上级党委批准日期"
        dependencies={['decidedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const decided = getFieldValue('decidedOn') as Dayjs | undefined;
              if (value && decided && value.isBefore(decided, 'day'))
                throw new Error('批准日期不能早于支部决定日期');
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={afterToday} data-testid="hardship-approved" />
      </Form.Item>
      <Form.Item
        name="approvedByOrgName"
        label="批准的上级党委"
        rules={[{ required: true, whitespace: true, message: '请填写批准的上级党委' }]}
      >
        <Input maxLength={100} data-testid="hardship-approver" />
      </Form.Item>
      <Form.Item name="decisionRef" label="决定文号">
        <Input maxLength={100} data-testid="hardship-ref" />
      </Form.Item>
    </FormModal>
  );
}
