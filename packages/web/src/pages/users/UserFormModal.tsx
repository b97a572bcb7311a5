import { userCreateSchema, type AssignmentInput, type User } from '@jiceng/core';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/users';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { AssignmentsEditor } from './AssignmentsEditor';
import { PasswordInput } from './PasswordInput';

interface Values {
  username: string;
  displayName: string;
  password: string;
  assignments: AssignmentInput[];
}

const fields = userCreateSchema.shape;

/** 新建用户: the account starts with an initial password that its owner must change at first sign-in. */
export function UserFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (user: User) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const user = await usersApi.create({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        assignments: values.assignments.map((a) => ({ role: a.role, orgId: a.orgId ?? null })),
      });
      message.success(`已创建用户 ${user.username}，请将初始密码告知本人，首次登录须修改`);
      onSaved(user);
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="新建用户"
      okText="创建"
      width={640}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      okButtonProps={testId('user-form-submit')}
      data-testid="user-form-modal"
    >
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ assignments: [{ orgId: null }] }}>
        <Form.Item
          name="username"
          label="用户名"
          extra="登录用，小写字母、数字、点、下划线或连字符"
          rules={[zodRule(fields.username, { required: true })]}
        >
          <Input autoComplete="off" autoCapitalize="none" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[zodRule(fields.displayName, { required: true })]}>
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          extra="至少 10 个字符，须同时包含字母和数字；可点“生成”自动生成"
          rules={[zodRule(fields.password, { required: true })]}
        >
          <PasswordInput data-testid="user-password" />
        </Form.Item>
        <Form.Item label="角色" required>
          <AssignmentsEditor />
        </Form.Item>
      </Form>
    </Modal>
  );
}
