import { householdInputSchema, type Household, type HouseholdInput } from '@jiceng/core';
import { Form, Input, InputNumber, Select } from 'antd';
import { pairingApi } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';
import { situationOptions } from './labels';

type Values = Omit<HouseholdInput, 'idNumber' | 'phone' | 'note'> & {
  idNumber?: string;
  phone?: string;
  note?: string;
};

const shape = householdInputSchema.shape;

/** 登记 / 修改帮扶对象. Editing leaves ID number and phone blank: typing one replaces the stored value. */
export function HouseholdFormModal({
  orgId,
  household,
  onDone,
  onClose,
}: {
  orgId: number;
  household?: Household;
  onDone: () => void;
  onClose: () => void;
}) {
  const submit = (v: Values) => {
    const idNumber = blankToUndefined(v.idNumber);
    const phone = blankToUndefined(v.phone);
    const base = {
      orgId: v.orgId,
      headName: v.headName,
      address: v.address,
      peopleCount: v.peopleCount,
      situations: v.situations,
      note: blankToUndefined(v.note) ?? null,
    };
    if (household) {
      return pairingApi.updateHousehold(household.id, {
        ...base,
        ...(idNumber ? { idNumber } : {}),
        ...(phone ? { phone } : {}),
      });
    }
    return pairingApi.createHousehold({ ...base, idNumber: idNumber ?? null, phone: phone ?? null });
  };
  return (
    <FormModal<Values>
      title={household ? `修改帮扶对象：${household.headName}` : '登记帮扶对象'}
      initialValues={
        household
          ? {
              orgId: household.orgId,
              headName: household.headName,
              address: household.address,
              peopleCount: household.peopleCount,
              situations: household.situations,
              note: household.note ?? undefined,
            }
          : { orgId, peopleCount: 1, situations: [] }
      }
      onSubmit={submit}
      success={household ? '已保存' : '已登记，请登记本人同意后再结对'}
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'household-save' }}
      testId="household-form"
    >
      <Form.Item
        name="orgId"
        label="所在村（社区）党组织"
        rules={[{ required: true, message: '请选择所在村（社区）' }]}
      >
        <OrgPicker data-testid="household-org" />
      </Form.Item>
      <Form.Item name="headName" label="户主姓名" rules={[zodRule(shape.headName, { required: true })]}>
        <Input data-testid="household-head" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label="户主身份证号（可不填）"
        extra={household?.idNumber ? `已登记 ${household.idNumber}，填写即替换` : undefined}
        rules={[zodRule(shape.idNumber)]}
      >
        <Input autoComplete="off" data-testid="household-id-number" />
      </Form.Item>
      <Form.Item
        name="phone"
        label="联系电话（可不填）"
        extra={household?.phone ? `已登记 ${household.phone}，填写即替换` : undefined}
        rules={[zodRule(shape.phone)]}
      >
        <Input inputMode="tel" autoComplete="off" data-testid="household-phone" />
      </Form.Item>
      <Form.Item name="address" label="家庭住址" rules={[zodRule(shape.address, { required: true })]}>
        <Input data-testid="household-address" />
      </Form.Item>
      <Form.Item name="peopleCount" label="家庭人口" rules={[{ required: true, message: '请填写家庭人口' }]}>
        <InputNumber
          min={1}
          max={30}
          precision={0}
          style={{ width: '100%' }}
          data-testid="household-people"
        />
      </Form.Item>
      <Form.Item name="situations" label="困难类型" rules={[zodRule(shape.situations, { required: true })]}>
        <Select mode="multiple" options={situationOptions} data-testid="household-situations" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(shape.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
