import { pairingInputSchema, type Household } from '@jiceng/core';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pairingApi } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { PersonPicker } from '../orgs/PersonPicker';

interface Values {
  helperPersonId: number;
  startedOn: Dayjs;
  note?: string;
}

/** 结对: a member (or a cadre, found the same way) becomes a helper of the household from a date. */
export function PairFormModal({
  household,
  onDone,
  onClose,
}: {
  household: Household;
  onDone: () => void;
  onClose: () => void;
}) {
  const consentedOn = household.consent?.consentedOn;
  return (
    <FormModal<Values>
      title={`结对：${household.headName}（${household.orgName}）`}
      intro={consentedOn ? `本人于 ${consentedOn} 同意接受帮扶，结对开始日期不能早于该日。` : undefined}
      initialValues={{ startedOn: dayjs() }}
      onSubmit={(v) =>
        pairingApi.pair({
          householdId: household.id,
          helperPersonId: v.helperPersonId,
          startedOn: v.startedOn.format('YYYY-MM-DD'),
          note: blankToUndefined(v.note) ?? null,
        })
      }
      success="已结对"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'pair-save' }}
      testId="pair-form"
    >
      <Form.Item name="helperPersonId" label="帮扶人" rules={[{ required: true, message: '请选择帮扶人' }]}>
        <PersonPicker placeholder="输入姓名查找党员或干部" data-testid="pair-helper" />
      </Form.Item>
      <Form.Item
        name="startedOn"
        label="结对开始日期"
        rules={[{ required: true, message: '请选择结对开始日期' }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) =>
            d.isAfter(dayjs(), 'day') || (consentedOn ? d.isBefore(dayjs(consentedOn), 'day') : false)
          }
        />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(pairingInputSchema.shape.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
