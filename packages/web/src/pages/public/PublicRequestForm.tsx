import {
  publicServiceRequestInputSchema,
  SERVICE_REQUEST_KIND_LABELS,
  SERVICE_REQUEST_KINDS,
  type PublicServiceReceipt,
  type PublicServiceRequestInput,
} from '@jiceng/core';
import { Alert, Button, Form, Input, Radio, Select, type FormRule } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';

const shape = publicServiceRequestInputSchema.shape;

/** Like zodRule, but a blank field gets the schema's own message ("请填写联系电话"), as the server says it. */
function ownRule(schema: z.ZodType): FormRule {
  return {
    required: true,
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/** The resident's form: where, what kind, what, and how to reach them. Validated as the server does. */
export function PublicRequestForm({ onFiled }: { onFiled: (receipt: PublicServiceReceipt) => void }) {
  const [form] = Form.useForm<PublicServiceRequestInput>();
  const showError = useFormError(form);
  const [busy, setBusy] = useState(false);
  const orgs = useRequest(() => serviceRequestsApi.publicOrgs(), []);

  const submit = async (values: PublicServiceRequestInput) => {
    setBusy(true);
    try {
      onFiled(await serviceRequestsApi.file({ ...values, address: values.address || null }));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ kind: 'help' }}
      data-testid="public-form"
    >
      {orgs.error !== undefined && <Alert type="error" showIcon title="村（社区）列表加载失败，请刷新重试" />}
      <Form.Item
        name="orgId"
        label="所在村（社区）"
        rules={[{ required: true, message: '请选择所在村（社区）' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.loading}
          placeholder="输入名称查找"
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          data-testid="public-org"
        />
      </Form.Item>
      <Form.Item name="kind" label="诉求类别" rules={[{ required: true, message: '请选择诉求类别' }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="public-kind"
          options={SERVICE_REQUEST_KINDS.map((k) => ({ value: k, label: SERVICE_REQUEST_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item name="text" label="诉求内容" rules={[ownRule(shape.text)]}>
        <Input.TextArea
          rows={4}
          showCount
          maxLength={500}
          placeholder="请说明需要什么帮助"
          data-testid="public-text"
        />
      </Form.Item>
      <Form.Item name="contactName" label="联系人" rules={[ownRule(shape.contactName)]}>
        <Input autoComplete="name" data-testid="public-name" />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label="手机号码"
        extra="仅用于工作人员联系您，不会公开"
        rules={[ownRule(shape.contactPhone)]}
      >
        <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="public-phone" />
      </Form.Item>
      <Form.Item name="address" label="地址（选填）" rules={[zodRule(shape.address)]}>
        <Input data-testid="public-address" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="public-submit">
        提交诉求
      </Button>
    </Form>
  );
}
