import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';

/** 导出 Excel: downloads what `download` fetches; a refusal shows as a message, not as a broken file. */
export function ExcelButton({
  download,
  disabled,
  testId,
}: {
  download: () => Promise<string>;
  disabled?: boolean;
  testId: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      message.success(`已导出 ${await download()}`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={run} data-testid={testId}>
      导出 Excel
    </Button>
  );
}
