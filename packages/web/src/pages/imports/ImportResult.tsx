import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ImportJob, ImportMode } from '@jiceng/core';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { importsApi } from '../../api/imports';
import { testId } from '../../forms/testId';
import { ImportErrorsTable } from './ImportErrorsTable';

/** Step 3: what validation found, and the ways on from there. */
export function ImportResult({
  job,
  onCommit,
  onRetry,
}: {
  job: ImportJob;
  onCommit: (mode: ImportMode) => Promise<void>;
  onRetry: () => void;
}) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<ImportMode | 'report' | null>(null);
  const badRows = job.totalRows - job.validRows;

  const commit = async (mode: ImportMode) => {
    setBusy(mode);
    try {
      await onCommit(mode);
    } finally {
      setBusy(null);
    }
  };

  const report = async () => {
    setBusy('report');
    try {
      await importsApi.report(job.id);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '下载失败');
    } finally {
      setBusy(null);
    }
  };

  const confirmValidOnly = () =>
    modal.confirm({
      title: `只导入正确的 ${job.validRows} 行？`,
      content: `有错误的 ${badRows} 行将被跳过，不会导入。跳过的行可在修改后另行上传导入。`,
      okText: `导入 ${job.validRows} 行`,
      okButtonProps: testId('confirm-valid-only'),
      onOk: () => commit('valid_only'),
    });

  if (job.status === 'validated') {
    return (
      <Flex vertical gap={16} data-testid="import-result">
        <Alert type="success" showIcon title={job.message ?? `共 ${job.totalRows} 行，全部校验通过`} />
        <Flex gap={8} wrap>
          <Button
            type="primary"
            loading={busy === 'all'}
            onClick={() => commit('all')}
            data-testid="commit-all"
          >
            导入全部 {job.totalRows} 行
          </Button>
          <Button icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry-upload">
            重新上传
          </Button>
        </Flex>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="import-result">
      <Alert
        type="error"
        showIcon
        title={job.message ?? `共 ${job.totalRows} 行，其中 ${badRows} 行有错误`}
        description="请按下表或标注错误的文件修改后重新上传；也可以只导入正确的行。"
      />
      <Flex gap={8} wrap>
        <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry-upload">
          修改后重新上传
        </Button>
        {job.validRows > 0 && (
          <Button loading={busy === 'valid_only'} onClick={confirmValidOnly} data-testid="commit-valid-only">
            只导入正确的 {job.validRows} 行
          </Button>
        )}
        <Button
          type="link"
          icon={<DownloadOutlined />}
          loading={busy === 'report'}
          onClick={report}
          data-testid="download-report"
        >
          下载标注错误的文件
        </Button>
      </Flex>
      <ImportErrorsTable errors={job.errors} errorCount={job.errorCount} />
    </Flex>
  );
}
