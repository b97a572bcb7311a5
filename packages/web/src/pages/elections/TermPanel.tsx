import type { ElectionHistory } from '@jiceng/core';
import { Card, Descriptions } from 'antd';
import { TermStatusTag } from '../orgs/TermStatusTag';

/** The org's current term (org-life.md L11–L12): when it started, how long, when renewal is due. */
export function TermPanel({ history }: { history: ElectionHistory }) {
  return (
    <Card size="small" title={`${history.orgName} · 任期`} data-testid="election-term">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 4 }}
        items={[
          { key: 'start', label: '本届开始', children: history.termStartedOn ?? '未设置' },
          { key: 'years', label: '任期年限', children: `${history.termYears} 年` },
          { key: 'end', label: '届满（换届）日期', children: history.termEndsOn ?? '—' },
          { key: 'status', label: '任期状态', children: <TermStatusTag status={history.termStatus} /> },
        ]}
      />
    </Card>
  );
}
