import {
  CONSENT_WAY_LABELS,
  CONSENT_WAYS,
  consentInputSchema,
  type ConsentWay,
  type Household,
} from '@jiceng/core';
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pairingApi } from '../../api/pairing';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { useSession } from '../../session/SessionContext';

interface Values {
  consentedOn: Dayjs;
  way: ConsentWay;
  recordedByName: string;
  note?: string;
}

/** 登记本人同意: a household is paired only once it agreed to be helped. */
export function ConsentModal({
  household,
  onDone,
  onClose,
}: {
  household: Household;
  onDone: () => void;
  onClose: () => void;
}) {
  const { me } = useSession();
  return (
    <FormModal<Values>
      title={`登记本人同意：${household.headName}`}
      intro="帮扶对象本人（或监护人）同意接受帮扶后方可结对；书面同意请留存签字材料。"
      initialValues={
        household.consent
          ? {
              consentedOn: dayjs(household.consent.consentedOn),
              way: household.consent.way,
              recordedByName: household.consent.recordedByName,
              note: household.consent.note ?? undefined,
            }
          : { consentedOn: dayjs(), way: 'written', recordedByName: me?.displayName ?? '' }
      }
      onSubmit={(v) =>
        pairingApi.recordConsent(household.id, {
          consentedOn: v.consentedOn.format('YYYY-MM-DD'),
          way: v.way,
          recordedByName: v.recordedByName,
          note: blankToUndefined(v.note) ?? null,
        })
      }
      success="已登记同意"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'consent-save' }}
      testId="consent-form"
    >
      <Form.Item name="consentedOn" label="同意日期" rules={[{ required: true, message: '请选择同意日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="way" label="同意方式" rules={[{ required: true }]}>
        <Radio.Group
          options={CONSENT_WAYS.map((w) => ({ value: w, label: CONSENT_WAY_LABELS[w] }))}
          data-testid="consent-way"
        />
      </Form.Item>
      <Form.Item
        name="recordedByName"
        label="记录人"
        rules={[zodRule(consentInputSchema.shape.recordedByName, { required: true })]}
      >
        <Input data-testid="consent-recorder" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(consentInputSchema.shape.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
