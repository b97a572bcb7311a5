import { taskForceInputSchema, type TaskForce } from '@jiceng/core';
import { Form, Input } from 'antd';
import { taskForcesApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { PersonPicker } from '../orgs/PersonPicker';
import { MemberMultiPicker } from './MemberMultiPicker';

interface Values {
  name: string;
  goal: string;
  leaderPersonId: number;
  memberIds: number[];
}

/** 成立攻坚组 / 修改攻坚组: name, goal, leader and members (the leader is counted among them). */
export function TaskForceFormModal({
  orgId,
  taskForce,
  onDone,
  onClose,
}: {
  orgId: number;
  taskForce?: TaskForce;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<Values>
      title={taskForce ? `修改攻坚组：${taskForce.name}` : '成立党员攻坚组'}
      initialValues={
        taskForce
          ? {
              name: taskForce.name,
              goal: taskForce.goal,
              leaderPersonId: taskForce.leaderPersonId,
              memberIds: taskForce.members.map((m) => m.personId),
            }
          : { memberIds: [] }
      }
      onSubmit={(v) =>
        taskForce ? taskForcesApi.update(taskForce.id, v) : taskForcesApi.create({ orgId, ...v })
      }
      success="已保存"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'task-force-save' }}
      testId="task-force-form"
    >
      <Form.Item
        name="name"
        label="攻坚组名称"
        rules={[zodRule(taskForceInputSchema.shape.name, { required: true })]}
      >
        <Input placeholder="如 人居环境整治攻坚组" data-testid="task-force-name" />
      </Form.Item>
      <Form.Item
        name="goal"
        label="攻坚目标"
        rules={[zodRule(taskForceInputSchema.shape.goal, { required: true })]}
      >
        <Input.TextArea rows={2} data-testid="task-force-goal" />
      </Form.Item>
      <Form.Item name="leaderPersonId" label="组长" rules={[{ required: true, message: '请选择组长' }]}>
        <PersonPicker orgId={taskForce?.orgId ?? orgId} data-testid="task-force-leader" />
      </Form.Item>
      <Form.Item name="memberIds" label="组员" rules={[{ required: true, message: '请选择组员' }]}>
        <MemberMultiPicker
          orgId={taskForce?.orgId ?? orgId}
          known={taskForce?.members ?? []}
          data-testid="task-force-members"
        />
      </Form.Item>
    </FormModal>
  );
}
