import { STAGE_LABELS, type Stage, type TrainingCourse } from '@jiceng/core';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { personsApi } from '../../api/persons';
import { trainingsApi } from '../../api/trainings';
import { FormModal } from '../../forms/FormModal';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useRequest } from '../../hooks/useRequest';

/** Who the audience admits, as the person list's stage filter (the server checks the same). */
const STAGES_OF: Partial<Record<TrainingCourse['audience'], Stage[]>> = {
  development_candidates: ['candidate'],
  members: ['probationary', 'full'],
};

/** 添加学员: people under the organizer; a candidates' course offers the development candidates only. */
export function EnrolModal({
  course,
  enrolled,
  onDone,
  onClose,
}: {
  course: TrainingCourse;
  enrolled: number[];
  onDone: () => void;
  onClose: () => void;
}) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const stage = STAGES_OF[course.audience];
  const { data, loading } = useRequest(
    () => personsApi.list({ orgId: course.organizerOrgId, stage, q: q || undefined, sort: 'org' }, 1, 200),
    [course.organizerOrgId, q],
  );
  const options = (data?.items ?? [])
    .filter((p) => !enrolled.includes(p.id))
    .map((p) => ({
      value: p.id,
      label: `${p.name}（${p.orgName}${p.stage ? ` · ${STAGE_LABELS[p.stage]}` : ''}）`,
    }));

  return (
    <FormModal<{ personIds: number[] }, { added: number }>
      title="添加学员"
      okText="添加"
      onSubmit={(v) => trainingsApi.enrol(course.id, v.personIds)}
      success={(_, r) => `已添加 ${r.added} 名学员`}
      onDone={onDone}
      onClose={onClose}
      testId="enrol-form"
      okButtonProps={{ 'data-testid': 'enrol-save' }}
    >
      <Form.Item
        name="personIds"
        label={stage?.includes('candidate') ? '发展对象' : '学员'}
        rules={[{ required: true, message: '请选择学员' }]}
        extra={`${course.organizerName}及其下级组织的人员${stage ? `（${stage.map((s) => STAGE_LABELS[s]).join('、')}）` : ''}`}
      >
        <Select<number[]>
          mode="multiple"
          showSearch
          filterOption={false}
          onSearch={setSearch}
          loading={loading}
          options={options}
          placeholder="输入姓名查找"
          notFoundContent={loading ? '查找中……' : '没有可添加的人员'}
          data-testid="enrol-persons"
        />
      </Form.Item>
    </FormModal>
  );
}
