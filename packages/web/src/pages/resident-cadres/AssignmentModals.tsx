import { cadreAssignmentEndSchema, cadreAssignmentFields, type CadreAssignment } from '@jiceng/core';
import { DatePicker, Form, Input, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { residentCadresApi } from '../../api/residentCadres';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';

interface EditValues {
  workUnit: string;
  post?: string;
  phone?: string;
  firstSecretary: boolean;
  to?: Dayjs | null;
  note?: string;
}

/** 修改选派: the period's end, the first-secretary flag, the unit, post, phone (outside cadres) and note. */
export function AssignmentEditModal({
  assignment: a,
  onDone,
  onClose,
}: {
  assignment: CadreAssignment;
  onDone: () => void;
  onClose: () => void;
}) {
  const outside = a.personId === null;
  return (
    <FormModal<EditValues>
      title={`修改选派：${a.cadreName}`}
      initialValues={{
        workUnit: a.workUnit,
        post: a.post ?? '',
        firstSecretary: a.firstSecretary,
        to: a.to ? dayjs(a.to) : null,
        note: a.note ?? '',
      }}
      onSubmit={(v) =>
        residentCadresApi.update(a.id, {
          workUnit: v.workUnit,
          post: v.post?.trim() || null,
          ...(outside && v.phone?.trim() ? { phone: v.phone.trim() } : {}),
          firstSecretary: v.firstSecretary,
          to: v.to ? v.to.format('YYYY-MM-DD') : null,
          note: v.note?.trim() || null,
        })
      }
      success="已保存"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('cadre-edit-save')}
    >
      <Form.Item
        name="workUnit"
        label="派出单位"
        rules={[zodRule(cadreAssignmentFields.workUnit, { required: true })]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="post" label="职务" rules={[zodRule(cadreAssignmentFields.post)]}>
        <Input />
      </Form.Item>
      {outside && (
        <Form.Item name="phone" label="新手机号（不改则留空）" rules={[zodRule(cadreAssignmentFields.phone)]}>
          <Input inputMode="tel" />
        </Form.Item>
      )}
      {a.mode === 'stationed' && (
        <Form.Item name="firstSecretary" label="第一书记" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      <Form.Item name="to" label="派驻截止日期">
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(a.from), 'day')} />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(cadreAssignmentFields.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** 结束选派: on a date within the period, with the reason; the record stays. */
export function AssignmentEndModal({
  assignment: a,
  onDone,
  onClose,
}: {
  assignment: CadreAssignment;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<{ endedOn: Dayjs; reason: string }>
      title={`结束选派：${a.cadreName}`}
      okText="结束"
      initialValues={{ endedOn: dayjs() }}
      onSubmit={(v) =>
        residentCadresApi.end(a.id, { endedOn: v.endedOn.format('YYYY-MM-DD'), reason: v.reason })
      }
      success="已结束选派，记录保留"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('cadre-end-save')}
    >
      <Form.Item name="endedOn" label="结束日期" rules={[{ required: true, message: '请选择结束日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(a.from), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="结束原因"
        rules={[zodRule(cadreAssignmentEndSchema.shape.reason, { required: true })]}
      >
        <Input.TextArea rows={2} placeholder="如 任期届满轮换、工作调动" />
      </Form.Item>
    </FormModal>
  );
}
