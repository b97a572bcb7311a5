import type { Org } from '@jiceng/core';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { orgsApi } from '../../api/orgs';
import { useFormError } from '../../forms/useFormError';
import { OrgPicker } from './OrgPicker';
import { useOrgTree } from './OrgTreeContext';

interface Values {
  parentId: number | null;
}

/** 调整隶属关系: the whole subtree moves with the org. */
export function MoveOrgModal({
  org,
  onClose,
  onMoved,
}: {
  org: Org;
  onClose: () => void;
  onMoved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { refresh } = useOrgTree();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async ({ parentId }: Values) => {
    if (parentId === null) return;
    setSaving(true);
    try {
      await orgsApi.move(org.id, parentId);
      message.success('隶属关系已调整');
      refresh();
      onMoved();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`调整隶属关系：${org.name}`}
      okText="调整"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      data-testid="move-org-modal"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          org.childCount > 0 ? `其下 ${org.childCount} 个下级组织将一并调整。` : '调整后本组织的上级将改变。'
        }
      />
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="parentId"
          label="新的上级组织"
          rules={[{ required: true, message: '请选择新的上级组织' }]}
        >
          <OrgPicker exclude={[org.id, ...(org.parentId ? [org.parentId] : [])]} data-testid="move-parent" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
