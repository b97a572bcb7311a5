import { trainingSessionInputSchema, type TrainingCourse, type TrainingSession } from '@jiceng/core';
import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { trainingsApi } from '../../api/trainings';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';

interface Values {
  heldOn: Dayjs;
  hours: number;
  topic: string;
  teacher?: string;
}

const shape = trainingSessionInputSchema.shape;

/** 安排课程 / 修改课程: a class on a day within the course, 0.5–12 class hours. */
export function SessionFormModal({
  course,
  session,
  onDone,
  onClose,
}: {
  course: TrainingCourse;
  session?: TrainingSession;
  onDone: () => void;
  onClose: () => void;
}) {
  const submit = (v: Values) => {
    const input = {
      heldOn: v.heldOn.format('YYYY-MM-DD'),
      hours: v.hours,
      topic: v.topic,
      teacher: blankToUndefined(v.teacher) ?? null,
    };
    return session
      ? trainingsApi.updateSession(course.id, session.id, input)
      : trainingsApi.addSession(course.id, input);
  };
  return (
    <FormModal<Values>
      title={session ? '修改课程' : '安排课程'}
      initialValues={
        session
          ? {
              heldOn: dayjs(session.heldOn),
              hours: session.hours,
              topic: session.topic,
              teacher: session.teacher ?? undefined,
            }
          : { heldOn: dayjs(course.startsOn), hours: 4 }
      }
      onSubmit={submit}
      success="已保存课程"
      onDone={onDone}
      onClose={onClose}
      testId="session-form"
      okButtonProps={{ 'data-testid': 'session-save' }}
    >
      <Form.Item name="heldOn" label="授课日期" rules={[{ required: true, message: '请选择授课日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) =>
            d.isBefore(dayjs(course.startsOn), 'day') || d.isAfter(dayjs(course.endsOn), 'day')
          }
          data-testid="session-date"
        />
      </Form.Item>
      <Form.Item name="hours" label="学时" rules={[zodRule(shape.hours, { required: true })]}>
        <InputNumber min={0.5} max={12} step={0.5} style={{ width: '100%' }} data-testid="session-hours" />
      </Form.Item>
      <Form.Item name="topic" label="授课内容" rules={[zodRule(shape.topic, { required: true })]}>
        <Input data-testid="session-topic" />
      </Form.Item>
      <Form.Item name="teacher" label="授课人" rules={[zodRule(shape.teacher)]}>
        <Input data-testid="session-teacher" />
      </Form.Item>
    </FormModal>
  );
}
