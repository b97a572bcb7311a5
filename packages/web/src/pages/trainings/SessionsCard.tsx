import type { TrainingCourseDetail, TrainingSession } from '@jiceng/core';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { trainingsApi } from '../../api/trainings';
import { SessionFormModal } from './SessionFormModal';

/** 课程安排: the course's sessions by date, with how many were present. */
export function SessionsCard({ detail, onChange }: { detail: TrainingCourseDetail; onChange: () => void }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<TrainingSession | 'new' | null>(null);
  const { course, sessions, canManage } = detail;

  const remove = async (session: TrainingSession) => {
    try {
      await trainingsApi.removeSession(course.id, session.id);
      message.success('已删除课程');
      onChange();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '删除失败');
    }
  };

  const columns: TableColumnsType<TrainingSession> = [
    { title: '日期', dataIndex: 'heldOn', width: 110 },
    { title: '授课内容', dataIndex: 'topic' },
    { title: '授课人', dataIndex: 'teacher', responsive: ['sm'], render: (t: string | null) => t ?? '—' },
    { title: '学时', dataIndex: 'hours', width: 60 },
    {
      title: '出席',
      key: 'present',
      width: 90,
      render: (_, s) => (s.markedCount ? `${s.presentCount} / ${s.markedCount}` : '未登记'),
    },
    ...(canManage
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_: unknown, s: TrainingSession) => (
              <Flex gap={4}>
                <Button size="small" type="link" onClick={() => setEditing(s)}>
                  修改
                </Button>
                {s.markedCount === 0 && (
                  <Popconfirm
                    title="删除这次课程？"
                    onConfirm={() => remove(s)}
                    okText="删除"
                    cancelText="取消"
                  >
                    <Button size="small" type="link" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      {canManage && (
        <div>
          <Button type="primary" onClick={() => setEditing('new')} data-testid="session-add">
            安排课程
          </Button>
        </div>
      )}
      <Table<TrainingSession>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={sessions}
        pagination={false}
        locale={{ emptyText: '尚未安排课程' }}
        scroll={{ x: 'max-content' }}
        data-testid="sessions-table"
      />
      {editing && (
        <SessionFormModal
          course={course}
          session={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChange();
          }}
        />
      )}
    </Flex>
  );
}
