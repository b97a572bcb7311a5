import { Col, DatePicker, Form, Input, InputNumber, Radio, Row } from 'antd';
import { OrgPicker } from '../orgs/OrgPicker';
import { TrainingStepFields } from '../trainings/TrainingStepFields';
import { MemberSelect } from './MemberSelect';
import type { StepField } from './stepFields';

const required = { required: true, message: '请填写' };
const VOTE_FIELDS = [
  ['entitled', '应到人数'],
  ['present', '实到人数'],
  ['yes', '赞成'],
  ['no', '反对'],
  ['abstain', '弃权'],
] as const;

function CountInput({ name, label, min = 0 }: { name: string; label: string; min?: number }) {
  return (
    <Form.Item name={name} label={label} rules={[required]}>
      <InputNumber min={min} style={{ width: '100%' }} data-testid={`step-${name}`} />
    </Form.Item>
  );
}

/** The inputs one kind of step needs, besides the date and the note. */
export function StepFieldInput({
  field,
  personId,
  orgId,
  noticeWorkingDays,
}: {
  field: StepField;
  personId: number;
  orgId: number;
  noticeWorkingDays?: number | null;
}) {
  switch (field) {
    case 'sponsors':
    case 'introducers':
      return (
        <Form.Item
          name={field}
          label={field === 'sponsors' ? '培养联系人（1–2 名正式党员）' : '入党介绍人（2 名正式党员）'}
          rules={[{ required: true, message: '请选择' }]}
        >
          <MemberSelect orgId={orgId} max={2} data-testid={`step-${field}`} />
        </Form.Item>
      );
    case 'result':
      return (
        <Form.Item name="result" label="结论" rules={[{ required: true, message: '请选择' }]}>
          <Radio.Group
            options={[
              { value: 'pass', label: '合格' },
              { value: 'fail', label: '不合格' },
            ]}
            data-testid="step-result"
          />
        </Form.Item>
      );
    case 'training':
      return <TrainingStepFields personId={personId} />;
    case 'vote':
      return (
        <Row gutter={12}>
          {VOTE_FIELDS.map(([name, label]) => (
            <Col key={name} xs={12} sm={8}>
              <CountInput name={name} label={label} />
            </Col>
          ))}
        </Row>
      );
    case 'approver':
      return (
        <>
          <Form.Item name="orgId" label="审批党委" rules={[{ required: true, message: '请选择审批党委' }]}>
            <OrgPicker data-testid="step-org" />
          </Form.Item>
          <Form.Item name="approved" label="审批结果">
            <Radio.Group
              options={[
                { value: true, label: '同意' },
                { value: false, label: '不同意' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="extensionReason"
            label="超期理由"
            extra="支部大会后超过三个月审批时填写（如党委换届），最长不超过六个月"
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      );
    case 'reason':
      return (
        <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请说明理由' }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="step-reason" />
        </Form.Item>
      );
    case 'notice':
      return (
        <>
          <Form.Item
            name="noticePeriod"
            label={`公示期（不少于 ${noticeWorkingDays ?? 5} 个工作日，节假日不计）`}
            rules={[{ required: true, message: '请选择公示期' }]}
          >
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="step-notice-period" />
          </Form.Item>
          <Form.Item
            name="noticeText"
            label="公示内容"
            rules={[{ required: true, whitespace: true, message: '请填写公示内容' }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="step-notice-text" />
          </Form.Item>
        </>
      );
    case 'extension':
      return (
        <>
          <CountInput name="months" label="延长月数" min={1} />
          <Form.Item name="extensionReason" label="延长理由">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      );
  }
}
