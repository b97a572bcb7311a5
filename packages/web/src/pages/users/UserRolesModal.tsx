import { ROLE_LABELS, type AssignmentInput, type User } from '@jiceng/core';
import { App, Button, Flex, Form, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/users';
import { useFormError } from '../../forms/useFormError';
import { AssignmentFields } from './AssignmentFields';
import { assignmentLabel } from './assignmentLabel';

/** Edits an existing user's roles one at a time, the way the API records each grant and removal. */
export function UserRolesModal({
  user,
  onClose,
  onChanged,
}: {
  user: User;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [form] = Form.useForm<AssignmentInput>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [current, setCurrent] = useState(user);
  const [saving, setSaving] = useState(false);

  const apply = (updated: User) => {
    setCurrent(updated);
    onChanged();
  };

  const add = async (values: AssignmentInput) => {
    setSaving(true);
    try {
      apply(await usersApi.addAssignment(user.id, { role: values.role, orgId: values.orgId ?? null }));
      message.success(`已分配${ROLE_LABELS[values.role]}角色`);
      form.resetFields();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (assignmentId: number) => {
    try {
      apply(await usersApi.removeAssignment(user.id, assignmentId));
      message.success('已取消角色');
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败');
    }
  };

  return (
    <Modal
      open
      title={`角色：${user.displayName}（${user.username}）`}
      footer={null}
      onCancel={onClose}
      width={640}
    >
      <Typography.Text type="secondary">现有角色</Typography.Text>
      <Flex vertical gap={6} style={{ margin: '8px 0 16px' }} data-testid="user-roles">
        {current.assignments.map((a) => (
          <Flex key={a.id} justify="space-between" align="center" gap={8}>
            <Tag color={a.role === 'admin' ? 'red' : 'blue'} style={{ whiteSpace: 'normal' }}>
              {assignmentLabel(a)}
            </Tag>
            <Popconfirm
              title="取消此角色？"
              okText="取消角色"
              cancelText="保留"
              onConfirm={() => remove(a.id)}
            >
              <Button size="small" type="link" danger disabled={current.assignments.length === 1}>
                取消
              </Button>
            </Popconfirm>
          </Flex>
        ))}
      </Flex>
      <Typography.Text type="secondary">添加角色</Typography.Text>
      <Form form={form} onFinish={add} initialValues={{ orgId: null }} style={{ marginTop: 8 }}>
        <Flex gap={8} align="start" wrap>
          <AssignmentFields name={[]} fullName={[]} testId="add-assignment" />
          <Button type="primary" htmlType="submit" loading={saving}>
            添加
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
