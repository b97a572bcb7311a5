import {
  CENTRAL_VOLUNTARY_THRESHOLD_FEN,
  DUES_PAYMENT_METHOD_LABELS,
  DUES_PAYMENT_METHODS,
  fenLabel,
  MAX_MONTHLY_INCOME_FEN,
  monthLabel,
  parseYuanToFen,
  type DuesPaid,
  type DuesPaymentMethod,
  type MemberDuesView,
  type MonthKey,
} from '@jiceng/core';
import { Alert, Checkbox, DatePicker, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { todayInChina } from '../../format/time';
import { DuesRefusalAlert } from './DuesRefusalAlert';
import { dayOfPicker } from './memberDues';
import { payableMonths, type PayableMonth } from './payableMonths';
import { useDuesRefusal } from './useDuesRefusal';
import { fenOfField, yuanRule } from './yuanRule';

interface Values {
  months: MonthKey[];
  method: DuesPaymentMethod;
  paidOn: Dayjs;
  receiptNumber?: string;
  /** 元 per month, as typed; blank = the amount due. */
  amount?: string;
  note?: string;
}

const KIND_TAGS: Record<PayableMonth['kind'], { label: string; color: string }> = {
  arrears: { label: '补交', color: 'red' },
  current: { label: '本月', color: 'default' },
  advance: { label: '预交', color: 'blue' },
};

const afterToday = (day: Dayjs) => day.isAfter(dayjs(todayInChina()), 'day');
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

function MonthChoice({ option }: { option: PayableMonth }) {
  const tag = KIND_TAGS[option.kind];
  return (
    <Checkbox
      value={option.month}
      disabled={option.dueFen === null}
      data-testid={`pay-month-${option.month}`}
    >
      <Flex gap={6} align="center" wrap>
        {monthLabel(option.month)}
        <Typography.Text type="secondary">
          {option.dueFen === null ? '尚未核定基数' : `应交 ${fenLabel(option.dueFen)}`}
        </Typography.Text>
        <Tag color={tag.color} style={{ marginInlineEnd: 0 }}>
          {tag.label}
        </Tag>
      </Flex>
    </Checkbox>
  );
}

/** The total and, when more than due is paid, the voluntary part recorded apart (F8). */
function PaymentPreview({ chosen, amountText }: { chosen: PayableMonth[]; amountText: string | undefined }) {
  if (chosen.length === 0) return null;
  const amount = amountText?.trim() ? parseYuanToFen(amountText) : null;
  if (amountText?.trim() && amount === null) return null;
  const total = chosen.reduce((sum, m) => sum + (amount ?? m.dueFen ?? 0), 0);
  const extras = amount === null ? [] : chosen.map((m) => Math.max(0, amount - (m.dueFen ?? amount)));
  const extra = extras.reduce((sum, e) => sum + e, 0);
  const central = extras.some((e) => e >= CENTRAL_VOLUNTARY_THRESHOLD_FEN);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="pay-preview"
      title={`${chosen.length} 个月，合计 ${fenLabel(total)}`}
      description={
        extra > 0
          ? `其中 ${fenLabel(extra)} 超出应交金额，记为自愿多交党费，单独记录${
              central ? `；一次多交 ${fenLabel(CENTRAL_VOLUNTARY_THRESHOLD_FEN)}以上的全部上缴中央` : ''
            }（dues.md F8）`
          : undefined
      }
    />
  );
}

/** 登记交纳: months owed and months ahead, each recorded as its own month (F11). */
export function PaymentModal({
  view,
  onDone,
  onClose,
}: {
  view: MemberDuesView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { unplaced, guard } = useDuesRefusal(form, { amountFen: 'amount' });
  const options = payableMonths(view);
  const chosenMonths = Form.useWatch('months', form) ?? [];
  const amountText = Form.useWatch('amount', form);
  const chosen = options.filter((o) => chosenMonths.includes(o.month));

  const submit = (v: Values) =>
    guard(() => {
      const amountFen = fenOfField(v.amount);
      return duesApi.pay({
        personId: view.personId,
        months: [...v.months].sort(),
        method: v.method,
        paidOn: dayOfPicker(v.paidOn),
        receiptNumber: optional(v.receiptNumber),
        ...(amountFen !== undefined ? { amountFen } : {}),
        note: optional(v.note),
      });
    });

  return (
    <FormModal<Values, DuesPaid>
      title={`登记交纳党费：${view.name}`}
      form={form}
      okText="登记"
      okButtonProps={testId('pay-submit')}
      testId="pay-modal"
      initialValues={{ months: [], method: 'cash', paidOn: dayjs(todayInChina()) }}
      intro={<DuesRefusalAlert lines={unplaced} />}
      onSubmit={submit}
      success={(v, paid) => `已登记 ${v.months.length} 个月，共 ${fenLabel(paid.totalFen)}`}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="months"
        label="交纳月份"
        extra="欠交的月份逐月补交；可预交以后的月份"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个月份' }]}
      >
        <Checkbox.Group style={{ width: '100%' }} data-testid="pay-months">
          <Flex vertical gap={4}>
            {options.map((o) => (
              <MonthChoice key={o.month} option={o} />
            ))}
            {options.length === 0 && <Typography.Text type="secondary">没有待交的月份</Typography.Text>}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="amount"
        label="每月交纳金额（元）"
        extra="留空按应交金额；多交的部分记为自愿多交党费（F8）"
        rules={[yuanRule('交纳金额', { min: 1, max: MAX_MONTHLY_INCOME_FEN })]}
      >
        <Input inputMode="decimal" suffix="元" placeholder="按应交金额" data-testid="pay-amount" />
      </Form.Item>
      <PaymentPreview chosen={chosen} amountText={amountText} />
      <Form.Item name="method" label="交纳方式" rules={[{ required: true, message: '请选择交纳方式' }]}>
        <Radio.Group
          options={DUES_PAYMENT_METHODS.map((m) => ({ value: m, label: DUES_PAYMENT_METHOD_LABELS[m] }))}
          data-testid="pay-method"
        />
      </Form.Item>
      <Form.Item name="paidOn" label="交纳日期" rules={[{ required: true, message: '请选择交纳日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={afterToday} data-testid="pay-date" />
      </Form.Item>
      <Form.Item name="receiptNumber" label="收据编号">
        <Input maxLength={50} data-testid="pay-receipt" />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={500} data-testid="pay-note" />
      </Form.Item>
    </FormModal>
  );
}
