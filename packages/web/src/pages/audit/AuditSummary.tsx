import { Flex, Typography } from 'antd';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div style={{ flex: '1 1 260px', minWidth: 0 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <pre style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** The recorded change: before and after side by side when the entry has them, else the raw summary. */
export function AuditSummary({ summary, hash }: { summary: unknown; hash: string }) {
  const hasDiff = isRecord(summary) && ('before' in summary || 'after' in summary);
  return (
    <Flex vertical gap={8}>
      <Flex gap={16} wrap>
        {hasDiff ? (
          <>
            {'before' in summary && <Json label="变更前" value={summary.before} />}
            {'after' in summary && <Json label="变更后" value={summary.after} />}
          </>
        ) : (
          <Json label="内容" value={summary} />
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
        链式哈希：{hash}
      </Typography.Text>
    </Flex>
  );
}
