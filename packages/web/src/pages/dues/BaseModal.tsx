import {
  BRACKET_PERSON_KINDS,
  bpLabel,
  checkDuesQuoteInput,
  DUES_2008,
  DUES_RULE_BY_KIND,
  duesRuleSetFor,
  explainDues,
  fenLabel,
  firstDayOf,
  parseYuanToFen,
  PERSON_KIND_LABELS,
  PERSON_KINDS,
  type DuesBaseView,
  type MemberDuesView,
  type MonthKey,
  type PersonKind,
} from '@jiceng/core';
import { Alert, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { DuesRefusalAlert } from './DuesRefusalAlert';
import { asPersonKind, currentMonth, monthOfPicker, pickerOfMonth } from './memberDues';
import { useDuesRefusal } from './useDuesRefusal';
import { fenOfField, yuanRule } from './yuanRule';

interface Values {
  year: number;
  personKind: PersonKind;
  /** 元, as typed. */
  monthlyIncome?: string;
  fixedAmount?: string;
  effectiveFromMonth: Dayjs;
  note?: string;
}

type BracketKind = (typeof BRACKET_PERSON_KINDS)[number];

const isBracketKind = (kind: PersonKind | undefined): kind is BracketKind =>
  kind !== undefined && (BRACKET_PERSON_KINDS as readonly PersonKind[]).includes(kind);

const INCOME_LABELS: Record<BracketKind, { label: string; extra: string }> = {
  employed: {
    label: '每月税后工资收入（元）',
    extra: '基本工资、岗位工资、薪级工资、津贴补贴等固定收入，企业还包括奖金，扣除个人所得税后（F1）',
  },
  retired: { label: '每月实领离退休费（元）', extra: '按每月实际领取的离退休费计算（F2）' },
  other: { label: '上季度月平均纯收入（元）', extra: '无固定月收入的，按上一季度月平均纯收入计算（F4）' },
};

const { min: farmerMin, max: farmerMax } = DUES_2008.farmerRangeFen;

/** The amount the base will give, before it is saved: the same `explainDues` the server stores by. */
function QuotePreview({
  values,
  farmerAmountFen,
}: {
  values: Partial<Values>;
  farmerAmountFen: number | null;
}) {
  const kind = values.personKind;
  if (!kind) return null;
  const month: MonthKey = values.effectiveFromMonth
    ? monthOfPicker(values.effectiveFromMonth)
    : currentMonth();
  const ruleSet = duesRuleSetFor(firstDayOf(month));
  const bracket = isBracketKind(kind);
  const income = bracket ? parseYuanToFen(values.monthlyIncome ?? '') : null;
  if (bracket && income === null) {
    return <Alert type="info" showIcon title="填写收入后显示每月应交金额" style={{ marginBottom: 12 }} />;
  }
  const fixedText = kind === 'farmer' ? (values.fixedAmount ?? '').trim() : '';
  const fixed =
    fixedText === '' ? (farmerAmountFen ?? ruleSet.farmerRangeFen.default) : parseYuanToFen(fixedText);
  if (fixed === null) return null;
  const input = {
    personKind: kind,
    monthlyIncomeFen: income,
    fixedAmountFen: kind === 'farmer' ? fixed : null,
    ruleSet,
  };
  const problems = checkDuesQuoteInput(input);
  if (problems.length > 0) return null;
  const quote = explainDues(input);
  const how =
    quote.basis === 'bracket' && quote.baseFen !== null && quote.bp !== null
      ? `${fenLabel(quote.baseFen)} × ${bpLabel(quote.bp)}，四舍五入到分`
      : kind === 'farmer' && fixedText === ''
        ? '按本支部设置的农牧渔民党员交纳金额'
        : '固定金额';
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="base-quote"
      title={
        <span>
          每月应交 <strong data-testid="base-quote-amount">{fenLabel(quote.amountFen)}</strong>
        </span>
      }
      description={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {how}（{DUES_RULE_BY_KIND[kind]}，{ruleSet.title}）
        </Typography.Text>
      }
    />
  );
}

