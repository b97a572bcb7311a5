import type { ImportJob } from '@jiceng/core';
import { Flex, Progress, Typography } from 'antd';

/**
 * Steps 2 and 4: the server streams the file while validating and does not know its length until the
 * end, so validation shows the rows done so far; the commit knows how many rows it will write.
 */
export function JobProgress({ job }: { job: ImportJob }) {
  const committing = job.status === 'committing';
  const target = committing ? (job.mode === 'valid_only' ? job.validRows : job.totalRows) : 0;
  const percent = target > 0 ? Math.min(99, Math.floor((job.processedRows / target) * 100)) : undefined;
  return (
    <Flex vertical gap={8} align="center" style={{ padding: '24px 0' }} data-testid="import-progress">
      <Typography.Text strong>{committing ? '正在导入…' : '正在校验…'}</Typography.Text>
      <Progress
        percent={percent ?? 100}
        status="active"
        showInfo={percent !== undefined}
        style={{ maxWidth: 480 }}
      />
      <Typography.Text type="secondary">
        {committing
          ? `已写入 ${job.processedRows} / ${target} 行`
          : `已校验 ${job.processedRows} 行（${job.fileName}）`}
      </Typography.Text>
      {committing && (
        <Typography.Text type="secondary">全部写入后才生效；如中途出错，不会导入任何数据。</Typography.Text>
      )}
    </Flex>
  );
}
