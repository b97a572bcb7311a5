import type { Election } from '@jiceng/core';
import { Card, Empty, List, Typography } from 'antd';
import { CandidateTags } from './ElectionResult';

/** Earlier elections with their tallies, newest first. */
export function ElectionHistoryList({ elections }: { elections: readonly Election[] }) {
  return (
    <Card size="small" title="选举记录" data-testid="election-history">
      {elections.length === 0 ? (
        <Empty description="尚无选举记录" />
      ) : (
        <List
          dataSource={[...elections]}
          rowKey="id"
          renderItem={(e) => (
            <List.Item style={{ display: 'block' }}>
              <Typography.Text strong>{e.heldOn}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                应到 {e.entitled}，实到 {e.present}，应选 {e.seats} 名{e.revoteOf ? '（补选空缺）' : ''}，任期{' '}
                {e.termYears} 年{e.recordedByName ? ` · ${e.recordedByName}记录` : ''}
              </Typography.Text>
              <div style={{ marginTop: 6 }}>
                <CandidateTags election={e} />
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
