import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { authApi } from '../../api/auth';
import { useFormError } from '../../forms/useFormError';
import { useSession } from '../../session/SessionContext';

interface Values {
  username: string;
  password: string;
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const [form] = Form.useForm<Values>();
  const { me, refresh } = useSession();
  const [params] = useSearchParams();
  const showError = useFormError(form);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await authApi.login(values.username.trim(), values.password);
      // Once the session is known this page renders <Navigate> itself; navigating here as well fired a
      // second, late navigation that could pull the user back from a page they had already opened.
      await refresh();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #fff1f0 0%, #f5f5f5 60%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }} data-testid="login-card">
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <span aria-hidden style={{ fontSize: 40, color: '#c8161d', lineHeight: 1 }}>
            ☭
          </span>
          <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
            基层 · 党建工作平台
          </Typography.Title>
          <Typography.Text type="secondary">基层党组织日常工作平台</Typography.Text>
        </Flex>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              placeholder="党员可用身份证号或手机号登录"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            登录
          </Button>
        </Form>
        {/* Residents have no account: the public request form is one tap from the only page they may land on. */}
        <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0', textAlign: 'center' }}>
          群众有困难或建议？
          <Link to="/public/request" data-testid="login-public-request">
            提交诉求或查询进度
          </Link>
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
