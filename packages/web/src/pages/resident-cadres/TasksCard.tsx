import {
  CADRE_TASK_STATE_LABELS,
  cadreTaskInputSchema,
  chinaToday,
  type CadreAssignment,
  type CadreTask,
} from '@jiceng/core';
import { Button, Card, DatePicker, Flex, Form, Input, List, Radio, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { residentCadresApi } from '../../api/residentCadres';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { useSession } from '../../session/SessionContext';

const STATE_COLORS = { open: 'processing', done: 'success', dropped: 'default' } as const;

/** 驻村任务: what the cadre is to do, due dates (overdue ones marked) and the results. */
export function TasksCard({
  assignment: a,
  tasks,
  onChange,
}: {
  assignment: CadreAssignment;
  tasks: CadreTask[];
  onChange: () => void;
}) {
  const { can } = useSession();
  const manage = can('cadre.manage');
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<CadreTask | null>(null);
  const today = chinaToday();
  return (
    <Card
      size="small"
      title="驻村任务"
      extra={
        manage &&
        a.state === 'active' && (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="task-add">
            布置任务
          </Button>
        )
      }
      data-testid="tasks-card"
    >
      <List
        dataSource={tasks}
        locale={{ emptyText: '暂无任务' }}
        renderItem={(t) => (
          <List.Item
            actions={
              manage && t.state === 'open'
                ? [
                    <Button
                      key="close"
                      size="small"
                      type="link"
                      onClick={() => setClosing(t)}
                      data-testid="task-close"
                    >
                      办结
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{t.title}</Typography.Text>
                <Tag color={STATE_COLORS[t.state]}>{CADRE_TASK_STATE_LABELS[t.state]}</Tag>
                {t.state === 'open' && t.dueOn && t.dueOn < today && <Tag color="red">已逾期</Tag>}
              </Flex>
              <Typography.Text type="secondary">
                {t.dueOn ? `期限 ${t.dueOn}` : '无期限'}
                {t.closedOn ? ` · ${t.closedOn} 办结` : ''}
              </Typography.Text>
              {t.note && <span>{t.note}</span>}
              {t.result && <span>完成情况：{t.result}</span>}
            </Flex>
          </List.Item>
        )}
      />
      {adding && (
        <FormModal<{ title: string; dueOn?: Dayjs | null; note?: string }>
          title="布置驻村任务"
          onSubmit={(v) =>
            residentCadresApi.addTask(a.id, {
              title: v.title,
              dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
              note: v.note?.trim() || null,
            })
          }
          success="已布置"
          onDone={() => (setAdding(false), onChange())}
          onClose={() => setAdding(false)}
          okButtonProps={testId('task-save')}
        >
          <Form.Item
            name="title"
            label="任务"
            rules={[zodRule(cadreTaskInputSchema.shape.title, { required: true })]}
          >
            <Input data-testid="task-title" />
          </Form.Item>
          <Form.Item name="dueOn" label="完成期限">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[zodRule(cadreTaskInputSchema.shape.note)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
      {closing && (
        <FormModal<{ state: 'done' | 'dropped'; result?: string }>
          title={`办结任务：${closing.title}`}
          initialValues={{ state: 'done' }}
          onSubmit={(v) =>
            residentCadresApi.updateTask(closing.id, { state: v.state, result: v.result?.trim() || null })
          }
          success="已办结"
          onDone={() => (setClosing(null), onChange())}
          onClose={() => setClosing(null)}
          okButtonProps={testId('task-close-save')}
        >
          <Form.Item name="state" label="结果">
            <Radio.Group
              optionType="button"
              options={(['done', 'dropped'] as const).map((s) => ({
                value: s,
                label: CADRE_TASK_STATE_LABELS[s],
              }))}
            />
          </Form.Item>
          <Form.Item
            noStyle
            shouldUpdate={(prev: { state?: string }, next: { state?: string }) => prev.state !== next.state}
          >
            {({ getFieldValue }) => (
              <Form.Item
                name="result"
                label="完成情况"
                rules={[
                  {
                    required: getFieldValue('state') === 'done',
                    message: '任务完成须填写完成情况',
                  },
                ]}
              >
                <Input.TextArea rows={3} data-testid="task-result" />
              </Form.Item>
            )}
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
