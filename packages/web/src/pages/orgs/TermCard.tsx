import type { Org } from '@jiceng/core';
import { Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useSession } from '../../session/SessionContext';
import { TermFormModal } from './TermFormModal';
import { TermStatusTag } from './TermStatusTag';

export function TermCard({ org, onChanged }: { org: Org; onChanged: () => void }) {
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="任期"
      size="small"
      data-testid="term-card"
      extra={
        can('org.posts') && (
          <Button size="small" type="link" onClick={() => setEditing(true)} data-testid="edit-term">
            修改任期
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'start', label: '本届开始', children: org.termStartedOn ?? '未设置' },
          { key: 'years', label: '任期年限', children: `${org.termYears} 年` },
          { key: 'end', label: '届满日期', children: org.termEndsOn ?? '—' },
          {
            key: 'status',
            label: '任期状态',
            children: <TermStatusTag status={org.termStatus} daysLeft={org.termDaysLeft} />,
          },
        ]}
      />
      {editing && (
        <TermFormModal
          org={org}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