/** 核定基数 (F10): once a year, and again from the month a changed pay is first received. */
export function BaseModal({
  view,
  onDone,
  onClose,
}: {
  view: MemberDuesView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('personKind', form);
  const watched: Partial<Values> = {
    personKind: kind,
    monthlyIncome: Form.useWatch('monthlyIncome', form),
    fixedAmount: Form.useWatch('fixedAmount', form),
    effectiveFromMonth: Form.useWatch('effectiveFromMonth', form),
  };
  const { unplaced, guard } = useDuesRefusal(form, {
    monthlyIncomeFen: 'monthlyIncome',
    fixedAmountFen: 'fixedAmount',
  });
  const month = currentMonth();

  const submit = (v: Values) =>
    guard(() => {
      const bracket = isBracketKind(v.personKind);
      const fixedAmountFen = v.personKind === 'farmer' ? fenOfField(v.fixedAmount) : undefined;
      return duesApi.addBase({
        personId: view.personId,
        year: v.year,
        personKind: v.personKind,
        effectiveFromMonth: monthOfPicker(v.effectiveFromMonth),
        ...(bracket ? { monthlyIncomeFen: fenOfField(v.monthlyIncome) } : {}),
        ...(fixedAmountFen !== undefined ? { fixedAmountFen } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
    });

  return (
    <FormModal<Values, DuesBaseView>
      title={`核定党费交纳基数：${view.name}`}
      form={form}
      okText="核定"
      okButtonProps={testId('base-submit')}
      testId="base-modal"
      initialValues={{
        year: Number(month.slice(0, 4)),
        personKind: asPersonKind(view.personKind) ?? 'employed',
        effectiveFromMonth: pickerOfMonth(month),
      }}
      intro={<DuesRefusalAlert lines={unplaced} />}
      onSubmit={submit}
      success={(_, base) =>
        base.amountFen === null ? '已核定' : `已核定，每月应交 ${fenLabel(base.amountFen)}`
      }
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="year" label="核定年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={2008} max={2100} precision={0} style={{ width: '100%' }} data-testid="base-year" />
      </Form.Item>
      <Form.Item name="personKind" label="人员类别" rules={[{ required: true, message: '请选择人员类别' }]}>
        <Select
          options={PERSON_KINDS.map((k) => ({ value: k, label: PERSON_KIND_LABELS[k] }))}
          data-testid="base-kind"
        />
      </Form.Item>
      {isBracketKind(kind) && (
        <Form.Item
          name="monthlyIncome"
          label={INCOME_LABELS[kind].label}
          extra={INCOME_LABELS[kind].extra}
          rules={[yuanRule('月收入', { required: true })]}
        >
          <Input inputMode="decimal" suffix="元" data-testid="base-income" />
        </Form.Item>
      )}
      {kind === 'farmer' && (
        <Form.Item
          name="fixedAmount"
          label="每月交纳金额（元）"
          extra={`${fenLabel(farmerMin)}–${fenLabel(farmerMax)}，由支部确定；留空则按本支部设置${
            view.farmerAmountFen === null ? '' : `（${fenLabel(view.farmerAmountFen)}）`
          }（F5）`}
          rules={[yuanRule('每月交纳金额', { min: farmerMin, max: farmerMax })]}
        >
          <Input inputMode="decimal" suffix="元" data-testid="base-fixed" />
        </Form.Item>
      )}
      {(kind === 'student' || kind === 'unemployed') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`学生、下岗失业人员等每月固定交纳 ${fenLabel(DUES_2008.fixedFen)}，无需填写收入（F6）`}
        />
      )}
      <Form.Item
        name="effectiveFromMonth"
        label="起算月份"
        extra="收入变化的，自新收入首次领取之月起（F10）"
        dependencies={['year']}
        rules={[
          { required: true, message: '请选择起算月份' },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: Dayjs | undefined) => {
              const year = getFieldValue('year') as number | undefined;
              if (value && year !== undefined && value.year() !== year)
                throw new Error('起算月份应在所核定的年度内');
            },
          }),
        ]}
      >
        <DatePicker picker="month" style={{ width: '100%' }} data-testid="base-month" />
      </Form.Item>
      <QuotePreview values={watched} farmerAmountFen={view.farmerAmountFen} />
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={500} data-testid="base-note" />
      </Form.Item>
    </FormModal>
  );
}
