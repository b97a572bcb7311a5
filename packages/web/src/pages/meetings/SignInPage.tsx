import { CheckCircleFilled, ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Result, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { SignInView } from '@jiceng/core';
import { meetingsApi } from '../../api/meetings';
import { useRequest } from '../../hooks/useRequest';
import { FullPageSpin } from '../../layout/FullPageSpin';
import { useMe } from '../../session/SessionContext';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';

function Shell({ children }: { children: ReactNode }) {
  return (
    <Flex
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #fff1f0 0%, #f5f5f5 60%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 420, paddingTop: 24 }}>{children}</div>
    </Flex>
  );
}

/**
 * What the meeting's QR code opens, on the member's phone: the meeting and one big button. The route sits
 * behind sign-in, so a member who is not signed in comes back here after logging in.
 */
export default function SignInPage() {
  const token = useParams().token ?? '';
  const me = useMe();
  const { message } = App.useApp();
  const { data, error } = useRequest(() => meetingsApi.signInView(token), [token]);
  const [signed, setSigned] = useState<SignInView | null>(null);
  const [busy, setBusy] = useState(false);
  const view = signed ?? data;

  const signIn = async () => {
    setBusy(true);
    try {
      setSigned(await meetingsApi.signIn(token));
    } catch (e) {
      message.error(e instanceof Error ? e.message : '签到失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell>
      {/* A new member account must pick its own password first, here as anywhere else. */}
      <ChangePasswordModal open={me.mustChangePassword} forced />
      {error !== undefined ? (
        <Card>
          <Result status="warning" title={error instanceof Error ? error.message : '加载失败'} />
        </Card>
      ) : !view ? (
        <FullPageSpin />
      ) : (
        <Card data-testid="sign-in-page">
          <Flex vertical gap={4} style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">{view.orgName}</Typography.Text>
            <Typography.Title
              level={3}
              style={{ margin: 0, overflowWrap: 'anywhere' }}
              data-testid="sign-in-title"
            >
              {view.title}
            </Typography.Title>
            <Typography.Text>{view.kindLabel}</Typography.Text>
            <Typography.Text type="secondary">
              <ClockCircleOutlined /> {view.heldOn ?? view.plannedOn}
              {view.startsAt ? ` ${view.startsAt}` : ''}
            </Typography.Text>
            {view.place && (
              <Typography.Text type="secondary">
                <EnvironmentOutlined /> {view.place}
              </Typography.Text>
            )}
          </Flex>
          {view.signedIn ? (
            <Result
              icon={<CheckCircleFilled style={{ color: '#52c41a' }} />}
              title="签到成功"
              subTitle={`${view.personName ?? ''}，您已登记为出席${view.asGuest ? '（流动党员）' : ''}。`}
              style={{ padding: '16px 0' }}
              data-testid="sign-in-done"
            />
          ) : view.maySignIn ? (
            <Flex vertical gap={8}>
              {view.asGuest && (
                <Typography.Text type="secondary">
                  您以流动党员身份参加本次会议，签到后将同时记入您的流动党员活动记录。
                </Typography.Text>
              )}
              <Button
                type="primary"
                size="large"
                block
                loading={busy}
                onClick={signIn}
                style={{ height: 64, fontSize: 22 }}
                data-testid="sign-in-button"
              >
                签到
              </Button>
              <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
                {view.personName}
              </Typography.Text>
            </Flex>
          ) : (
            <Result
              status="warning"
              title="无法签到"
              subTitle={view.blockMessage}
              style={{ padding: '16px 0' }}
              data-testid="sign-in-blocked"
            />
          )}
          <Flex justify="center">
            <Link to="/">返回首页</Link>
          </Flex>
        </Card>
      )}
    </Shell>
  );
}
