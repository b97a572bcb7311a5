import { REVIEW_GRADE_LABELS, REVIEW_GRADES, type StarSettingsView } from '@jiceng/core';
import { Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { StarSettingsModal } from './StarSettingsModal';

/** The thresholds in force at the org, whose they are, and (for those who manage points) the editor. */
export function StarSettingsCard({
  settings,
  canManage,
  onSaved,
}: {
  settings: StarSettingsView;
  canManage: boolean;
  onSaved: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const { inForce, source } = settings;
  const sourceText =
    source === null
      ? '系统默认标准'
      : source.orgId === settings.orgId
        ? '本级设置'
        : `执行${source.orgName}的标准`;
  return (
    <Card
      size="small"
      title="星级评定标准"
      extra={
        canManage && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="star-settings-edit">
            {settings.own ? '修改本级标准' : '设置本级标准'}
          </Button>
        )
      }
      data-testid="star-settings"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'lines',
            label: '分数线',
            children: inForce.minPoints.map((p, i) => `${i + 2}星 ${p} 分`).join('，'),
          },
          {
            key: 'caps',
            label: '评议等次最高星级',
            children: REVIEW_GRADES.map((g) => `${REVIEW_GRADE_LABELS[g]} ${inForce.gradeCaps[g]} 星`).join(
              '，',
            ),
          },
          { key: 'ranking', label: '个人排名', children: inForce.publicRanking ? '公示栏公开' : '不公开' },
          {
            key: 'source',
            label: '来源',
            children: <span data-testid="star-settings-source">{sourceText}</span>,
          },
        ]}
      />
      {editing && (
        <StarSettingsModal
          settings={settings}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onSaved();
          }}
        />
      )}
    </Card>
  );
}
