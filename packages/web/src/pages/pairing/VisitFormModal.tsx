import { parseYuanToFen, visitInputSchema, yuanTextSchema, type HelpKind, type Pairing } from '@jiceng/core';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pairingApi } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { helpKindOptions } from './labels';

interface Values {
  pairingId: number;
  visitedOn: Dayjs;
  notes: string;
  helpKinds: HelpKind[];
  /** Typed in 元, named as the API's fields so a refusal shows on them. */
  moneyFen?: string;
  goodsFen?: string;
  goodsDescription?: string;
}

const shape = visitInputSchema.shape;
const fenOf = (text: string | undefined) => (text?.trim() ? (parseYuanToFen(text) ?? 0) : 0);

/** 代为登记走访: staff record a visit by a helper to the household they are paired with. */
export function VisitFormModal({
  orgId,
  pairing,
  onDone,
  onClose,
}: {
  orgId: number;
  pairing?: Pairing;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kinds = Form.useWatch('helpKinds', form) ?? [];
  const { data: pairings } = useRequest(
    () => (pairing ? Promise.resolve([pairing]) : pairingApi.pairings({ orgId, active: true })),
    [orgId, pairing?.id],
  );
  const submit = (v: Values) => {
    const chosen = pairings?.find((p) => p.id === v.pairingId);
    if (!chosen) return Promise.reject(new Error('请选择结对'));
    return pairingApi.recordVisit({
      householdId: chosen.householdId,
      visitorPersonId: chosen.helperPersonId,
      visitedOn: v.visitedOn.format('YYYY-MM-DD'),
      notes: v.notes,
      helpKinds: v.helpKinds,
      moneyFen: kinds.includes('money') ? fenOf(v.moneyFen) : 0,
      goodsFen: kinds.includes('goods') ? fenOf(v.goodsFen) : 0,
      goodsDescription: kinds.includes('goods') ? (blankToUndefined(v.goodsDescription) ?? null) : null,
    });
  };
  return (
    <FormModal<Values>
      title="代为登记走访"
      form={form}
      initialValues={{ pairingId: pairing?.id, visitedOn: dayjs(), helpKinds: ['condolence'] }}
      onSubmit={submit}
      success="已登记走访"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'visit-save' }}
      testId="visit-form"
    >
      <Form.Item
        name="pairingId"
        label="帮扶对象和走访人"
        rules={[{ required: true, message: '请选择结对' }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          disabled={Boolean(pairing)}
          options={(pairings ?? []).map((p) => ({
            value: p.id,
            label: `${p.headName}（${p.orgName}） — ${p.helperName}`,
          }))}
          data-testid="visit-pairing"
        />
      </Form.Item>
      <Form.Item name="visitedOn" label="走访日期" rules={[{ required: true, message: '请选择走访日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="helpKinds" label="帮扶内容" rules={[zodRule(shape.helpKinds, { required: true })]}>
        <Select mode="multiple" options={helpKindOptions} data-testid="visit-kinds" />
      </Form.Item>
      {kinds.includes('money') && (
        <Form.Item
          name="moneyFen"
          label="资金金额（元）"
          rules={[zodRule(yuanTextSchema, { required: true })]}
        >
          <Input inputMode="decimal" data-testid="visit-money" />
        </Form.Item>
      )}
      {kinds.includes('goods') && (
        <>
          <Form.Item
            name="goodsFen"
            label="物资折价（元）"
            rules={[zodRule(yuanTextSchema, { required: true })]}
          >
            <Input inputMode="decimal" data-testid="visit-goods" />
          </Form.Item>
          <Form.Item name="goodsDescription" label="物资说明" rules={[zodRule(shape.goodsDescription)]}>
            <Input placeholder="如：大米两袋、食用油一桶" />
          </Form.Item>
        </>
      )}
      <Form.Item name="notes" label="走访情况" rules={[zodRule(shape.notes, { required: true })]}>
        <Input.TextArea rows={3} data-testid="visit-notes" />
      </Form.Item>
    </FormModal>
  );
}
