import { remittanceInputSchema, type RemittanceInput, type RemittanceView } from '@jiceng/core';
import { Alert, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { orgsApi } from '../../api/orgs';
import { duesApi } from '../../api/dues';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { OrgPicker } from '../orgs/OrgPicker';
import { fenOfField, yuanRule } from './yuanRule';

/** Field names follow the API's, so a refusal lands on the field it names. */
interface Values {
  fromOrgId: number | null;
  toOrgId: number | null;
  span: 'month' | 'period';
  month?: Dayjs;
  period?: { fromMonth?: Dayjs; toMonth?: Dayjs };
  /** 元, as typed. */
  amountFen: string;
  centralVoluntaryFen?: string;
  remittedOn: Dayjs;
  reference: string;
  note?: string;
}

const MONTH = 'YYYY-MM';

function inputOf(values: Values): RemittanceInput {
  const central = fenOfField(values.centralVoluntaryFen);
  const note = blankToUndefined(values.note);
  return {
    fromOrgId: values.fromOrgId ?? 0,
    toOrgId: values.toOrgId ?? 0,
    ...(values.span === 'month'
      ? { month: values.month?.format(MONTH) }
      : {
          period: {
            fromMonth: values.period?.fromMonth?.format(MONTH) ?? '',
            toMonth: values.period?.toMonth?.format(MONTH) ?? '',
          },
        }),
    amountFen: fenOfField(values.amountFen) ?? 0,
    ...(central === undefined ? {} : { centralVoluntaryFen: central }),
    remittedOn: values.remittedOn.format('YYYY-MM-DD'),
    reference: values.reference.trim(),
    ...(note ? { note } : {}),
  };
}

interface Props {
  /** The org selected on the page: it hands the dues up, by default. */
  orgId: number;
  onDone: (created: RemittanceView) => void;
  onClose: () => void;
}

/** 登记上缴: dues handed from an org to a committee above it, checked on the form as the server checks them. */
export function RemittanceModal({ orgId, onDone, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const fromOrgId = Form.useWatch('fromOrgId', form) ?? null;
  const span = Form.useWatch('span', form) ?? 'month';
  // Only a committee above the sender may receive (dues.remit_to_ancestor): they are the choices.
  const from = useRequest(
    () => (fromOrgId ? orgsApi.get(fromOrgId) : Promise.resolve(undefined)),
    [fromOrgId],
  );
  const loaded = from.data?.org.id === fromOrgId ? from.data : undefined;
  const ancestors = loaded?.ancestors ?? [];

  useEffect(() => {
    // A new sender: its parent is the usual receiver (none for a top org, which has nobody to remit to).
    if (loaded) form.setFieldValue('toOrgId', loaded.ancestors.at(-1)?.id ?? null);
  }, [form, loaded]);

  const created = useRef<RemittanceView>(undefined);
  const today = dayjs(todayInChina());
  const shape = remittanceInputSchema.shape;

  return (
    <FormModal<Values, RemittanceView>
      title="登记党费上缴"
      okText="登记"
      okButtonProps={{ 'data-testid': 'remit-submit' }}
      testId="remit-modal"
      form={form}
      initialValues={{
        fromOrgId: orgId,
        span: 'month',
        month: today,
        remittedOn: today,
      }}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="上缴金额按所属期间的实收党费核对；一次自愿多交 1000 元以上的党费须全额上缴中央，请单独填写。"
        />
      }
      onSubmit={async (values) => (created.current = await duesApi.remit(inputOf(values)))}
      success="已登记上缴"
      onDone={() => created.current && onDone(created.current)}
      onClose={onClose}
    >
      <Form.Item
        name="fromOrgId"
        label="上缴党组织"
        rules={[{ required: true, message: '请选择上缴党组织' }]}
      >
        <OrgPicker data-testid="remit-from" />
      </Form.Item>
      <Form.Item name="toOrgId" label="接收党组织" rules={[{ required: true, message: '请选择接收党组织' }]}>
        <Select
          options={[...ancestors].reverse().map((a) => ({ value: a.id, label: a.name }))}
          loading={from.loading}
          placeholder={fromOrgId ? '上级党组织' : '请先选择上缴党组织'}
          notFoundContent="该组织没有上级党组织"
          data-testid="remit-to"
        />
      </Form.Item>
      <Form.Item name="span" label="所属期间">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'month', label: '单月' },
            { value: 'period', label: '多个月' },
          ]}
          data-testid="remit-span"
        />
      </Form.Item>
      {span === 'month' ? (
        <Form.Item name="month" label="所属月份" rules={[{ required: true, message: '请选择所属月份' }]}>
          <DatePicker picker="month" style={{ width: '100%' }} data-testid="remit-month" />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name={['period', 'fromMonth']}
            label="开始月份"
            rules={[{ required: true, message: '请选择开始月份' }]}
          >
            <DatePicker picker="month" style={{ width: '100%' }} data-testid="remit-from-month" />
          </Form.Item>
          <Form.Item
            name={['period', 'toMonth']}
            label="结束月份"
            dependencies={[['period', 'fromMonth']]}
            rules={[
              { required: true, message: '请选择结束月份' },
              ({ getFieldValue }) => ({
                validator: async (_, value: Dayjs | undefined) => {
                  const start = getFieldValue(['period', 'fromMonth']) as Dayjs | undefined;
                  if (value && start && value.isBefore(start, 'month'))
                    throw new Error('结束月份不能早于开始月份');
                },
              }),
            ]}
          >
            <DatePicker picker="month" style={{ width: '100%' }} data-testid="remit-to-month" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="amountFen"
        label="上缴金额（元）"
        rules={[yuanRule('上缴金额', { required: true, min: 1 })]}
      >
        <Input inputMode="decimal" placeholder="如 1280.50" data-testid="remit-amount" />
      </Form.Item>
      <Form.Item
        name="centralVoluntaryFen"
        label="其中上缴中央的自愿多交党费（元）"
        extra="一次自愿多交 1000 元以上的党费，全额上缴中央；没有可不填"
        dependencies={['amountFen']}
        rules={[
          yuanRule('上缴中央的自愿多交党费', { min: 0 }),
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              const central = safeFen(value);
              const amount = safeFen(getFieldValue('amountFen') as string | undefined);
              if (central !== undefined && amount !== undefined && central > amount)
                throw new Error('上缴中央的部分不能超过上缴金额');
            },
          }),
        ]}
      >
        <Input inputMode="decimal" data-testid="remit-central" />
      </Form.Item>
      <Form.Item name="remittedOn" label="上缴日期" rules={[{ required: true, message: '请选择上缴日期' }]}>
        <DatePicker style={{ width: '100%' }} data-testid="remit-date" />
      </Form.Item>
      <Form.Item
        name="reference"
        label="凭证号"
        rules={[zodRule(shape.reference, { required: true })]}
        extra="银行回单号、收据号等"
      >
        <Input maxLength={100} data-testid="remit-reference" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(shape.note)]}>
        <Input.TextArea maxLength={500} rows={2} data-testid="remit-note" />
      </Form.Item>
    </FormModal>
  );
}

/** The fen of a typed amount, or undefined when blank or not an amount (its own rule says so). */
function safeFen(value: string | undefined): number | undefined {
  try {
    return fenOfField(value);
  } catch {
    return undefined;
  }
}
