import { EyeOutlined } from '@ant-design/icons';
import type { Person } from '@jiceng/core';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { personsApi } from '../../api/persons';
import { testId } from '../../forms/testId';

/** 查看完整信息: the full ID number and phone come only on request, and each request is audited. */
export function UnmaskButton({
  personId,
  onUnmasked,
}: {
  personId: number;
  onUnmasked: (p: Person) => void;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const unmask = async () => {
    setBusy(true);
    try {
      onUnmasked(await personsApi.get(personId, true));
    } catch (error) {
      message.error(error instanceof Error ? error.message : '查看失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title="查看完整身份证号和手机号？"
      description="本次查看将记入审计日志（谁、何时、查看了谁的信息）。"
      okText="查看"
      okButtonProps={testId('confirm-unmask')}
      onConfirm={unmask}
    >
      <Button icon={<EyeOutlined />} loading={busy} data-testid="unmask-person">
        查看完整信息
      </Button>
    </Popconfirm>
  );
}
