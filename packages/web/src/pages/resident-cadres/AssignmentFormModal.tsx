import {
  cadreAssignmentFields,
  cadreAssignmentInputSchema,
  CADRE_MODE_LABELS,
  CADRE_MODE_TAGS,
  CADRE_MODES,
  type CadreMode,
} from '@jiceng/core';
import { DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { residentCadresApi } from '../../api/residentCadres';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';
import { PersonPicker } from '../orgs/PersonPicker';

interface Values {
  source: 'archive' | 'outside';
  personId?: number | null;
  name?: string;
  phone?: string;
  workUnit: string;
  post?: string;
  villageOrgId: number;
  mode: CadreMode;
  firstSecretary: boolean;
  dispatchedByOrgId: number;
  from: Dayjs;
  to?: Dayjs | null;
  note?: string;
}

/** 选派干部: a member from the archives or an outside cadre, to a village in a mode for a period. */
export function AssignmentFormModal({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form) ?? 'outside';
  const mode = Form.useWatch('mode', form);
  const submit = async (v: Values) => {
    const input = {
      personId: v.source === 'archive' ? (v.personId ?? null) : null,
      name: v.source === 'outside' ? v.name?.trim() || null : null,
      phone: v.source === 'outside' ? v.phone?.trim() || null : null,
      workUnit: v.workUnit,
      post: v.post?.trim() || null,
      villageOrgId: v.villageOrgId,
      mode: v.mode,
      firstSecretary: v.firstSecretary,
      dispatchedByOrgId: v.dispatchedByOrgId,
      from: v.from.format('YYYY-MM-DD'),
      to: v.to ? v.to.format('YYYY-MM-DD') : null,
      note: v.note?.trim() || null,
    };
    // The same checks as the server (a name without a record, the period, a first secretary is stationed).
    const checked = cadreAssignmentInputSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      form.setFields([{ name: issue.path.join('.') as keyof Values, errors: [issue.message] }]);
      throw new Error(issue.message);
    }
    return residentCadresApi.create(input);
  };
  return (
    <FormModal<Values>
      title="选派驻村干部"
      form={form}
      initialValues={{ source: 'outside', mode: 'stationed', firstSecretary: false, from: dayjs() }}
      onSubmit={submit}
      success="已登记选派"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('cadre-save')}
      testId="cadre-form"
    >
      <Form.Item name="source" label="干部来源">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'outside', label: '县直部门等档案外干部' },
            { value: 'archive', label: '党员档案中选择' },
          ]}
        />
      </Form.Item>
      {source === 'archive' ? (
        <Form.Item name="personId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
          <PersonPicker placeholder="输入姓名查找党员" data-testid="cadre-person" />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="name"
            label="干部姓名"
            rules={[zodRule(cadreAssignmentFields.name, { required: true })]}
          >
            <Input data-testid="cadre-name" />
          </Form.Item>
          <Form.Item name="phone" label="手机号" rules={[zodRule(cadreAssignmentFields.phone)]}>
            <Input inputMode="tel" data-testid="cadre-phone" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="workUnit"
        label="派出单位"
        rules={[zodRule(cadreAssignmentFields.workUnit, { required: true })]}
      >
        <Input placeholder="如 县农业农村局" data-testid="cadre-work-unit" />
      </Form.Item>
      <Form.Item name="post" label="职务" rules={[zodRule(cadreAssignmentFields.post)]}>
        <Input placeholder="如 副科长" />
      </Form.Item>
      <Form.Item name="villageOrgId" label="派驻村" rules={[{ required: true, message: '请选择派驻村' }]}>
        <OrgPicker
          kinds={['committee', 'general_branch', 'branch', 'joint_branch']}
          placeholder="输入村党组织名称"
          data-testid="cadre-village"
        />
      </Form.Item>
      <Form.Item name="mode" label="工作方式" rules={[{ required: true }]}>
        <Select
          data-testid="cadre-mode"
          options={CADRE_MODES.map((m) => ({
            value: m,
            label: `${CADRE_MODE_TAGS[m]}：${CADRE_MODE_LABELS[m]}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="firstSecretary"
        label="第一书记"
        valuePropName="checked"
        extra={mode === 'stationed' ? '每村同一时间只能有一名第一书记' : '第一书记须为驻村工作方式'}
      >
        <Switch disabled={mode !== 'stationed'} data-testid="cadre-first-secretary-switch" />
      </Form.Item>
      <Form.Item
        name="dispatchedByOrgId"
        label="选派单位"
        rules={[{ required: true, message: '请选择选派单位' }]}
      >
        <OrgPicker placeholder="如 县委组织部所在的县委，或乡镇党委" data-testid="cadre-dispatcher" />
      </Form.Item>
      <Form.Item name="from" label="派驻开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="to" label="派驻截止日期（可不填）">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(cadreAssignmentFields.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
