import { VENUE_KIND_LABELS, VENUE_KINDS, venueFields, type Venue, type VenueKind } from '@jiceng/core';
import { Form, Input, InputNumber, Select } from 'antd';
import { venuesApi } from '../../api/venues';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';

interface Values {
  orgId: number;
  name: string;
  kind: VenueKind;
  address: string;
  areaSqm: number;
  openingHours: string;
  contactName?: string;
  contactPhone?: string;
  note?: string;
}

/** 登记 / 修改场所. Editing leaves the contact phone as it is unless a new one is typed. */
export function VenueFormModal({
  orgId,
  venue,
  onDone,
  onClose,
}: {
  orgId: number;
  venue?: Venue;
  onDone: () => void;
  onClose: () => void;
}) {
  const submit = (v: Values) => {
    const common = {
      name: v.name,
      kind: v.kind,
      address: v.address,
      areaSqm: v.areaSqm,
      openingHours: v.openingHours,
      contactName: v.contactName?.trim() || null,
      note: v.note?.trim() || null,
    };
    const phone = v.contactPhone?.trim();
    if (venue) return venuesApi.update(venue.id, { ...common, ...(phone ? { contactPhone: phone } : {}) });
    return venuesApi.create({ ...common, orgId: v.orgId, contactPhone: phone || null });
  };
  return (
    <FormModal<Values>
      title={venue ? `修改场所：${venue.name}` : '登记活动场所'}
      initialValues={
        venue
          ? {
              orgId: venue.orgId,
              name: venue.name,
              kind: venue.kind,
              address: venue.address,
              areaSqm: venue.areaSqm,
              openingHours: venue.openingHours,
              contactName: venue.contactName ?? '',
              note: venue.note ?? '',
            }
          : { orgId, kind: 'activity_room' }
      }
      onSubmit={submit}
      success="已保存"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('venue-save')}
      testId="venue-form"
    >
      <Form.Item name="orgId" label="所属党组织" rules={[{ required: true, message: '请选择所属党组织' }]}>
        <OrgPicker disabled={Boolean(venue)} data-testid="venue-org" />
      </Form.Item>
      <Form.Item name="name" label="场所名称" rules={[zodRule(venueFields.name, { required: true })]}>
        <Input data-testid="venue-name" />
      </Form.Item>
      <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
        <Select
          options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))}
          data-testid="venue-kind"
        />
      </Form.Item>
      <Form.Item name="address" label="地址" rules={[zodRule(venueFields.address, { required: true })]}>
        <Input data-testid="venue-address" />
      </Form.Item>
      <Form.Item
        name="areaSqm"
        label="面积（平方米）"
        rules={[zodRule(venueFields.areaSqm, { required: true })]}
      >
        <InputNumber min={0.1} step={1} precision={1} style={{ width: '100%' }} data-testid="venue-area" />
      </Form.Item>
      <Form.Item
        name="openingHours"
        label="开放时间"
        rules={[zodRule(venueFields.openingHours, { required: true })]}
      >
        <Input placeholder="如 周一至周五 8:30–17:30" data-testid="venue-hours" />
      </Form.Item>
      <Form.Item name="contactName" label="联系人" rules={[zodRule(venueFields.contactName)]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={venue ? '新联系电话（不改则留空）' : '联系电话'}
        rules={[zodRule(venueFields.contactPhone)]}
      >
        <Input inputMode="tel" placeholder="手机号或带区号的固定电话" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(venueFields.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
