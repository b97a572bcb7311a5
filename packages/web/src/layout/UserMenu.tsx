import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { ChangePasswordModal } from '../pages/auth/ChangePasswordModal';
import { useMe, useSession } from '../session/SessionContext';

export function UserMenu({ compact }: { compact: boolean }) {
  const me = useMe();
  const { signOut } = useSession();
  const [changing, setChanging] = useState(false);

  const onClick = async ({ key }: { key: string }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout') await signOut();
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          onClick,
          items: [
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
          ],
        }}
      >
        <Button type="text" data-testid="user-menu" aria-label={`用户菜单：${me.displayName}`}>
          <Space size={6}>
            <Avatar size="small" icon={<UserOutlined />} />
            {!compact && <span>{me.displayName}</span>}
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onDone={() => setChanging(false)} />
    </>
  );
}
