import { TRAINING_AUDIENCE_LABELS, type TrainingAudience, type TrainingCourse } from '@jiceng/core';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { trainingsApi } from '../../api/trainings';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { CourseFormModal } from './CourseFormModal';
import { AUDIENCE_COLORS, AUDIENCE_OPTIONS } from './courseOptions';

const columns: TableColumnsType<TrainingCourse> = [
  {
    title: '培训班',
    dataIndex: 'title',
    render: (title: string, c) => (
      <Link to={`/trainings/${c.id}`} data-testid="course-link">
        {title}
      </Link>
    ),
  },
  {
    title: '培训对象',
    dataIndex: 'audience',
    render: (a: TrainingAudience) => <Tag color={AUDIENCE_COLORS[a]}>{TRAINING_AUDIENCE_LABELS[a]}</Tag>,
  },
  { title: '举办组织', dataIndex: 'organizerName', responsive: ['md'] },
  {
    title: '培训日期',
    key: 'dates',
    render: (_, c) => (c.startsOn === c.endsOn ? c.startsOn : `${c.startsOn} 至 ${c.endsOn}`),
    sorter: (a, b) => a.startsOn.localeCompare(b.startsOn),
  },
  {
    title: '课程 / 学时',
    key: 'sessions',
    responsive: ['sm'],
    render: (_, c) => `${c.sessionCount} 次 / ${c.sessionHours}（计划 ${c.plannedHours}）学时`,
  },
  {
    title: '学员',
    dataIndex: 'enrolledCount',
    width: 70,
    sorter: (a, b) => a.enrolledCount - b.enrolledCount,
  },
];

/** 培训班列表: the courses of an org's subtree in a year, filterable by audience. */
export function CoursesList() {
  const { can } = useSession();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [year, setYear] = useState(dayjs().year());
  const [audience, setAudience] = useState<TrainingAudience>();
  const [adding, setAdding] = useState(false);
  const { data, error, loading } = useRequest(
    () => trainingsApi.list({ orgId: orgId ?? undefined, year, audience }),
    [orgId, year, audience],
  );

  return (
    <Flex vertical gap={16} data-testid="trainings-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          培训
        </Typography.Title>
        {can('cadre.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="course-add">
            举办培训班
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <div style={{ flex: '1 1 240px', maxWidth: 420, minWidth: 0 }}>
            <OrgPicker
              value={orgId}
              onChange={setOrgId}
              placeholder="全部可见组织"
              data-testid="trainings-org"
            />
          </div>
          <DatePicker
            picker="year"
            value={dayjs(`${year}-01-01`)}
            allowClear={false}
            onChange={(d) => d && setYear(d.year())}
            aria-label="年度"
            style={{ flex: '0 1 120px' }}
          />
          <Select
            allowClear
            placeholder="全部培训对象"
            value={audience}
            onChange={setAudience}
            options={AUDIENCE_OPTIONS}
            style={{ flex: '0 1 160px' }}
            data-testid="trainings-audience"
          />
        </Flex>
      </Card>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <Table<TrainingCourse>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '本年度暂无培训班' }}
        scroll={{ x: 'max-content' }}
        data-testid="courses-table"
      />
      {adding && (
        <CourseFormModal
          orgId={orgId}
          onClose={() => setAdding(false)}
          onDone={(course) => {
            setAdding(false);
            navigate(`/trainings/${course.id}`);
          }}
        />
      )}
    </Flex>
  );
}
