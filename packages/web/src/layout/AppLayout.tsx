import { Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useIsPhone } from '../hooks/useIsPhone';
import { ChangePasswordModal } from '../pages/auth/ChangePasswordModal';
import { UnreadProvider } from '../pages/notifications/UnreadProvider';
import { OrgTreeProvider } from '../pages/orgs/OrgTreeProvider';
import { isMemberOnly } from '../session/memberOnly';
import { useMe } from '../session/SessionContext';
import { FullPageSpin } from './FullPageSpin';
import { HEADER_HEIGHT, HeaderBar } from './HeaderBar';
import { SideNav } from './SideNav';

const SIDER_WIDTH = 300;
const MEMBER_PATHS = ['/me', '/notifications'];

export function AppLayout() {
  const me = useMe();
  const phone = useIsPhone();
  const [navOpen, setNavOpen] = useState(false);
  const closeNav = () => setNavOpen(false);
  const { pathname } = useLocation();
  // Members see only their own record: no menu, no org tree, nothing to navigate to.
  const member = isMemberOnly(me);
  // Every other page would only answer "no permission"; a bookmark or an old link lands on /me instead.
  if (member && !MEMBER_PATHS.some((p) => pathname.startsWith(p))) return <Navigate to="/me" replace />;

  return (
    <UnreadProvider>
      <OrgTreeProvider>
        <Layout style={{ minHeight: '100vh' }}>
          <HeaderBar phone={phone} onOpenNav={member ? undefined : () => setNavOpen(true)} />
          <Layout>
            {member ? null : phone ? (
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
