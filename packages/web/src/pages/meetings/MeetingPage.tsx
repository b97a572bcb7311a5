import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import type { MeetingDetail, RuleViolation } from '@jiceng/core';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { meetingsApi } from '../../api/meetings';
import { useRequest } from '../../hooks/useRequest';
import { FullPageSpin } from '../../layout/FullPageSpin';
import { formatDateTime } from '../../format/time';
import { AmendModal } from './AmendModal';
import { AmendmentsCard } from './AmendmentsCard';
import { AttendanceCard } from './AttendanceCard';
import { CloseRefusal } from './CloseRefusal';
import { HoldModal } from './HoldModal';
import { MeetingStateTag } from './MeetingStateTag';
import { MinutesCard } from './MinutesCard';
import { SignInQrCard } from './SignInQrCard';

type Dialog = 'hold' | 'amend' | null;

function infoItems(m: MeetingDetail) {
  return [
    { key: 'kind', label: '类别', children: m.kindLabel },
    { key: 'org', label: '组织', children: m.groupName ? `${m.orgName} / ${m.groupName}` : m.orgName },
    {
      key: 'planned',
      label: '计划日期',
      children: m.startsAt ? `${m.plannedOn} ${m.startsAt}` : m.plannedOn,
    },
    { key: 'held', label: '召开日期', children: m.heldOn ?? '—' },
    { key: 'place', label: '地点', children: m.place ?? '—' },
    ...(m.agenda
      ? [
          {
            key: 'agenda',
            label: '议程',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.agenda}</span>,
          },
        ]
      : []),
  ];
}

/** One meeting: plan → held → attendance and minutes → closed (locked, amendments only). */
export default function MeetingPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const { data, error } = useRequest(() => meetingsApi.get(id), [id]);
  const [saved, setSaved] = useState<MeetingDetail | null>(null);
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [refusal, setRefusal] = useState<RuleViolation[] | null>(null);
  const [closing, setClosing] = useState(false);

  if (error) {
    return <Result status="warning" title={error instanceof Error ? error.message : '加载失败'} />;
  }
  const meeting = saved?.id === id ? saved : data;
  if (!meeting) return <FullPageSpin />;

  const update = (m: MeetingDetail) => {
    setSaved(m);
    setVersion((v) => v + 1);
  };
  const open = meeting.state === 'planned' || meeting.state === 'held';
  const manage = meeting.mayManage && open;

  const close = async () => {
    setClosing(true);
    try {
      const closed = await meetingsApi.close(meeting.id);
      setRefusal(null);
      message.success('会议已归档，记录已锁定');
      update(closed);
    } catch (e) {
      if (e instanceof ApiRequestError && e.violations.length) setRefusal(e.violations);
      else message.error(e instanceof Error ? e.message : '归档失败');
    } finally {
      setClosing(false);
    }
  };

  const cancel = async () => {
    try {
      update(await meetingsApi.cancel(meeting.id));
      message.success('会议已取消，已通知应到人员');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '取消失败');
    }
  };

  return (
    <Flex
      vertical
      gap={12}
      style={{ maxWidth: 960, width: '100%', margin: '0 auto' }}
      data-testid="meeting-page"
    >
      <Link to="/meetings">
        <ArrowLeftOutlined /> 组织生活
      </Link>
      <Flex align="center" gap={8} wrap>
        <Typography.Title
          level={3}
          style={{ margin: 0, overflowWrap: 'anywhere' }}
          data-testid="meeting-title"
        >
          {meeting.title}
        </Typography.Title>
        <MeetingStateTag state={meeting.state} />
      </Flex>
      {refusal && <CloseRefusal violations={refusal} onClose={() => setRefusal(null)} />}
      {meeting.state === 'closed' && (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined />}
          title={`会议已归档（${formatDateTime(meeting.closedAt)}），记录已锁定`}
          description={
            <Flex vertical gap={4}>
              <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                记录校验值（SHA-256，已记入审计日志）：
                <Typography.Text code data-testid="minutes-hash">
                  {meeting.minutesHash}
                </Typography.Text>
              </Typography.Text>
              {meeting.mayManage && (
                <div>
                  <Button size="small" onClick={() => setDialog('amend')} data-testid="amend-button">
                    更正记录
                  </Button>
                </div>
              )}
            </Flex>
          }
          data-testid="meeting-locked"
        />
      )}
      <Flex gap={12} wrap align="start">
        <Card size="small" title="会议信息" style={{ flex: '2 1 320px', minWidth: 0 }}>
          <Descriptions
            size="small"
            column={1}
            items={infoItems(meeting)}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            data-testid="meeting-info"
          />
          {manage && (
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              {meeting.state === 'planned' && (
                <Button onClick={() => setDialog('hold')} data-testid="hold-button">
                  标记已召开
                </Button>
              )}
              <Button type="primary" onClick={close} loading={closing} data-testid="close-button">
                结束会议
              </Button>
              {meeting.state === 'planned' && (
                <Popconfirm
                  title="取消这次会议？"
                  description="应到人员将收到取消通知。"
                  okText="取消会议"
                  cancelText="不取消"
                  onConfirm={cancel}
                >
                  <Button danger data-testid="cancel-button">
                    取消会议
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </Card>
        {meeting.signInOpen && meeting.signInPath && (
          <div style={{ flex: '1 1 280px', minWidth: 0 }}>
            <SignInQrCard path={meeting.signInPath} />
          </div>
        )}
      </Flex>
      <AttendanceCard key={`a${version}`} meeting={meeting} onSaved={update} />
      <MinutesCard key={`m${version}`} meeting={meeting} onSaved={update} />
      {meeting.amendments.length > 0 && <AmendmentsCard amendments={meeting.amendments} />}
      {dialog === 'hold' && (
        <HoldModal
          meeting={meeting}
          onClose={() => setDialog(null)}
          onDone={(m) => {
            setDialog(null);
            update(m);
          }}
        />
      )}
      {dialog === 'amend' && (
        <AmendModal
          meeting={meeting}
          onClose={() => setDialog(null)}
          onDone={(m) => {
            setDialog(null);
            update(m);
          }}
        />
      )}
    </Flex>
  );
}
