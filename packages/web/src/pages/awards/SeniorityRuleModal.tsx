import { fenToYuanText, parseYuanToFen, seniorityRuleSchema, type SeniorityRule } from '@jiceng/core';
import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { awardsApi } from '../../api/awards';
import { FormModal } from '../../forms/FormModal';

interface TierValues {
  label: string;
  minPartyAge?: number | null;
  minServiceYears?: number | null;
  amountYuan: string;
}

const yuanRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (!value || parseYuanToFen(value) === null)
      throw new Error('每年金额应为不小于 0 的元数，最多两位小数');
  },
};

/** 年功奖励标准: tiers by party age and/or years of service, the yearly amount typed in 元 and kept in fen. */
export function SeniorityRuleModal({
  orgId,
  rule,
  onDone,
  onClose,
}: {
  orgId: number;
  rule: SeniorityRule;
  onDone: () => void;
  onClose: () => void;
}) {
  const submit = (v: { tiers: TierValues[] }) => {
    const parsed = seniorityRuleSchema.safeParse({
      tiers: v.tiers.map((t) => ({
        label: t.label,
        minPartyAge: t.minPartyAge ?? null,
        minServiceYears: t.minServiceYears ?? null,
        amountFen: parseYuanToFen(t.amountYuan) ?? -1,
      })),
    });
    if (!parsed.success) return Promise.reject(new Error(parsed.error.issues[0]?.message ?? '标准不正确'));
    return awardsApi.setSeniorityRule(orgId, parsed.data);
  };
  return (
    <FormModal<{ tiers: TierValues[] }>
      title="制定年功奖励标准"
      intro="党龄和任职年限均按当年 12 月 31 日计算；一人达到多档时取金额最高的一档。"
      initialValues={{
        tiers: rule.tiers.map((t) => ({
          label: t.label,
          minPartyAge: t.minPartyAge,
          minServiceYears: t.minServiceYears,
          amountYuan: fenToYuanText(t.amountFen),
        })),
      }}
      onSubmit={submit}
      success="已保存年功奖励标准"
      onDone={onDone}
      onClose={onClose}
      testId="seniority-rule-form"
    >
      <Form.List name="tiers">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start">
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[{ required: true, message: '请填写档次名称' }]}
                >
                  <Input placeholder="档次名称" style={{ width: 150 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'minPartyAge']}>
                  <InputNumber placeholder="党龄满" min={0} max={80} precision={0} style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'minServiceYears']}>
                  <InputNumber placeholder="任职满" min={0} max={80} precision={0} style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'amountYuan']} rules={[yuanRule]}>
                  <Input placeholder="每年（元）" style={{ width: 110 }} />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  删除
                </Button>
              </Flex>
            ))}
            <Button onClick={() => add({ label: '', amountYuan: '' })}>添加一档</Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
