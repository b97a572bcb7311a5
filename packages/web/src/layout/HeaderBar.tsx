import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { Link } from 'react-router';
import { UnreadBell } from '../pages/notifications/UnreadBell';
import { HelpMenu } from './HelpMenu';
import { UserMenu } from './UserMenu';

export const HEADER_HEIGHT = 56;

/** `onOpenNav` is absent where there is no navigation to open (a member's own page). */
export function HeaderBar({ phone, onOpenNav }: { phone: boolean; onOpenNav?: () => void }) {
  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        height: HEADER_HEIGHT,
        lineHeight: `${HEADER_HEIGHT}px`,
        paddingInline: phone ? 8 : 20,
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {phone && onOpenNav && (
            <Button
              type="text"
              aria-label="打开导航"
              data-testid="open-nav"
              icon={<MenuOutlined style={{ fontSize: 18 }} />}
              onClick={onOpenNav}
            />
          )}
          <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
            <span aria-hidden style={{ fontSize: 22, color: '#c8161d' }}>
              ☭
            </span>
            <Typography.Text strong ellipsis style={{ fontSize: 16, color: '#c8161d' }}>
              {phone ? '基层' : '基层 · 党建工作平台'}
            </Typography.Text>
          </Link>
        </Flex>
        <Flex align="center" gap={phone ? 0 : 4}>
          <UnreadBell />
          <HelpMenu />
          <UserMenu compact={phone} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
