import { passwordSchema, type User } from '@jiceng/core';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/users';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { generatePassword } from './generatePassword';
import { PasswordInput } from './PasswordInput';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async ({ password }: { password: string }) => {
    setSaving(true);
    try {
      await usersApi.resetPassword(user.id, password);
      message.success(`已重置 ${user.displayName} 的密码，其下次登录须修改密码`);
      onClose();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`重置密码：${user.displayName}（${user.username}）`}
      okText="重置"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="重置后该用户的登录会话全部失效、锁定解除，下次登录须设置新密码。"
      />
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ password: generatePassword() }}>
        <Form.Item name="password" label="新密码" rules={[zodRule(passwordSchema, { required: true })]}>
          <PasswordInput data-testid="reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
