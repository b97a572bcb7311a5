import { passwordSchema } from '@jiceng/core';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { authApi } from '../../api/auth';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { useFormError } from '../../forms/useFormError';
import { useSession } from '../../session/SessionContext';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** `forced`: the account must pick its own password before anything else, so the modal cannot be left. */
export function ChangePasswordModal({
  open,
  forced = false,
  onDone,
}: {
  open: boolean;
  forced?: boolean;
  onDone?: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { refresh } = useSession();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword);
      message.success('密码已修改');
      form.resetFields();
      await refresh();
      onDone?.();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="修改密码"
      okText="确认修改"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={forced ? undefined : () => (form.resetFields(), onDone?.())}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: !forced }}
      okButtonProps={testId('change-password-submit')}
      cancelButtonProps={forced ? { style: { display: 'none' } } : {}}
      destroyOnHidden
      data-testid="change-password-modal"
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="首次登录或密码已被重置，请先设置您自己的密码。"
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
        <Form.Item
          name="currentPassword"
          label="当前密码"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 10 个字符，须同时包含字母和数字"
          rules={[zodRule(passwordSchema, { required: true })]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
