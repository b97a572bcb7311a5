import {
  childKindsOf,
  defaultTermYears,
  ORG_KIND_LABELS,
  orgCreateSchema,
  TERM_YEARS_MAX,
  TERM_YEARS_MIN,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type Org,
} from '@jiceng/core';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { useOrgTree } from './OrgTreeContext';
import { initialValues, saveOrg, type OrgFormMode, type OrgFormValues } from './orgFormValues';
import { mayHoldApproval } from './orgRules';

const fields = orgCreateSchema.shape;
const unitOptions = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

/** Creates an org (under `parent`, or at the top) or edits one; term fields live in TermFormModal when editing. */
export function OrgFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: OrgFormMode;
  onClose: () => void;
  onSaved: (org: Org) => void;
}) {
  const [form] = Form.useForm<OrgFormValues>();
  const { message } = App.useApp();
  const { refresh } = useOrgTree();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const creating = mode.type === 'create';
  const kinds = creating ? childKindsOf(mode.parent?.kind ?? null) : [];

  const save = async (values: OrgFormValues) => {
    setSaving(true);
    try {
      const org = await saveOrg(mode, values);
      message.success(creating ? `已建立“${org.name}”` : '已保存');
      refresh();
      onSaved(org);
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  const title = creating
    ? mode.parent
      ? `新建下级组织（上级：${mode.parent.name}）`
      : '新建顶级组织'
    : `编辑组织：${mode.org.name}`;

  return (
    <Modal
      open
      title={title}
      okText={creating ? '建立' : '保存'}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      okButtonProps={testId('org-form-submit')}
      data-testid="org-form-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(mode)}
        onFinish={save}
        onValuesChange={(changed: Partial<OrgFormValues>) => {
          // Village and community committees serve five years by default; follow the unit kind until the user decides.
          if ('unitKind' in changed && creating && !form.isFieldTouched('termYears')) {
            form.setFieldValue('termYears', defaultTermYears(changed.unitKind ?? null));
          }
        }}
      >
        {creating && (
          <Form.Item name="kind" label="组织类别" rules={[{ required: true, message: '请选择组织类别' }]}>
            <Select
              data-testid="org-kind"
              options={kinds.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label="名称" rules={[zodRule(fields.name, { required: true })]}>
          <Input placeholder="如：城关镇党委" maxLength={100} data-testid="org-name" />
        </Form.Item>
        <Form.Item name="code" label="组织代码" rules={[zodRule(fields.code)]}>
          <Input placeholder="选填，字母、数字、下划线或连字符" maxLength={40} data-testid="org-code" />
        </Form.Item>
        <Form.Item name="unitKind" label="单位类别">
          <Select allowClear placeholder="选填" options={unitOptions} data-testid="org-unit-kind" />
        </Form.Item>
        {mayHoldApproval(kind) && (
          <Form.Item name="mayApproveAdmissions" label="审批发展党员权限" valuePropName="checked">
            <Switch checkedChildren="有" unCheckedChildren="无" />
          </Form.Item>
        )}
        {creating && (
          <>
            <Form.Item name="termStartedOn" label="本届任期开始日期">
              <DatePicker style={{ width: '100%' }} placeholder="选填" data-testid="org-term-start" />
            </Form.Item>
            <Form.Item
              name="termYears"
              label="任期年限"
              rules={[{ required: true, message: '请填写任期年限' }, zodRule(fields.termYears.unwrap())]}
            >
              <InputNumber min={TERM_YEARS_MIN} max={TERM_YEARS_MAX} suffix="年" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
