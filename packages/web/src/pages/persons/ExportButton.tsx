import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { personsApi, type PersonFilter } from '../../api/persons';
import { testId } from '../../forms/testId';
import { useSession } from '../../session/SessionContext';

/** 导出 Excel with the list's filters; the full ID numbers only with person.unmask, after a warning that it is recorded. */
export function ExportButton({ filter }: { filter: PersonFilter }) {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (unmasked: boolean) => {
    setBusy(true);
    try {
      const name = await personsApi.exportExcel(filter, unmasked);
      message.success(`已导出 ${name}`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败');
    } finally {
      setBusy(false);
    }
  };

  const confirmUnmasked = () =>
    modal.confirm({
      title: '导出完整身份证号和手机号？',
      content:
        '导出的文件将包含完整的身份证号和手机号，本次导出会记入审计日志。请妥善保管文件，不要通过微信群等渠道传播。',
      okText: '导出',
      okButtonProps: testId('confirm-export-unmasked'),
      onOk: () => run(true),
    });

  const plain = (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => run(false)}
      data-testid="export-persons"
    >
      导出 Excel
    </Button>
  );
  if (!can('person.unmask')) return plain;
  return (
    <Space.Compact>
      {plain}
      <Dropdown
        trigger={['click']}
        menu={{ items: [{ key: 'unmasked', label: '导出完整身份证号', onClick: confirmUnmasked }] }}
      >
        <Button icon={<DownOutlined />} aria-label="更多导出方式" disabled={busy} data-testid="export-menu" />
      </Dropdown>
    </Space.Compact>
  );
}
