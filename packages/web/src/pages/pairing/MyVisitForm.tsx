import {
  myVisitInputSchema,
  parseYuanToFen,
  yuanTextSchema,
  type HelpKind,
  type MyPairing,
} from '@jiceng/core';
import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { pairingApi } from '../../api/pairing';
import { useFormError } from '../../forms/useFormError';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { todayInChina } from '../../format/time';
import { helpKindOptions } from './labels';

interface Values {
  visitedOn: string;
  notes: string;
  helpKinds: HelpKind[];
  /** Typed in 元, named as the API's field so a refusal shows on it. */
  moneyFen?: string;
  goodsFen?: string;
  goodsDescription?: string;
}

const shape = myVisitInputSchema.shape;
const fenOf = (text: string | undefined) => (text?.trim() ? (parseYuanToFen(text) ?? 0) : 0);

/** 登记走访 on the phone: one form per household, date, what was done, the help kinds and the amount. */
export function MyVisitForm({ pairing, onLogged }: { pairing: MyPairing; onLogged: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const kinds = Form.useWatch('helpKinds', form) ?? [];
  const today = todayInChina();

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      await pairingApi.logMyVisit({
        householdId: pairing.householdId,
        visitedOn: v.visitedOn,
        notes: v.notes,
        helpKinds: v.helpKinds,
        moneyFen: kinds.includes('money') ? fenOf(v.moneyFen) : 0,
        goodsFen: kinds.includes('goods') ? fenOf(v.goodsFen) : 0,
        goodsDescription: kinds.includes('goods') ? (blankToUndefined(v.goodsDescription) ?? null) : null,
      });
      message.success('已登记走访');
      form.resetFields();
      onLogged();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ visitedOn: today, helpKinds: ['condolence'] }}
      data-testid={`me-visit-form-${pairing.householdId}`}
    >
      <Form.Item
        name="visitedOn"
        label="走访日期"
        rules={[{ required: true, message: '请填写走访日期' }, zodRule(shape.visitedOn)]}
      >
        <Input
          type="date"
          min={pairing.startedOn}
          max={pairing.endedOn ?? today}
          data-testid="me-visit-date"
        />
      </Form.Item>
      <Form.Item name="helpKinds" label="帮扶内容" rules={[zodRule(shape.helpKinds, { required: true })]}>
        <Select mode="multiple" options={helpKindOptions} showSearch={false} data-testid="me-visit-kinds" />
      </Form.Item>
      {kinds.includes('money') && (
        <Form.Item
          name="moneyFen"
          label="资金金额（元）"
          rules={[zodRule(yuanTextSchema, { required: true })]}
        >
          <Input inputMode="decimal" data-testid="me-visit-money" />
        </Form.Item>
      )}
      {kinds.includes('goods') && (
        <Form.Item
          name="goodsFen"
          label="物资折价（元）"
          rules={[zodRule(yuanTextSchema, { required: true })]}
        >
          <Input inputMode="decimal" data-testid="me-visit-goods" />
        </Form.Item>
      )}
      {kinds.includes('goods') && (
        <Form.Item name="goodsDescription" label="物资说明" rules={[zodRule(shape.goodsDescription)]}>
          <Input placeholder="如：大米两袋、食用油一桶" />
        </Form.Item>
      )}
      <Form.Item name="notes" label="走访情况" rules={[zodRule(shape.notes, { required: true })]}>
        <Input.TextArea
          rows={3}
          maxLength={1000}
          placeholder="如：了解近况，帮助联系医保报销"
          data-testid="me-visit-notes"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} block data-testid="me-visit-submit">
        登记走访
      </Button>
    </Form>
  );
}
