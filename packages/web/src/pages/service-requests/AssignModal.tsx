import { serviceAssignInputSchema, type ServiceAssigneeKind, type ServiceRequestDetail } from '@jiceng/core';
import { Form, Input, Radio } from 'antd';
import { useRef } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { PersonPicker } from '../orgs/PersonPicker';

interface Values {
  assigneeKind: ServiceAssigneeKind;
  personId?: number | null;
  note?: string;
}

/** 派单: to a member of the request's org (or below), or to the org's service desk. */
export function AssignModal({
  request,
  onDone,
  onClose,
}: {
  request: ServiceRequestDetail;
  onDone: (detail: ServiceRequestDetail) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('assigneeKind', form) ?? 'member';
  const saved = useRef<ServiceRequestDetail | null>(null);
  return (
    <FormModal<Values, ServiceRequestDetail>
      title={request.assigneeKind ? '改派' : '派单'}
      okText="派单"
      form={form}
      initialValues={{ assigneeKind: 'member' }}
      onSubmit={async (v) => {
        saved.current = await serviceRequestsApi.assign(request.id, {
          assigneeKind: v.assigneeKind,
          personId: v.assigneeKind === 'member' ? (v.personId ?? null) : null,
          note: v.note || null,
        });
        return saved.current;
      }}
      success="已派单"
      onDone={() => saved.current && onDone(saved.current)}
      onClose={onClose}
      okButtonProps={testId('assign-save')}
      testId="assign-form"
    >
      <Form.Item name="assigneeKind" label="承办方">
        <Radio.Group
          data-testid="assign-kind"
          options={[
            { value: 'member', label: '党员' },
            { value: 'service_desk', label: '党员服务社' },
          ]}
        />
      </Form.Item>
      {kind === 'member' && (
        <Form.Item name="personId" label="承办党员" rules={[{ required: true, message: '请选择承办党员' }]}>
          <PersonPicker orgId={request.orgId} data-testid="assign-person" />
        </Form.Item>
      )}
      <Form.Item name="note" label="派单说明" rules={[zodRule(serviceAssignInputSchema.shape.note)]}>
        <Input.TextArea rows={2} data-testid="assign-note" />
      </Form.Item>
    </FormModal>
  );
}
