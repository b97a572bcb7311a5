import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { AssignmentFields } from './AssignmentFields';

/** The role list of a new user: at least one role, each at an org (or the whole system for admins). */
export function AssignmentsEditor() {
  return (
    <Form.List
      name="assignments"
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error('至少分配一个角色');
          },
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <Flex vertical data-testid="assignments-editor">
          {rows.map((row) => (
            <Flex key={row.key} gap={4} align="start">
              <AssignmentFields
                name={[row.name]}
                fullName={['assignments', row.name]}
                testId={`assignment-${row.name}`}
              />
              <Button
                type="text"
                aria-label="移除此角色"
                icon={<MinusCircleOutlined />}
                disabled={rows.length === 1}
                onClick={() => remove(row.name)}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ orgId: null })} block>
            添加角色
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
