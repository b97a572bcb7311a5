import type { ImportJob, ImportMode } from '@jiceng/core';
import { Alert, App, Button, Card, Flex, Result, Steps, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { importsApi } from '../../api/imports';
import { useOrgTree } from '../orgs/OrgTreeContext';
import type { ImportKindConfig } from './importKinds';
import { ImportResult } from './ImportResult';
import { JobProgress } from './JobProgress';
import { UploadStep } from './UploadStep';
import { useImportJob } from './useImportJob';

const STEPS = [{ title: '上传文件' }, { title: '校验' }, { title: '确认导入' }, { title: '完成' }];

function stepOf(job: ImportJob): number {
  switch (job.status) {
    case 'validating':
    case 'failed':
      return 1;
    case 'validated':
    case 'invalid':
      return 2;
    default:
      return 3;
  }
}

/**
 * The Excel import for any kind: upload, validation with progress, the errors or the go-ahead, the commit
 * with progress, the result. The job id is kept in the address, so a reload returns to the same job.
 */
export function ImportWizard({ config }: { config: ImportKindConfig }) {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || undefined;
  const { job, error, track } = useImportJob(jobId);
  const restart = () => setParams({});
  const { refresh: refreshTree } = useOrgTree();
  const status = job?.status;

  // New orgs change the tree in the sider, which otherwise still shows what it loaded before.
  useEffect(() => {
    if (status === 'committed' && config.kind === 'orgs') refreshTree();
  }, [status, config.kind, refreshTree]);

  const commit = async (mode: ImportMode) => {
    if (!jobId) return;
    try {
      track(await importsApi.commit(jobId, mode));
    } catch (failure) {
      message.error(failure instanceof Error ? failure.message : '提交导入失败');
    }
  };

  const skipped = job ? job.totalRows - job.committedRows : 0;
  let body: ReactNode;
  if (!jobId) {
    body = <UploadStep config={config} onUploaded={(id) => setParams({ job: String(id) })} />;
  } else if (!job) {
    body = error ? (
      <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
    ) : (
      <Typography.Text type="secondary">正在读取导入任务…</Typography.Text>
    );
  } else if (job.status === 'validating' || job.status === 'committing') {
    body = <JobProgress job={job} />;
  } else if (job.status === 'validated' || job.status === 'invalid') {
    body = <ImportResult job={job} onCommit={commit} onRetry={restart} />;
  } else if (job.status === 'failed') {
    body = (
      <Result
        status="error"
        title="未能导入"
        subTitle={job.message ?? '处理文件时出错，未导入任何数据'}
        extra={
          <Button type="primary" onClick={restart} data-testid="retry-upload">
            重新上传
          </Button>
        }
        data-testid="import-failed"
      />
    );
  } else {
    body = (
      <Result
        status="success"
        title={
          <span data-testid="import-done">
            已导入 {job.committedRows} {config.unit}
            {skipped > 0 && `（跳过 ${skipped} 行）`}
          </span>
        }
        subTitle={job.message ?? undefined}
        extra={[
          <Link key="list" to={config.listPath}>
            <Button type="primary" data-testid="import-go-list">
              {config.listLabel}
            </Button>
          </Link>,
          <Button key="again" onClick={restart}>
            继续导入
          </Button>,
        ]}
      />
    );
  }

  return (
    <Flex vertical gap={16} data-testid="import-wizard">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {config.title}
      </Typography.Title>
      <Card size="small">
        <Flex vertical gap={24}>
          <Steps
            size="small"
            current={jobId ? (job ? stepOf(job) : 1) : 0}
            status={job?.status === 'failed' ? 'error' : job?.status === 'committed' ? 'finish' : 'process'}
            items={STEPS}
            // Titles under the numbers keep all four steps on one line even on a phone.
            titlePlacement="vertical"
            responsive={false}
          />
          {body}
        </Flex>
      </Card>
    </Flex>
  );
}
