import { Divider } from 'antd';
import { OrgTreePanel } from '../pages/orgs/OrgTreePanel';
import { NavMenu } from './NavMenu';

/** The sider's content, shared by the desktop sider and the phone drawer. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <>
      <NavMenu onNavigate={onNavigate} />
      <Divider style={{ margin: '4px 0 8px' }} />
      <OrgTreePanel onNavigate={onNavigate} />
    </>
  );
}
