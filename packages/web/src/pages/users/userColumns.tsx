import type { User } from '@jiceng/core';
import { Flex, Tag, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../format/time';
import { assignmentLabel } from './assignmentLabel';
import { UserRowActions } from './UserRowActions';
import { UserStatusTag } from './UserStatusTag';

export function userColumns(manage: boolean, reload: () => void): TableColumnsType<User> {
  const list: TableColumnsType<User> = [
    { key: 'username', title: '用户名', dataIndex: 'username' },
    { key: 'name', title: '姓名', dataIndex: 'displayName' },
    {
      key: 'roles',
      title: '角色',
      render: (_, u) => (
        <Flex gap={4} wrap style={{ maxWidth: 360 }}>
          {u.assignments.map((a) => (
            <Tag key={a.id} color={a.role === 'admin' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
              {assignmentLabel(a)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'status', title: '状态', render: (_, u) => <UserStatusTag user={u} /> },
    {
      key: 'login',
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      render: (at: string | null) => formatDateTime(at),
      responsive: ['lg'],
    },
  ];
  if (manage) {
    list.push({
      key: 'actions',
      title: '操作',
      render: (_, u) => <UserRowActions user={u} onChanged={reload} />,
    });
  }
  return list;
}
