import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckCircleOutlined,
  AccountBookOutlined,
  TrophyOutlined,
  FundOutlined,
  GiftOutlined,
  BarChartOutlined,
  EditOutlined,
  FileSearchOutlined,
  FlagOutlined,
  StarOutlined,
  EnvironmentOutlined,
  IdcardOutlined,
  MailOutlined,
  RiseOutlined,
  SwapOutlined,
  TeamOutlined,
  UserDeleteOutlined,
  CustomerServiceOutlined,
  HeartOutlined,
  HomeOutlined,
  ReadOutlined,
  SolutionOutlined,
  BankOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/SessionContext';

type Item = Required<MenuProps>['items'][number];

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { can } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Groups are always open (not submenus), so each entry stays one click away as before.
  const group = (key: string, title: string, entries: (Item | null)[]): Item | null => {
    const visible = entries.filter((e): e is Item => e !== null);
    return visible.length > 0 ? { type: 'group', key, label: title, children: visible } : null;
  };
  const items: Item[] = [
    group('people', '组织与党员', [
      { key: '/orgs', icon: <ApartmentOutlined />, label: '组织架构' },
      can('person.read') ? { key: '/persons', icon: <IdcardOutlined />, label: '党员档案' } : null,
      can('person.manage') ? { key: '/corrections', icon: <EditOutlined />, label: '更正申请' } : null,
    ]),
    group('movement', '发展与管理', [
      can('person.read') ? { key: '/development', icon: <RiseOutlined />, label: '发展党员' } : null,
      can('person.read') ? { key: '/transfers', icon: <SwapOutlined />, label: '组织关系转接' } : null,
      can('person.read') ? { key: '/mobile', icon: <EnvironmentOutlined />, label: '流动党员' } : null,
      can('person.read')
        ? { key: '/movement/lost-contact', icon: <UserDeleteOutlined />, label: '失联与停止党籍' }
        : null,
    ]),
    group('org-life', '组织生活与换届', [
      can('meeting.read') ? { key: '/meetings', icon: <CalendarOutlined />, label: '组织生活' } : null,
      can('meeting.read')
        ? { key: '/compliance', icon: <CheckCircleOutlined />, label: '组织生活达标' }
        : null,
      can('meeting.read') ? { key: '/reviews', icon: <StarOutlined />, label: '民主评议' } : null,
      can('meeting.read') ? { key: '/elections', icon: <FlagOutlined />, label: '换届选举' } : null,
      can('joint_review.decide')
        ? { key: '/joint-review', icon: <FileSearchOutlined />, label: '资格联审' }
        : null,
    ]),
    group('dues', '党费', [
      can('dues.manage') ? { key: '/dues/collect', icon: <AccountBookOutlined />, label: '党费收缴' } : null,
      can('dues.read') ? { key: '/dues', icon: <BarChartOutlined />, label: '党费统计' } : null,
    ]),
    group('points', '积分与考核', [
      can('points.read') ? { key: '/points', icon: <TrophyOutlined />, label: '党员积分' } : null,
      can('assessment.read') ? { key: '/assessment', icon: <FundOutlined />, label: '支部考核' } : null,
      can('person.read') ? { key: '/awards', icon: <GiftOutlined />, label: '表彰与奖励' } : null,
    ]),
    group('service', '为民服务', [
      can('service.read')
        ? { key: '/service/requests', icon: <CustomerServiceOutlined />, label: '服务诉求' }
        : null,
      can('service.read') ? { key: '/service/posts', icon: <SolutionOutlined />, label: '岗位与活动' } : null,
      can('service.read') ? { key: '/service/pairing', icon: <HeartOutlined />, label: '结对帮扶' } : null,
      can('service.read') ? { key: '/service/cadres', icon: <HomeOutlined />, label: '驻村干部' } : null,
      can('service.read') ? { key: '/trainings', icon: <ReadOutlined />, label: '培训' } : null,
      can('service.read') ? { key: '/service/venues', icon: <BankOutlined />, label: '活动场所' } : null,
    ]),
    group('system', '系统', [
      can('user.read') ? { key: '/users', icon: <TeamOutlined />, label: '用户管理' } : null,
      can('audit.read') ? { key: '/audit', icon: <AuditOutlined />, label: '审计日志' } : null,
      { key: '/notifications', icon: <MailOutlined />, label: '通知' },
    ]),
  ].filter((g): g is Item => g !== null);
  // Movement and service pages share a prefix, and collection sits under /dues/, so those are keyed by two segments.
  const segments = pathname.split('/');
  const selected =
    segments[1] === 'movement'
      ? `/movement/${segments[2] ?? ''}`
      : segments[1] === 'dues' && segments[2] === 'collect'
        ? '/dues/collect'
        : segments[1] === 'service'
          ? `/service/${segments[2] ?? ''}`
          : '/' + (segments[1] ?? '');
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
