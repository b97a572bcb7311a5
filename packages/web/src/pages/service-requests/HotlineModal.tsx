import {
  hotlineServiceRequestInputSchema,
  SERVICE_REQUEST_KIND_LABELS,
  SERVICE_REQUEST_KINDS,
  type HotlineServiceRequestInput,
  type ServiceRequestItem,
} from '@jiceng/core';
import { Form, Input, Radio, Select } from 'antd';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';

const shape = hotlineServiceRequestInputSchema.shape;

/** 热线登记: a request taken on the phone or at the desk, typed in by staff. */
export function HotlineModal({
  orgId,
  onDone,
  onClose,
}: {
  orgId: number;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<HotlineServiceRequestInput, ServiceRequestItem>
      title="登记热线诉求"
      initialValues={{ orgId, channel: 'hotline', kind: 'help' }}
      onSubmit={(v) => serviceRequestsApi.hotline({ ...v, address: v.address || null })}
      success={(_v, r) => `已登记，查询码 ${r.trackingCode}`}
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('hotline-save')}
      testId="hotline-form"
    >
      <Form.Item name="channel" label="受理渠道">
        <Radio.Group
          options={[
            { value: 'hotline', label: '服务热线' },
            { value: 'walk_in', label: '现场登记' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="orgId"
        label="所在村（社区）"
        rules={[{ required: true, message: '请选择所在村（社区）' }]}
      >
        <OrgPicker data-testid="hotline-org" />
      </Form.Item>
      <Form.Item name="kind" label="诉求类别" rules={[{ required: true, message: '请选择诉求类别' }]}>
        <Select
          data-testid="hotline-kind"
          options={SERVICE_REQUEST_KINDS.map((k) => ({ value: k, label: SERVICE_REQUEST_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item name="text" label="诉求内容" rules={[zodRule(shape.text, { required: true })]}>
        <Input.TextArea rows={3} showCount maxLength={500} data-testid="hotline-text" />
      </Form.Item>
      <Form.Item name="contactName" label="联系人" rules={[zodRule(shape.contactName, { required: true })]}>
        <Input data-testid="hotline-name" />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label="联系电话"
        rules={[zodRule(shape.contactPhone, { required: true })]}
      >
        <Input inputMode="tel" maxLength={11} data-testid="hotline-phone" />
      </Form.Item>
      <Form.Item name="address" label="地址" rules={[zodRule(shape.address)]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
