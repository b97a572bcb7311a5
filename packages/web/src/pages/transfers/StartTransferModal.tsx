import { firstDayOf, monthLabel, type Transfer } from '@jiceng/core';
import { DatePicker, Form, Input, InputNumber, Radio, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { duesApi } from '../../api/dues';
import { transfersApi } from '../../api/transfers';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';
import { useSession } from '../../session/SessionContext';
import { PersonPicker } from '../orgs/PersonPicker';
import { DestinationSelect } from './DestinationSelect';

interface Values {
  personId: number;
  toOrgId?: number;
  toOrgName?: string;
  toOrgAddress?: string;
  validityDays: number;
  duesPaidUpTo: Dayjs;
  note?: string;
}

/**
 * F13 / T3: the chosen member's "dues paid up to" month from the dues ledger, put in the form unless the
 * user already set the month; answers the month it put there (null: none, the field keeps the default).
 */
function useDuesPaidUpTo(form: FormInstance<Values>): string | null {
  const { can } = useSession();
  const personId = Form.useWatch('personId', form);
  const [prefilled, setPrefilled] = useState<{ personId: number; month: string } | null>(null);
  const mayRead = can('dues.read');
  useEffect(() => {
    if (!personId || !mayRead) return;
    let current = true;
    duesApi.paidUpTo(personId).then(
      ({ paidUpTo }) => {
        if (!current || form.isFieldTouched('duesPaidUpTo')) return;
        // No paid months: the current month, the form's default, as before.
        form.setFieldValue('duesPaidUpTo', dayjs(paidUpTo ? firstDayOf(paidUpTo) : todayInChina()));
        setPrefilled(paidUpTo ? { personId, month: paidUpTo } : null);
      },
      // Without a ledger (or the right to read it) the month is entered by hand, as before.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [form, personId, mayRead]);
  return prefilled && prefilled.personId === personId ? prefilled.month : null;
}

/** Starts a transfer: to a branch in Jiceng (the path is computed), or a letter to an org outside. */
export function StartTransferModal({
  onDone,
  onClose,
}: {
  onDone: (t: Transfer) => void;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<'internal' | 'outbound'>('internal');
  const [form] = Form.useForm<Values>();
  const fromLedger = useDuesPaidUpTo(form);
  const shownDues = Form.useWatch('duesPaidUpTo', form);
  const duesHint =
    fromLedger && shownDues?.format('YYYY-MM') === fromLedger
      ? `根据党费台账：党费交至${monthLabel(fromLedger)}`
      : undefined;
  const submit = (v: Values) => {
    const common = {
      personId: v.personId,
      validityDays: v.validityDays,
      duesPaidUpTo: v.duesPaidUpTo.format('YYYY-MM'),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    return kind === 'internal'
      ? transfersApi.start({ ...common, toOrgId: v.toOrgId! })
      : transfersApi.outbound({
          ...common,
          toOrgName: v.toOrgName!.trim(),
          ...(v.toOrgAddress?.trim() ? { toOrgAddress: v.toOrgAddress.trim() } : {}),
        });
  };
  const created = useRef<Transfer>(undefined);
  return (
    <FormModal<Values, Transfer>
      title="发起组织关系转接"
      form={form}
      okText="发起"
      okButtonProps={{ 'data-testid': 'start-submit' }}
      testId="start-modal"
      initialValues={{ validityDays: 90, duesPaidUpTo: dayjs(todayInChina()) }}
      onSubmit={async (v) => (created.current = await submit(v))}
      success={(_, t) => (t.stops[1] ? `已提交，待“${t.stops[1].orgName}”办理` : '已提交')}
      onDone={() => onDone(created.current!)}
      onClose={onClose}
    >
      <Form.Item label="转往">
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value as 'internal' | 'outbound')}
          options={[
            { value: 'internal', label: '本系统内的党支部' },
            { value: 'outbound', label: '系统外的党组织（打印介绍信）' },
          ]}
          data-testid="start-kind"
        />
      </Form.Item>
      <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
        <PersonPicker placeholder="输入姓名查找党员" data-testid="start-person" />
      </Form.Item>
      {kind === 'internal' ? (
        <Form.Item
          name="toOrgId"
          label="接收党支部"
          rules={[{ required: true, message: '请选择接收党支部' }]}
        >
          <DestinationSelect />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="toOrgName"
            label="接收党组织名称"
            rules={[{ required: true, whitespace: true, message: '请填写接收党组织名称' }]}
          >
            <Input maxLength={100} data-testid="start-to-name" />
          </Form.Item>
          <Form.Item name="toOrgAddress" label="接收党组织地址">
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="validityDays"
        label="介绍信有效期（天）"
        extra="一般同城 10 天、异地 30 天，最长 180 天"
        rules={[{ required: true, message: '请填写有效期' }]}
      >
        <InputNumber min={1} max={180} style={{ width: '100%' }} data-testid="start-validity" />
      </Form.Item>
      <Form.Item
        name="duesPaidUpTo"
        label="党费交至"
        extra={duesHint && <span data-testid="start-dues-hint">{duesHint}</span>}
        rules={[{ required: true, message: '请选择月份' }]}
      >
        <DatePicker picker="month" style={{ width: '100%' }} data-testid="start-dues" />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
