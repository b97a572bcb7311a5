import {
  CHANGES_NEEDING_APPROVAL,
  STANDING_CHANGE_LABELS,
  STANDING_CHANGES,
  type Standing,
  type StandingChange,
  type StandingView,
} from '@jiceng/core';
import { Alert, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { standingApi } from '../../api/standing';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';
import { useRefusal } from './useRefusal';

interface ModalProps {
  personId: number;
  onDone: () => void;
  onClose: () => void;
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);
const notAfterToday = (current: Dayjs) => current.isAfter(dayjs(todayInChina()), 'day');

function RefusalAlert({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <Alert type="error" showIcon style={{ marginBottom: 12 }} title={text} data-testid="standing-error" />
  );
}

function DateField({ name, label, testId }: { name: string; label: string; testId: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请选择${label}` }]}>
      <DatePicker
        style={{ width: '100%' }}
        disabledDate={notAfterToday}
        // Enter confirms the typed day; without this it would also submit a form whose only text box
        // is this one (登记失联), before the rest was filled in.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        data-testid={testId}
      />
    </Form.Item>
  );
}

function NoteField({ testId, label = '备注' }: { testId: string; label?: string }): ReactNode {
  return (
    <Form.Item name="note" label={label}>
      <Input.TextArea rows={2} maxLength={500} data-testid={testId} />
    </Form.Item>
  );
}

/**
 * The changes offered for the current standing. A cancelled probation is a development step (D19) and is
 * recorded on that tab; suspension needs normal standing and restoration a suspension (T10, T12).
 */
export function changesFor(standing: Standing): StandingChange[] {
  return STANDING_CHANGES.filter((c) => {
    if (c === 'probation_cancelled') return false;
    if (c === 'restored') return standing === 'suspended';
    if (c === 'suspended_standing') return standing === 'active';
    return true;
  });
}

interface ChangeValues {
  change: StandingChange;
  date: Dayjs;
  decisionRef?: string;
  approvingOrgName?: string;
  note?: string;
}

export function StandingChangeModal({
  personId,
  standing,
  onDone,
  onClose,
}: ModalProps & { standing: Standing }) {
  const [form] = Form.useForm<ChangeValues>();
  const change = Form.useWatch('change', form);
  const { refusal, guard } = useRefusal();
  return (
    <FormModal<ChangeValues, StandingView>
      title="记录党籍异动"
      okText="记录"
      form={form}
      okButtonProps={{ 'data-testid': 'standing-change-submit' }}
      testId="standing-change-modal"
      initialValues={{ date: dayjs(todayInChina()) }}
      intro={<RefusalAlert text={refusal} />}
      onSubmit={(values) =>
        guard(() =>
          standingApi.change(personId, {
            change: values.change,
            date: day(values.date),
            decisionRef: optional(values.decisionRef),
            approvingOrgName: CHANGES_NEEDING_APPROVAL.includes(values.change)
              ? optional(values.approvingOrgName)
              : undefined,
            note: optional(values.note),
          }),
        )
      }
      success={(values) => `已记录“${STANDING_CHANGE_LABELS[values.change]}”`}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="change" label="异动类别" rules={[{ required: true, message: '请选择异动类别' }]}>
        <Select
          options={changesFor(standing).map((c) => ({ value: c, label: STANDING_CHANGE_LABELS[c] }))}
          data-testid="standing-change-kind"
        />
      </Form.Item>
      <DateField name="date" label="异动日期" testId="standing-change-date" />
      {change !== 'deceased' && (
        <Form.Item
          name="decisionRef"
          label="决定文号"
          rules={[{ required: true, message: '请填写决定文号' }]}
        >
          <Input maxLength={100} data-testid="standing-change-ref" />
        </Form.Item>
      )}
      {change && CHANGES_NEEDING_APPROVAL.includes(change) && (
        <Form.Item
          name="approvingOrgName"
          label="审批组织"
          extra="须经上级党组织批准"
          rules={[{ required: true, message: '请填写审批组织' }]}
        >
          <Input maxLength={100} data-testid="standing-change-approver" />
        </Form.Item>
      )}
      <NoteField testId="standing-change-note" />
    </FormModal>
  );
}

interface LostValues {
  since: Dayjs;
  note?: string;
}

/** T10: the six months before a suspension count from the day contact was lost. */
export function LostContactModal({ personId, onDone, onClose }: ModalProps) {
  const { refusal, guard } = useRefusal();
  return (
    <FormModal<LostValues, StandingView>
      title="登记失联"
      okText="登记"
      okButtonProps={{ 'data-testid': 'lost-contact-submit' }}
      testId="lost-contact-modal"
      intro={
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="失联满 6 个月且经寻找仍无法取得联系的，可停止党籍（transfers.md T10）"
          />
          <RefusalAlert text={refusal} />
        </>
      }
      onSubmit={(values) =>
        guard(() => standingApi.markLost(personId, { since: day(values.since), note: optional(values.note) }))
      }
      success="已登记为失联党员"
      onDone={onDone}
      onClose={onClose}
    >
      <DateField name="since" label="失联时间" testId="lost-contact-since" />
      <NoteField testId="lost-contact-note" label="失联情况" />
    </FormModal>
  );
}

interface SearchValues {
  date: Dayjs;
  method: string;
  result: string;
}

export function ContactSearchModal({ personId, onDone, onClose }: ModalProps) {
  const { refusal, guard } = useRefusal();
  return (
    <FormModal<SearchValues, StandingView>
      title="记录寻找情况"
      okText="记录"
      okButtonProps={{ 'data-testid': 'contact-search-submit' }}
      testId="contact-search-modal"
      initialValues={{ date: dayjs(todayInChina()) }}
      intro={<RefusalAlert text={refusal} />}
      onSubmit={(values) =>
        guard(() =>
          standingApi.search(personId, {
            date: day(values.date),
            method: values.method.trim(),
            result: values.result.trim(),
          }),
        )
      }
      success="已记录寻找情况"
      onDone={onDone}
      onClose={onClose}
    >
      <DateField name="date" label="寻找日期" testId="contact-search-date" />
      <Form.Item
        name="method"
        label="寻找方式"
        rules={[{ required: true, whitespace: true, message: '请填写寻找方式' }]}
      >
        <Input
          maxLength={100}
          placeholder="如：电话、走访原住址、联系亲属"
          data-testid="contact-search-method"
        />
      </Form.Item>
      <Form.Item
        name="result"
        label="寻找结果"
        rules={[{ required: true, whitespace: true, message: '请填写寻找结果' }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="contact-search-result" />
      </Form.Item>
    </FormModal>
  );
}

interface RegainedValues {
  date: Dayjs;
  note?: string;
}

export function ContactRegainedModal({ personId, onDone, onClose }: ModalProps) {
  const { refusal, guard } = useRefusal();
  return (
    <FormModal<RegainedValues, StandingView>
      title="恢复联系"
      okText="确认"
      okButtonProps={{ 'data-testid': 'contact-regained-submit' }}
      testId="contact-regained-modal"
      initialValues={{ date: dayjs(todayInChina()) }}
      intro={<RefusalAlert text={refusal} />}
      onSubmit={(values) =>
        guard(() => standingApi.regained(personId, { date: day(values.date), note: optional(values.note) }))
      }
      success="已登记恢复联系"
      onDone={onDone}
      onClose={onClose}
    >
      <DateField name="date" label="恢复联系日期" testId="contact-regained-date" />
      <NoteField testId="contact-regained-note" />
    </FormModal>
  );
}
