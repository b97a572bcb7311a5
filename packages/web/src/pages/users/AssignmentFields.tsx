import type { Role } from '@jiceng/core';
import { Flex, Form, Select } from 'antd';
import { useMe } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { roleOptions } from './roleOptions';

type Path = (string | number)[];

/**
 * One role-at-org pair inside a form. `name` is the pair's path as Form.Items see it (relative inside a
 * Form.List), `fullName` its path from the form root. A system administrator holds the role over the
 * whole system, so its org is null and the picker is off.
 */
export function AssignmentFields({ name, fullName, testId }: { name: Path; fullName: Path; testId: string }) {
  const me = useMe();
  const form = Form.useFormInstance();
  const role = Form.useWatch([...fullName, 'role'], form) as Role | undefined;
  const isAdmin = role === 'admin';

  return (
    <Flex gap={8} wrap style={{ flex: 1, minWidth: 0 }}>
      <Form.Item
        name={[...name, 'role']}
        rules={[{ required: true, message: '请选择角色' }]}
        style={{ flex: '1 1 140px', marginBottom: 8 }}
      >
        <Select
          placeholder="角色"
          options={roleOptions(me)}
          data-testid={`${testId}-role`}
          onChange={(value: Role) => {
            if (value === 'admin') form.setFieldValue([...fullName, 'orgId'], null);
          }}
        />
      </Form.Item>
      <Form.Item
        name={[...name, 'orgId']}
        rules={[{ required: !isAdmin, message: '请选择组织' }]}
        style={{ flex: '2 1 200px', marginBottom: 8, minWidth: 0 }}
      >
        <OrgPicker
          disabled={isAdmin}
          placeholder={isAdmin ? '全系统' : '输入名称搜索组织'}
          data-testid={`${testId}-org`}
        />
      </Form.Item>
    </Flex>
  );
}
