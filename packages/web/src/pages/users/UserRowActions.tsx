import type { User } from '@jiceng/core';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/users';
import { useMe } from '../../session/SessionContext';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserRolesModal } from './UserRolesModal';

export function UserRowActions({ user, onChanged }: { user: User; onChanged: () => void }) {
  const me = useMe();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'password' | 'roles' | null>(null);

  const toggle = async () => {
    try {
      await usersApi.update(user.id, { disabled: !user.disabled });
      message.success(user.disabled ? `已启用 ${user.displayName}` : `已停用 ${user.displayName}`);
      onChanged();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败');
    }
  };

  return (
    <Flex gap={0} wrap>
      <Button size="small" type="link" onClick={() => setDialog('roles')} data-testid="user-roles-button">
        角色
      </Button>
      <Button size="small" type="link" onClick={() => setDialog('password')}>
        重置密码
      </Button>
      {user.id !== me.id && (
        <Popconfirm
          title={user.disabled ? `启用 ${user.displayName}？` : `停用 ${user.displayName}？`}
          description={user.disabled ? undefined : '停用后该用户立即退出登录，且不能再登录。'}
          okText={user.disabled ? '启用' : '停用'}
          okButtonProps={{ danger: !user.disabled }}
          onConfirm={toggle}
        >
          <Button size="small" type="link" danger={!user.disabled}>
            {user.disabled ? '启用' : '停用'}
          </Button>
        </Popconfirm>
      )}
      {dialog === 'password' && <ResetPasswordModal user={user} onClose={() => setDialog(null)} />}
      {dialog === 'roles' && (
        <UserRolesModal user={user} onClose={() => setDialog(null)} onChanged={onChanged} />
      )}
    </Flex>
  );
}
