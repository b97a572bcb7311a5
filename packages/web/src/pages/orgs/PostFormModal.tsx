import { orgPostCreateSchema, POST_KIND_LABELS, POST_KINDS, type OrgPost, type PostKind } from '@jiceng/core';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { orgsApi } from '../../api/orgs';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { PersonPicker } from './PersonPicker';

interface Values {
  post: PostKind;
  personId?: number | null;
  holderName?: string;
  startedOn?: Dayjs | null;
}

const postOptions = POST_KINDS.map((k) => ({ value: k, label: POST_KIND_LABELS[k] }));

/** 任命: the holder is picked from the member archives, or named when not on record yet. */
export function PostFormModal({
  orgId,
  onClose,
  onSaved,
}: {
  orgId: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  return (
    <FormModal<Values, OrgPost>
      title="任命班子职务"
      okText="任命"
      okButtonProps={testId('post-form-submit')}
      testId="post-form-modal"
      initialValues={{ post: 'secretary' }}
      onSubmit={(values) =>
        orgsApi.addPost(orgId, {
          post: values.post,
          ...(values.personId ? { personId: values.personId } : { holderName: values.holderName?.trim() }),
          startedOn: values.startedOn?.format('YYYY-MM-DD'),
        })
      }
      success={(_values, post) => `已任命${post.holderName}为${POST_KIND_LABELS[post.post]}`}
      onDone={onSaved}
      onClose={onClose}
    >
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
    </FormModal>
  );
}
