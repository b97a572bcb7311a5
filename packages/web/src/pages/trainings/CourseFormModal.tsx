import {
  trainingCourseFieldsSchema,
  type TrainingAudience,
  type TrainingCourse,
  type TrainingCourseUpdate,
} from '@jiceng/core';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { trainingsApi } from '../../api/trainings';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';
import { AUDIENCE_OPTIONS } from './courseOptions';

interface Values {
  organizerOrgId?: number | null;
  title: string;
  audience: TrainingAudience;
  plannedHours: number;
  dates: [Dayjs, Dayjs];
  place?: string;
  note?: string;
}

const shape = trainingCourseFieldsSchema.shape;

/** 举办培训班 (a new course under `orgId`) or 修改培训班 (an existing one; its organizer stays). */
export function CourseFormModal({
  orgId,
  course,
  onDone,
  onClose,
}: {
  orgId?: number | null;
  course?: TrainingCourse;
  onDone: (course: TrainingCourse) => void;
  onClose: () => void;
}) {
  const saved = useRef<TrainingCourse>(undefined);
  const submit = async (v: Values) => {
    const fields: TrainingCourseUpdate = {
      title: v.title,
      audience: v.audience,
      plannedHours: v.plannedHours,
      startsOn: v.dates[0].format('YYYY-MM-DD'),
      endsOn: v.dates[1].format('YYYY-MM-DD'),
      place: blankToUndefined(v.place) ?? null,
      note: blankToUndefined(v.note) ?? null,
    };
    saved.current = course
      ? await trainingsApi.update(course.id, fields)
      : await trainingsApi.create({ ...fields, organizerOrgId: v.organizerOrgId ?? 0 });
    return saved.current;
  };
  return (
    <FormModal<Values, TrainingCourse>
      title={course ? '修改培训班' : '举办培训班'}
      initialValues={
        course
          ? {
              title: course.title,
              audience: course.audience,
              plannedHours: course.plannedHours,
              dates: [dayjs(course.startsOn), dayjs(course.endsOn)],
              place: course.place ?? undefined,
              note: course.note ?? undefined,
            }
          : { organizerOrgId: orgId ?? undefined, audience: 'development_candidates', plannedHours: 24 }
      }
      onSubmit={submit}
      success={course ? '已保存' : '已建立培训班'}
      onDone={() => saved.current && onDone(saved.current)}
      onClose={onClose}
      testId="course-form"
      okButtonProps={{ 'data-testid': 'course-save' }}
    >
      {!course && (
        <Form.Item
          name="organizerOrgId"
          label="举办组织"
          rules={[{ required: true, message: '请选择举办组织' }]}
        >
          <OrgPicker data-testid="course-organizer" />
        </Form.Item>
      )}
      <Form.Item name="title" label="培训名称" rules={[zodRule(shape.title, { required: true })]}>
        <Input placeholder="如 2026 年第一期发展对象培训班" data-testid="course-title" />
      </Form.Item>
      <Form.Item
        name="audience"
        label="培训对象"
        rules={[{ required: true, message: '请选择培训对象' }]}
        extra="发展对象培训的学时计入发展党员“集中培训”（不少于 3 天或 24 学时）"
      >
        <Select options={AUDIENCE_OPTIONS} data-testid="course-audience" />
      </Form.Item>
      <Form.Item name="dates" label="培训日期" rules={[{ required: true, message: '请选择培训日期' }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} data-testid="course-dates" />
      </Form.Item>
      <Form.Item
        name="plannedHours"
        label="计划学时"
        rules={[zodRule(shape.plannedHours, { required: true })]}
      >
        <InputNumber min={0.5} max={500} step={0.5} style={{ width: '100%' }} data-testid="course-hours" />
      </Form.Item>
      <Form.Item name="place" label="培训地点" rules={[zodRule(shape.place)]}>
        <Input data-testid="course-place" />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[zodRule(shape.note)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
