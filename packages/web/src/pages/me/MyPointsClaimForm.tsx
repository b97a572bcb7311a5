import { pointsClaimInputSchema, type MyPointsView } from '@jiceng/core';
import { App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { pointsApi } from '../../api/points';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { todayInChina } from '../../format/time';

interface Values {
  occurredOn: string;
  points: number;
  description: string;
  evidence?: string;
}

const shape = pointsClaimInputSchema.shape;

/** A claim for something Jiceng does not record, for the branch to approve. */
export function MyPointsClaimForm({ view, onFiled }: { view: MyPointsView; onFiled: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const rule = view.manualRule;

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await pointsApi.claim({ ...values, evidence: values.evidence?.trim() || undefined });
      message.success('已提交，等待党支部审核');
      form.resetFields();
      onFiled();
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
      initialValues={{ occurredOn: todayInChina(), points: rule?.points ?? 1 }}
      data-testid="me-points-claim-form"
    >
      <Form.Item
        name="occurredOn"
        label="发生日期"
        rules={[{ required: true, message: '请填写发生日期' }, zodRule(shape.occurredOn)]}
      >
        <Input type="date" max={todayInChina()} data-testid="me-points-claim-date" />
      </Form.Item>
      <Form.Item name="description" label="事项说明" rules={[zodRule(shape.description, { required: true })]}>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder="如：参加社区义务清扫"
          data-testid="me-points-claim-description"
        />
      </Form.Item>
      <Form.Item
        name="points"
        label="申报分值"
        extra={
          rule
            ? `积分细则：每项 ${rule.points} 分${rule.monthlyCap !== null ? `，每月最多 ${rule.monthlyCap} 分` : ''}（${rule.setByOrgName}）`
            : undefined
        }
        rules={[{ required: true, message: '请填写申报分值' }]}
      >
        <InputNumber
          min={1}
          max={100}
          precision={0}
          inputMode="numeric"
          data-testid="me-points-claim-points"
        />
      </Form.Item>
      <Form.Item name="evidence" label="佐证材料（可不填）">
        <Input maxLength={500} placeholder="如：社区出具的证明" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} block data-testid="me-points-claim-submit">
        提交申报
      </Button>
    </Form>
  );
}
