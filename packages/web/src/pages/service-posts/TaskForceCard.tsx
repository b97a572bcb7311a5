import { taskForceTaskInputSchema, type TaskForce, type TaskForceTask } from '@jiceng/core';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Select,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { taskForcesApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';

/** One task's progress: a number to type and a button to mark it done. */
function TaskRow({
  task,
  manage,
  onChange,
}: {
  task: TaskForceTask;
  manage: boolean;
  onChange: (tf: TaskForce) => void;
}) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number>(task.progress);
  const save = async (change: { progress?: number; done?: boolean }) => {
    try {
      onChange(await taskForcesApi.updateTask(task.id, change));
    } catch (e) {
      message.error(e instanceof Error ? e.message : '保存失败');
    }
  };
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid={`task-${task.id}`}>
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Text delete={task.done} style={{ overflowWrap: 'anywhere' }}>
            {task.title}
          </Typography.Text>
          <span>
            {task.overdue && <Tag color="red">已逾期</Tag>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {task.assigneeName ?? '未指定责任人'}
              {task.dueOn ? ` · ${task.dueOn} 前` : ''}
            </Typography.Text>
          </span>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <Progress percent={task.progress} size="small" style={{ flex: '1 1 160px', margin: 0 }} />
          {manage && !task.done && (
            <>
              <InputNumber
                size="small"
                min={0}
                max={100}
                value={progress}
                onChange={(v) => setProgress(v ?? 0)}
                suffix="%"
                style={{ width: 90 }}
                data-testid={`task-progress-${task.id}`}
              />
              <Button
                size="small"
                onClick={() => void save({ progress })}
                data-testid={`task-save-${task.id}`}
              >
                更新
              </Button>
              <Button size="small" type="link" onClick={() => void save({ done: true })}>
                完成
              </Button>
            </>
          )}
        </Flex>
      </Flex>
    </List.Item>
  );
}

interface TaskValues {
  title: string;
  dueOn?: Dayjs | null;
  assigneePersonId?: number | null;
}

/** A task force: goal, leader and members, its tasks with their progress. */
export function TaskForceCard({
  taskForce,
  manage,
  onEdit,
  onChanged,
}: {
  taskForce: TaskForce;
  manage: boolean;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const tf = taskForce;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          {tf.name}
          <Tag color={tf.state === 'active' ? 'processing' : 'default'}>
            {tf.state === 'active' ? '攻坚中' : '已完成'}
          </Tag>
        </Flex>
      }
      extra={
        manage && (
          <Button size="small" type="link" onClick={onEdit}>
            修改
          </Button>
        )
      }
      data-testid={`task-force-${tf.id}`}
    >
      <Flex vertical gap={8}>
        <Typography.Text>{tf.goal}</Typography.Text>
        <Typography.Text type="secondary">
          {tf.orgName} · 组长 {tf.leaderName} · 组员 {tf.members.map((m) => m.name).join('、')}
        </Typography.Text>
        <Progress percent={tf.progress} />
        <List
          size="small"
          dataSource={tf.tasks}
          rowKey="id"
          locale={{ emptyText: '暂无任务' }}
          renderItem={(task) => <TaskRow task={task} manage={manage} onChange={onChanged} />}
        />
        {manage && tf.state === 'active' && (
          <Button
            size="small"
            onClick={() => setAdding(true)}
            style={{ alignSelf: 'flex-start' }}
            data-testid={`task-add-${tf.id}`}
          >
            添加任务
          </Button>
        )}
      </Flex>
      {adding && (
        <FormModal<TaskValues>
          title={`添加任务：${tf.name}`}
          onSubmit={(v) =>
            taskForcesApi.addTask(tf.id, {
              title: v.title,
              dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
              assigneePersonId: v.assigneePersonId ?? null,
            })
          }
          success="已添加任务"
          onDone={() => (setAdding(false), onChanged())}
          onClose={() => setAdding(false)}
        >
          <Form.Item
            name="title"
            label="任务"
            rules={[zodRule(taskForceTaskInputSchema.shape.title, { required: true })]}
          >
            <Input data-testid="task-title" />
          </Form.Item>
          <Form.Item name="dueOn" label="完成期限">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="assigneePersonId" label="责任人">
            <Select allowClear options={tf.members.map((m) => ({ value: m.personId, label: m.name }))} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
