import {
  ApartmentOutlined,
  AuditOutlined,
  EditOutlined,
  IdcardOutlined,
  MailOutlined,
  RiseOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/SessionContext';

type Item = Required<MenuProps>['items'][number];

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: Item[] = [
    { key: '/orgs', icon: <ApartmentOutlined />, label: '组织架构' },
    can('person.read') ? { key: '/persons', icon: <IdcardOutlined />, label: '党员档案' } : null,
    can('person.read') ? { key: '/development', icon: <RiseOutlined />, label: '发展党员' } : null,
    can('person.manage') ? { key: '/corrections', icon: <EditOutlined />, label: '更正申请' } : null,
    can('user.read') ? { key: '/users', icon: <TeamOutlined />, label: '用户管理' } : null,
    can('audit.read') ? { key: '/audit', icon: <AuditOutlined />, label: '审计日志' } : null,
    { key: '/notifications', icon: <MailOutlined />, label: '通知' },
  ];
  const selected = '/' + (pathname.split('/')[1] ?? '');
  return (
    <Menu
      mode="inline"
      aria-label="主菜单"
      data-testid="nav-menu"
      selectedKeys={[selected]}
      items={items}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
