import { passwordSchema, type Person } from '@jiceng/core';
import { Alert, App, Form, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { ApiRequestError } from '../../api/client';
import { personsApi } from '../../api/persons';
import { testId } from '../../forms/testId';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { generatePassword } from '../users/generatePassword';
import { PasswordInput } from '../users/PasswordInput';

type Outcome = { type: 'created'; password: string } | { type: 'exists'; message: string };

const LOGIN_HINT = '党员登录时用户名填写本人身份证号，登记了手机号的也可填写手机号；首次登录须修改密码。';

/** 开通登录账号 for a member: the account signs in with the ID number or phone, never a made-up name. */
export function CreateAccountModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const save = async ({ password }: { password: string }) => {
    setSaving(true);
    try {
      await personsApi.createAccount(person.id, password);
      message.success(`已为 ${person.name} 开通登录账号`);
      setOutcome({ type: 'created', password });
    } catch (error) {
      // The record does not say whether an account exists; the server's 409 is how we find out.
      if (error instanceof ApiRequestError && error.status === 409) {
        setOutcome({ type: 'exists', message: error.message });
      } else {
        showError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const done = outcome !== undefined;
  return (
    <Modal
      open
      title={`开通登录账号：${person.name}`}
      okText={done ? '完成' : '开通'}
      confirmLoading={saving}
      onOk={done ? onClose : () => form.submit()}
      onCancel={onClose}
      cancelButtonProps={done ? { style: { display: 'none' } } : {}}
      mask={{ closable: false }}
      okButtonProps={testId(done ? 'account-done' : 'account-submit')}
      data-testid="account-modal"
    >
      {outcome?.type === 'created' && (
        <Result
          status="success"
          title="已开通登录账号"
          subTitle={LOGIN_HINT}
          style={{ padding: '16px 0' }}
          extra={
            <Typography.Paragraph copyable={{ text: outcome.password }} style={{ margin: 0 }}>
              初始密码：<Typography.Text code>{outcome.password}</Typography.Text>
            </Typography.Paragraph>
          }
        />
      )}
      {outcome?.type === 'exists' && (
        <Alert
          type="warning"
          showIcon
          title={outcome.message}
          description="如忘记密码，可在“用户管理”中为其重置密码。"
          data-testid="account-exists"
        />
      )}
      {!done && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={LOGIN_HINT} />
          <Form
            form={form}
            layout="vertical"
            onFinish={save}
            initialValues={{ password: generatePassword() }}
          >
            <Form.Item name="password" label="初始密码" rules={[zodRule(passwordSchema, { required: true })]}>
              <PasswordInput data-testid="account-password" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
