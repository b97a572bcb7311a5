import type { MeetingDetail } from '@jiceng/core';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { meetingsApi } from '../../api/meetings';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';

/** 标记已召开: the day it was held, which cannot be later than today (the server says so too). */
export function HoldModal({
  meeting,
  onDone,
  onClose,
}: {
  meeting: MeetingDetail;
  onDone: (m: MeetingDetail) => void;
  onClose: () => void;
}) {
  const today = todayInChina();
  const initial = meeting.heldOn ?? (meeting.plannedOn <= today ? meeting.plannedOn : today);
  const saved = useRef<MeetingDetail | null>(null);
  return (
    <FormModal<{ heldOn: Dayjs }, MeetingDetail>
      title="标记会议已召开"
      okText="确认"
      okButtonProps={{ 'data-testid': 'hold-submit' }}
      testId="hold-modal"
      initialValues={{ heldOn: dayjs(initial) }}
      onSubmit={async (v) =>
        (saved.current = await meetingsApi.hold(meeting.id, v.heldOn.format('YYYY-MM-DD')))
      }
      success="已标记为已召开"
      onDone={() => saved.current && onDone(saved.current)}
      onClose={onClose}
    >
      <Form.Item name="heldOn" label="召开日期" rules={[{ required: true, message: '请选择召开日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          data-testid="hold-date"
        />
      </Form.Item>
    </FormModal>
  );
}
