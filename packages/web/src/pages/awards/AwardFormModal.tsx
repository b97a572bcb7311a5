import {
  AWARD_KIND_INFO,
  AWARD_KINDS,
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  awardInputSchema,
  awardTargetViolation,
  type AwardKind,
  type AwardLevel,
} from '@jiceng/core';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { awardsApi } from '../../api/awards';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';
import { PersonPicker } from '../orgs/PersonPicker';

interface Values {
  kind: AwardKind;
  level: AwardLevel;
  conferredBy: string;
  conferredOn: Dayjs;
  year: number;
  orgId?: number | null;
  personId?: number | null;
  docRef?: string;
  note?: string;
}

/** 登记表彰: an award to an org or a member, as its kind says. */
export function AwardFormModal({
  orgId,
  year,
  onDone,
  onClose,
}: {
  orgId: number;
  year: number;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'outstanding_member';
  const target = AWARD_KIND_INFO[kind].target;
  const submit = (v: Values) => {
    const input = {
      kind: v.kind,
      level: v.level,
      conferredBy: v.conferredBy,
      conferredOn: v.conferredOn.format('YYYY-MM-DD'),
      year: v.year,
      orgId: target === 'org' ? (v.orgId ?? null) : null,
      personId: target === 'person' ? (v.personId ?? null) : null,
      docRef: v.docRef || null,
      note: v.note || null,
    };
    const violation = awardTargetViolation(input);
    if (violation) {
      form.setFields([{ name: violation.field, errors: [violation.message] }]);
      return Promise.reject(new Error(violation.message));
    }
    return awardsApi.create(input);
  };
  return (
    <FormModal<Values>
      title="登记表彰"
      form={form}
      initialValues={{ kind: 'outstanding_member', level: 'county', year, conferredOn: dayjs(), orgId }}
      onSubmit={submit}
      success="已登记表彰"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'award-save' }}
      testId="award-form"
    >
      <Form.Item name="kind" label="表彰类别" rules={[{ required: true }]}>
        <Select
          data-testid="award-kind"
          options={AWARD_KINDS.map((k) => ({ value: k, label: AWARD_KIND_INFO[k].label }))}
        />
      </Form.Item>
      {target === 'person' ? (
        <Form.Item name="personId" label="获奖党员" rules={[{ required: true, message: '请选择获奖党员' }]}>
          <PersonPicker orgId={orgId} data-testid="award-person" />
        </Form.Item>
      ) : (
        <Form.Item name="orgId" label="获奖组织" rules={[{ required: true, message: '请选择获奖组织' }]}>
          <OrgPicker data-testid="award-org" />
        </Form.Item>
      )}
      <Form.Item name="level" label="表彰级别" rules={[{ required: true }]}>
        <Select options={AWARD_LEVELS.map((l) => ({ value: l, label: AWARD_LEVEL_LABELS[l] }))} />
      </Form.Item>
      <Form.Item
        name="conferredBy"
        label="授予机关"
        rules={[zodRule(awardInputSchema.shape.conferredBy, { required: true })]}
      >
        <Input placeholder="如 中共某某县委" data-testid="award-conferred-by" />
      </Form.Item>
      <Form.Item name="conferredOn" label="授予日期" rules={[{ required: true, message: '请选择授予日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={1949} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="docRef" label="文号" rules={[zodRule(awardInputSchema.shape.docRef)]}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(awardInputSchema.shape.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
