import { notificationSendSchema } from '@jiceng/core';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { notificationsApi } from '../../api/notifications';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { UserPicker } from './UserPicker';

interface Values {
  userIds: number[];
  title: string;
  body?: string;
}

const fields = notificationSendSchema.shape;

export function SendNotificationModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const send = async (values: Values) => {
    setSaving(true);
    try {
      const { sent } = await notificationsApi.send(
        values.userIds,
        values.title.trim(),
        values.body?.trim() ?? '',
      );
      message.success(`已发送给 ${sent} 人`);
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
      title="发送站内通知"
      okText="发送"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={send}>
        <Form.Item name="userIds" label="接收人" rules={[{ required: true, message: '至少选择一位接收人' }]}>
          <UserPicker />
        </Form.Item>
        <Form.Item name="title" label="标题" rules={[zodRule(fields.title, { required: true })]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="body" label="内容" rules={[zodRule(fields.body)]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
