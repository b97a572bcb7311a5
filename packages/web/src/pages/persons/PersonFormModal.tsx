import {
  BRANCH_KINDS,
  checkStageDates,
  chinaToday,
  personFieldsSchema,
  validateIdNumber,
  type Person,
} from '@jiceng/core';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { personsApi } from '../../api/persons';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';
import { DerivedIdentity } from './DerivedIdentity';
import { educationOptions, ethnicityOptions, occupationOptions, personKindOptions } from './filterOptions';
import { GroupSelect } from './GroupSelect';
import { idNumberRules } from './idNumberRules';
import {
  initialValues,
  stageDatesOf,
  toCreateInput,
  toUpdateInput,
  type PersonFormMode,
  type PersonFormValues,
} from './personFormValues';
import { StageDateFields } from './StageDateFields';

const fields = personFieldsSchema.shape;
const choose = (what: string) => [{ required: true, message: `请选择${what}` }];

/** 新建 or 编辑 a record; checks as the server does, and the server's refusals land on their fields. */
export function PersonFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: PersonFormMode;
  onClose: () => void;
  onSaved: (person: Person) => void;
}) {
  const [form] = Form.useForm<PersonFormValues>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const idNumber = Form.useWatch('idNumber', form);
  const orgId = Form.useWatch('orgId', form);
  const creating = mode.type === 'create';
  const maskedEdit = mode.type === 'edit' && !mode.unmasked;

  /** The stage-date order rules need no server; checking them here saves a round trip. */
  const stageDatesOk = (values: PersonFormValues): boolean => {
    const identity = validateIdNumber(values.idNumber ?? '');
    const violations = checkStageDates(
      stageDatesOf(values),
      chinaToday(),
      identity.valid ? identity.birthDate : null,
    );
    form.setFields(
      violations.flatMap((v) =>
        v.field ? [{ name: v.field as keyof PersonFormValues, errors: [v.message] }] : [],
      ),
    );
    return violations.length === 0;
  };

  const save = async (values: PersonFormValues) => {
    if (creating && !stageDatesOk(values)) return;
    setSaving(true);
    try {
      const person =
        mode.type === 'create'
          ? await personsApi.create(toCreateInput(values))
          : await personsApi.update(mode.person.id, toUpdateInput(mode, values));
      message.success(creating ? `已登记 ${person.name}` : '已保存');
      onSaved(person);
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={mode.type === 'create' ? '新建党员档案' : `编辑档案：${mode.person.name}`}
      okText={creating ? '登记' : '保存'}
      width={760}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      okButtonProps={testId('person-form-submit')}
      data-testid="person-form-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(mode)}
        onFinish={save}
        onValuesChange={(changed: Partial<PersonFormValues>) => {
          // A group belongs to one branch; another branch means choosing its group again.
          if ('orgId' in changed) form.setFieldValue('groupId', null);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label="姓名" rules={[zodRule(fields.name, { required: true })]}>
              <Input maxLength={50} data-testid="person-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="idNumber"
              label="身份证号"
              validateTrigger={['onChange', 'onBlur']}
              extra={maskedEdit ? `当前为 ${mode.person.idNumber}；不修改请留空` : undefined}
              rules={idNumberRules(!maskedEdit)}
            >
              <Input
                maxLength={18}
                autoComplete="off"
                spellCheck={false}
                style={{ fontFamily: 'monospace' }}
                data-testid="person-id-number-input"
              />
            </Form.Item>
          </Col>
          <DerivedIdentity
            idNumber={idNumber?.trim() || undefined}
            fallback={mode.type === 'edit' ? mode.person : undefined}
          />
          <Col xs={24} sm={12}>
            <Form.Item name="ethnicity" label="民族" rules={choose('民族')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={ethnicityOptions}
                data-testid="person-ethnicity"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label="手机号"
              extra={
                maskedEdit && mode.person.phone ? `当前为 ${mode.person.phone}；不修改请留空` : undefined
              }
              rules={[zodRule(fields.phone)]}
            >
              <Input maxLength={11} inputMode="numeric" placeholder="选填" data-testid="person-phone-input" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="education" label="学历" rules={choose('学历')}>
              <Select options={educationOptions} data-testid="person-education" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="personKind" label="人员类别" rules={choose('人员类别')}>
              <Select options={personKindOptions} data-testid="person-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="occupation" label="职业" rules={choose('职业')}>
              <Select
                options={occupationOptions}
                popupMatchSelectWidth={false}
                data-testid="person-occupation"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="orgId" label="所在党支部" rules={choose('所在党支部')}>
              <OrgPicker kinds={BRANCH_KINDS} placeholder="输入名称搜索党支部" data-testid="person-org" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="groupId" label="党小组">
              <GroupSelect branchId={orgId} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label="家庭住址" rules={[zodRule(fields.address)]}>
              <Input maxLength={200} placeholder="选填" data-testid="person-address" />
            </Form.Item>
          </Col>
          {creating && <StageDateFields />}
        </Row>
      </Form>
    </Modal>
  );
}
