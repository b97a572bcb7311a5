import { Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useIsPhone } from '../hooks/useIsPhone';
import { ChangePasswordModal } from '../pages/auth/ChangePasswordModal';
import { UnreadProvider } from '../pages/notifications/UnreadProvider';
import { OrgTreeProvider } from '../pages/orgs/OrgTreeProvider';
import { useMe } from '../session/SessionContext';
import { FullPageSpin } from './FullPageSpin';
import { HEADER_HEIGHT, HeaderBar } from './HeaderBar';
import { SideNav } from './SideNav';

const SIDER_WIDTH = 300;

export function AppLayout() {
  const me = useMe();
  const phone = useIsPhone();
  const [navOpen, setNavOpen] = useState(false);
  const closeNav = () => setNavOpen(false);

  return (
    <UnreadProvider>
      <OrgTreeProvider>
        <Layout style={{ minHeight: '100vh' }}>
          <HeaderBar phone={phone} onOpenNav={() => setNavOpen(true)} />
          <Layout>
            {phone ? (
              <Drawer
                placement="left"
                open={navOpen}
                onClose={closeNav}
                title="导航"
                size={Math.min(SIDER_WIDTH, 320)}
                styles={{ body: { padding: 8 } }}
                data-testid="nav-drawer"
              >
                <SideNav onNavigate={closeNav} />
              </Drawer>
            ) : (
              <Layout.Sider
                width={SIDER_WIDTH}
                theme="light"
                data-testid="sider"
                style={{
                  position: 'sticky',
                  top: HEADER_HEIGHT,
                  height: `calc(100vh - ${HEADER_HEIGHT}px)`,
                  overflow: 'auto',
                  borderInlineEnd: '1px solid #f0f0f0',
                  padding: 8,
                }}
              >
                <SideNav />
              </Layout.Sider>
            )}
            <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
              <Suspense fallback={<FullPageSpin />}>
                <Outlet />
              </Suspense>
            </Layout.Content>
          </Layout>
        </Layout>
        {/* Accounts made or reset by an administrator must choose their own password before working. */}
        <ChangePasswordModal open={me.mustChangePassword} forced />
      </OrgTreeProvider>
    </UnreadProvider>
  );
}
