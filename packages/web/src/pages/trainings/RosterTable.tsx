import { STAGE_LABELS, type TrainingCourseDetail, type TrainingRosterEntry } from '@jiceng/core';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { trainingsApi } from '../../api/trainings';
import { AdmissionTrainingTag } from './AdmissionTrainingTag';
import { EnrolModal } from './EnrolModal';

/** 学员与学时: the roster with days and class hours present; for candidates, all their training against D9. */
export function RosterTable({ detail, onChange }: { detail: TrainingCourseDetail; onChange: () => void }) {
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const { course, roster, canManage } = detail;
  const candidates = roster.some((r) => r.admission);

  const remove = async (entry: TrainingRosterEntry) => {
    try {
      await trainingsApi.unenrol(course.id, entry.personId);
      message.success(`已将${entry.name}移出名单`);
      onChange();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '移出失败');
    }
  };

  const columns: TableColumnsType<TrainingRosterEntry> = [
    {
      title: '姓名',
      dataIndex: 'name',
      render: (name: string, r) => (
        <Link to={`/persons/${r.personId}`} style={{ whiteSpace: 'nowrap' }}>
          {name}
        </Link>
      ),
    },
    { title: '所在党组织', dataIndex: 'orgName', responsive: ['md'] },
    {
      title: '阶段',
      dataIndex: 'stage',
      responsive: ['lg'],
      render: (s: TrainingRosterEntry['stage']) => (s ? STAGE_LABELS[s] : '—'),
    },
    { title: '天数', dataIndex: 'days', width: 70, responsive: ['sm'], sorter: (a, b) => a.days - b.days },
    { title: '学时', dataIndex: 'hours', width: 70, sorter: (a, b) => a.hours - b.hours },
    ...(candidates
      ? [
          {
            title: '集中培训（D9）',
            key: 'admission',
            render: (_: unknown, r: TrainingRosterEntry) =>
              r.admission ? <AdmissionTrainingTag status={r.admission} /> : null,
          },
        ]
      : []),
    // Only trainees without attendance may leave the roster; no column when nobody may.
    ...(canManage && roster.some((r) => Object.keys(r.marks).length === 0)
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_: unknown, r: TrainingRosterEntry) =>
              Object.keys(r.marks).length === 0 ? (
                <Popconfirm
                  title={`将${r.name}移出名单？`}
                  onConfirm={() => remove(r)}
                  okText="移出"
                  cancelText="取消"
                >
                  <Button size="small" type="link" danger>
                    移出
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      {canManage && (
        <div>
          <Button type="primary" onClick={() => setAdding(true)} data-testid="enrol-add">
            添加学员
          </Button>
        </div>
      )}
      <Table<TrainingRosterEntry>
        rowKey="personId"
        size="small"
        columns={columns}
        dataSource={roster}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '尚无学员' }}
        data-testid="roster-table"
      />
      {adding && (
        <EnrolModal
          course={course}
          enrolled={roster.map((r) => r.personId)}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChange();
          }}
        />
      )}
    </Flex>
  );
}
