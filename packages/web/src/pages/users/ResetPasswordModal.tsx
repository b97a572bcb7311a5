import { passwordSchema, type User } from '@jiceng/core';
import { Alert, Form } from 'antd';
import { usersApi } from '../../api/users';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { generatePassword } from './generatePassword';
import { PasswordInput } from './PasswordInput';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  return (
    <FormModal<{ password: string }>
      title={`重置密码：${user.displayName}（${user.username}）`}
      okText="重置"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="重置后该用户的登录会话全部失效、锁定解除，下次登录须设置新密码。"
        />
      }
      initialValues={{ password: generatePassword() }}
      onSubmit={({ password }) => usersApi.resetPassword(user.id, password)}
      success={`已重置 ${user.displayName} 的密码，其下次登录须修改密码`}
      onDone={onClose}
      onClose={onClose}
    >
      <Form.Item name="password" label="新密码" rules={[zodRule(passwordSchema, { required: true })]}>
        <PasswordInput data-testid="reset-password" />
      </Form.Item>
    </FormModal>
  );
}
