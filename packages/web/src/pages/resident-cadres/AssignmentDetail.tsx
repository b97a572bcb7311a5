import { ASSIGNMENT_STATE_LABELS, CADRE_MODE_LABELS } from '@jiceng/core';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { residentCadresApi } from '../../api/residentCadres';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { AssignmentEditModal, AssignmentEndModal } from './AssignmentModals';
import { FirstSecretaryTag, ModeTag, periodText } from './cadreTags';
import { PresenceCard } from './PresenceCard';
import { TasksCard } from './TasksCard';

/** One assignment: the cadre and period, the presence log and the tasks. */
export function AssignmentDetail() {
  const id = Number(useParams().id);
  const { can } = useSession();
  const [unmasked, setUnmasked] = useState(false);
  const [dialog, setDialog] = useState<'edit' | 'end' | null>(null);
  const { data, error, reload } = useRequest(() => residentCadresApi.get(id, unmasked), [id, unmasked]);
  if (error !== undefined) {
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  }
  if (!data) return <Skeleton active />;
  const a = data.assignment;
  const manage = can('cadre.manage') && a.state === 'active';
  return (
    <Flex vertical gap={16} data-testid="cadre-detail">
      <Link to="/service/cadres">← 返回驻村干部</Link>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {a.cadreName}
        </Typography.Title>
        <ModeTag mode={a.mode} />
        {a.firstSecretary && <FirstSecretaryTag />}
        <Tag color={a.state === 'active' ? 'green' : 'default'}>{ASSIGNMENT_STATE_LABELS[a.state]}</Tag>
      </Flex>
      <Card
        size="small"
        extra={
          manage && (
            <Flex gap={8}>
              <Button size="small" onClick={() => setDialog('edit')} data-testid="cadre-edit">
                修改
              </Button>
              <Button size="small" danger onClick={() => setDialog('end')} data-testid="cadre-end">
                结束选派
              </Button>
            </Flex>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label="派驻村">
            {a.townshipName ? `${a.townshipName} / ` : ''}
            {a.villageName}
          </Descriptions.Item>
          <Descriptions.Item label="工作方式">{CADRE_MODE_LABELS[a.mode]}</Descriptions.Item>
          <Descriptions.Item label="派驻期间">{periodText(a.from, a.to)}</Descriptions.Item>
          <Descriptions.Item label="派出单位">{a.workUnit}</Descriptions.Item>
          <Descriptions.Item label="职务">{a.post ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="选派单位">{a.dispatchedByName}</Descriptions.Item>
          <Descriptions.Item label="手机号">
            <span data-testid="cadre-phone-text">{a.phone ?? '—'}</span>
            {a.phone && !unmasked && can('person.unmask') && (
              <Button type="link" size="small" onClick={() => setUnmasked(true)} data-testid="cadre-unmask">
                显示完整号码
              </Button>
            )}
          </Descriptions.Item>
          {a.personId !== null && (
            <Descriptions.Item label="党员档案">
              <Link to={`/persons/${a.personId}`}>查看档案</Link>
            </Descriptions.Item>
          )}
          {a.state === 'ended' && (
            <Descriptions.Item label="结束">
              {a.endedOn}：{a.endReason}
            </Descriptions.Item>
          )}
          {a.note && <Descriptions.Item label="备注">{a.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <PresenceCard assignment={a} presence={data.presence} onChange={reload} />
      <TasksCard assignment={a} tasks={data.tasks} onChange={reload} />
      {dialog === 'edit' && (
        <AssignmentEditModal
          assignment={a}
          onDone={() => (setDialog(null), reload())}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'end' && (
        <AssignmentEndModal
          assignment={a}
          onDone={() => (setDialog(null), reload())}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}
