import { orgUpdateSchema, TERM_YEARS_MAX, TERM_YEARS_MIN, type Org } from '@jiceng/core';
import { DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { orgsApi } from '../../api/orgs';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';

interface Values {
  termStartedOn: Dayjs | null;
  termYears: number;
}

export function TermFormModal({
  org,
  onClose,
  onSaved,
}: {
  org: Org;
  onClose: () => void;
  onSaved: () => void;
}) {
  return (
    <FormModal<Values>
      title={`修改任期：${org.name}`}
      initialValues={{
        termStartedOn: org.termStartedOn ? dayjs(org.termStartedOn) : null,
        termYears: org.termYears,
      }}
      onSubmit={(values) =>
        orgsApi.update(org.id, {
          termStartedOn: values.termStartedOn ? values.termStartedOn.format('YYYY-MM-DD') : null,
          termYears: values.termYears,
        })
      }
      success="任期已更新"
      onDone={onSaved}
      onClose={onClose}
    >
      <Form.Item name="termStartedOn" label="本届任期开始日期" extra="换届选举后填写新一届的开始日期">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="termYears"
        label="任期年限"
        rules={[
          { required: true, message: '请填写任期年限' },
          zodRule(orgUpdateSchema.shape.termYears.unwrap()),
        ]}
      >
        <InputNumber min={TERM_YEARS_MIN} max={TERM_YEARS_MAX} suffix="年" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
