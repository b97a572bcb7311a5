import { DownloadOutlined } from '@ant-design/icons';
import { TRAINING_AUDIENCE_LABELS } from '@jiceng/core';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { trainingsApi } from '../../api/trainings';
import { useRequest } from '../../hooks/useRequest';
import { AttendanceGrid } from './AttendanceGrid';
import { AUDIENCE_COLORS } from './courseOptions';
import { CourseFormModal } from './CourseFormModal';
import { RosterTable } from './RosterTable';
import { SessionsCard } from './SessionsCard';

/** One course: its sessions, its roster with hours, and the attendance of each session. */
export function CourseDetail() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => trainingsApi.get(id), [id]);
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);

  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  const { course } = data;

  const exportRoster = async () => {
    setExporting(true);
    try {
      await trainingsApi.rosterXlsx(id);
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导出失败');
    } finally {
      setExporting(false);
    }
  };

  const remove = async () => {
    try {
      await trainingsApi.remove(id);
      message.success('已删除培训班');
      navigate('/trainings');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '删除失败');
    }
  };

  return (
    <Flex vertical gap={16} data-testid="course-detail">
      <Breadcrumb items={[{ title: <Link to="/trainings">培训</Link> }, { title: course.title }]} />
      <Card
        size="small"
        title={
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong style={{ whiteSpace: 'normal' }}>
              {course.title}
            </Typography.Text>
            <Tag color={AUDIENCE_COLORS[course.audience]}>{TRAINING_AUDIENCE_LABELS[course.audience]}</Tag>
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={exportRoster}
              data-testid="roster-export"
            >
              导出名单
            </Button>
            {data.canManage && (
              <Button onClick={() => setEditing(true)} data-testid="course-edit">
                修改
              </Button>
            )}
            {data.canManage && course.sessionCount === 0 && (
              <Popconfirm title="删除这个培训班？" onConfirm={remove} okText="删除" cancelText="取消">
                <Button danger data-testid="course-delete">
                  删除
                </Button>
              </Popconfirm>
            )}
          </Flex>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'org', label: '举办组织', children: course.organizerName },
            { key: 'dates', label: '培训日期', children: `${course.startsOn} 至 ${course.endsOn}` },
            { key: 'place', label: '培训地点', children: course.place ?? '—' },
            {
              key: 'hours',
              label: '学时',
              children: `已安排 ${course.sessionHours} / 计划 ${course.plannedHours}`,
            },
            { key: 'enrolled', label: '学员', children: `${course.enrolledCount} 人` },
            ...(course.note ? [{ key: 'note', label: '备注', children: course.note }] : []),
          ]}
        />
      </Card>
      <Tabs
        items={[
          {
            key: 'roster',
            label: <span data-testid="course-tab-roster">学员与学时</span>,
            children: <RosterTable detail={data} onChange={reload} />,
          },
          {
            key: 'attendance',
            label: <span data-testid="course-tab-attendance">登记出勤</span>,
            children: <AttendanceGrid detail={data} onChange={reload} />,
          },
          {
            key: 'sessions',
            label: <span data-testid="course-tab-sessions">课程安排</span>,
            children: <SessionsCard detail={data} onChange={reload} />,
          },
        ]}
      />
      {editing && (
        <CourseFormModal
          course={course}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
