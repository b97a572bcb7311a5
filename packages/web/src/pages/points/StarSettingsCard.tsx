import { REVIEW_GRADE_LABELS, REVIEW_GRADES, type StarSettingsView } from '@jiceng/core';
import { App, Button, Card, Descriptions, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { pointsApi } from '../../api/points';
import { testId } from '../../forms/testId';
import { StarSettingsModal } from './StarSettingsModal';

/** Drops the org's own thresholds after a confirm; the org and those below it follow the level above again. */
function InheritButton({ orgId, onDone }: { orgId: number; onDone: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const inherit = async () => {
    setBusy(true);
    try {
      await pointsApi.inheritStarSettings(orgId);
      message.success('已恢复执行上级标准');
      onDone();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title="恢复继承上级标准？"
      description="本级设置的标准将被删除，本组织及未自行设置的下级改为执行上级（上级均未设置时为系统默认）的标准。"
      okText="恢复继承"
      cancelText="保留本级标准"
      onConfirm={inherit}
      okButtonProps={testId('star-settings-inherit-confirm')}
    >
      <Button size="small" loading={busy} data-testid="star-settings-inherit">
        恢复继承上级标准
      </Button>
    </Popconfirm>
  );
}

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
          <Flex gap={8}>
            {settings.own && <InheritButton orgId={settings.orgId} onDone={onSaved} />}
            <Button size="small" onClick={() => setEditing(true)} data-testid="star-settings-edit">
              {settings.own ? '修改本级标准' : '设置本级标准'}
            </Button>
          </Flex>
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
