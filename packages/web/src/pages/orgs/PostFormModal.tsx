import { orgPostCreateSchema, POST_KIND_LABELS, POST_KINDS, type PostKind } from '@jiceng/core';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { orgsApi } from '../../api/orgs';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { PersonPicker } from './PersonPicker';

interface Values {
  post: PostKind;
  personId?: number | null;
  holderName?: string;
  startedOn?: Dayjs | null;
}

const postOptions = POST_KINDS.map((k) => ({ value: k, label: POST_KIND_LABELS[k] }));

export function PostFormModal({
  orgId,
  onClose,
  onSaved,
}: {
  orgId: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const post = await orgsApi.addPost(orgId, {
        post: values.post,
        ...(values.personId ? { personId: values.personId } : { holderName: values.holderName?.trim() }),
        startedOn: values.startedOn?.format('YYYY-MM-DD'),
      });
      message.success(`已任命${post.holderName}为${POST_KIND_LABELS[post.post]}`);
      onSaved();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="任命班子职务"
      okText="任命"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={testId('post-form-submit')}
      data-testid="post-form-modal"
    >
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ post: 'secretary' }}>
        <Form.Item name="post" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
          <Select options={postOptions} data-testid="post-kind" />
        </Form.Item>
        <Form.Item name="personId" label="任职人员（党员档案）">
          <PersonPicker orgId={orgId} />
        </Form.Item>
        <Form.Item noStyle dependencies={['personId']}>
          {({ getFieldValue }) =>
            getFieldValue('personId') ? null : (
              <Form.Item
                name="holderName"
                label="或填写姓名（尚未建立档案的人员）"
                rules={[zodRule(orgPostCreateSchema.shape.holderName, { required: true })]}
              >
                <Input maxLength={50} data-testid="post-holder" />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="startedOn" label="任职开始日期">
          <DatePicker style={{ width: '100%' }} placeholder="选填" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
