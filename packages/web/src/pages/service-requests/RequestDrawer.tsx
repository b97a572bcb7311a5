import {
  SATISFACTION_LABELS,
  SERVICE_REQUEST_CHANNEL_LABELS,
  serviceCloseInputSchema,
  serviceResolveInputSchema,
  serviceRespondInputSchema,
  type ServiceRequestDetail,
} from '@jiceng/core';
import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { formatDateTime } from '../../format/time';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { AssignModal } from './AssignModal';
import { DeadlineTag } from './DeadlineTag';
import { RequestTimeline } from './RequestTimeline';
import { StateTag } from './StateTag';
import { StepModal } from './StepModal';

type Dialog = 'assign' | 'respond' | 'resolve' | 'reject' | 'withdraw' | null;

/** One request: what was asked, by whom, the deadlines, its timeline, and the next steps for staff. */
export function RequestDrawer({
  id,
  onChanged,
  onClose,
}: {
  id: number;
  onChanged: () => void;
  onClose: () => void;
}) {
  const phone = useIsPhone();
  const { can } = useSession();
  const { data, error, reload } = useRequest(() => serviceRequestsApi.get(id), [id]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = can('service.manage');

  const done = () => {
    setDialog(null);
    reload();
    onChanged();
  };
  const actions = (r: ServiceRequestDetail) => {
    const open = ['submitted', 'assigned'].includes(r.state);
    return (
      <Flex gap={8} wrap>
        {open && (
          <Button type="primary" onClick={() => setDialog('assign')} data-testid="request-assign">
            {r.state === 'submitted' ? '派单' : '改派'}
          </Button>
        )}
        {r.state === 'assigned' && (
          <Button onClick={() => setDialog('respond')} data-testid="request-respond">
            登记到场
          </Button>
        )}
        {(r.state === 'assigned' || r.state === 'responded') && (
          <Button type="primary" onClick={() => setDialog('resolve')} data-testid="request-resolve">
            办结
          </Button>
        )}
        {open && (
          <Button danger onClick={() => setDialog('reject')} data-testid="request-reject">
            不予受理
          </Button>
        )}
        {open && (
          <Button onClick={() => setDialog('withdraw')} data-testid="request-withdraw">
            群众撤回
          </Button>
        )}
      </Flex>
    );
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={phone ? '100%' : 560}
      title={data ? `${data.kindLabel} · ${data.orgName}` : '服务诉求'}
      data-testid="request-drawer"
    >
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data ? (
        error === undefined && <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Flex gap={8} wrap align="center">
            <StateTag state={data.state} label={data.stateLabel} />
            <DeadlineTag deadline={data.deadline} />
            {data.escalationLevel > 0 && data.escalatedToOrgName && (
              <Typography.Text type="danger">已上报{data.escalatedToOrgName}</Typography.Text>
            )}
          </Flex>
          <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="request-text">
            {data.text}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            items={[
              { key: 'code', label: '查询码', children: data.trackingCode },
              { key: 'contact', label: '联系人', children: data.contactName },
              {
                key: 'phone',
                label: '联系电话',
                children: data.phoneUnmasked ? (
                  <a href={`tel:${data.contactPhone}`}>{data.contactPhone}</a>
                ) : (
                  data.contactPhone
                ),
              },
              ...(data.address ? [{ key: 'address', label: '地址', children: data.address }] : []),
              { key: 'channel', label: '受理渠道', children: SERVICE_REQUEST_CHANNEL_LABELS[data.channel] },
              { key: 'submitted', label: '提交时间', children: formatDateTime(data.submittedAt) },
              { key: 'respondBy', label: '响应时限', children: formatDateTime(data.respondBy) },
              { key: 'resolveBy', label: '办结时限', children: formatDateTime(data.resolveBy) },
              { key: 'assignee', label: '承办', children: data.assigneeName ?? '未派单' },
              ...(data.resolution
                ? [{ key: 'resolution', label: '办理结果', children: data.resolution }]
                : []),
              ...(data.closeReason ? [{ key: 'reason', label: '理由', children: data.closeReason }] : []),
              ...(data.satisfaction
                ? [
                    {
                      key: 'rating',
                      label: '群众评价',
                      children: `${SATISFACTION_LABELS[data.satisfaction]}${data.satisfactionComment ? `：${data.satisfactionComment}` : ''}`,
                    },
                  ]
                : []),
            ]}
          />
          {manage && actions(data)}
          <Typography.Title level={5} style={{ margin: 0 }}>
            办理过程
          </Typography.Title>
          <RequestTimeline events={data.timeline} />
          {dialog === 'assign' && (
            <AssignModal request={data} onDone={done} onClose={() => setDialog(null)} />
          )}
          {dialog === 'respond' && (
            <StepModal
              title="登记到场（响应）"
              label="响应情况"
              okText="登记"
              required={false}
              schema={serviceRespondInputSchema.shape.note}
              id="respond"
              onSubmit={(text) => serviceRequestsApi.respond(data.id, text || undefined)}
              onDone={done}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'resolve' && (
            <StepModal
              title="办结"
              label="办理结果"
              okText="办结"
              required
              schema={serviceResolveInputSchema.shape.resolution}
              id="resolve"
              onSubmit={(text) => serviceRequestsApi.resolve(data.id, text)}
              onDone={done}
              onClose={() => setDialog(null)}
            />
          )}
          {(dialog === 'reject' || dialog === 'withdraw') && (
            <StepModal
              title={dialog === 'reject' ? '不予受理' : '群众撤回'}
              label={dialog === 'reject' ? '不予受理的理由（群众凭查询码可见）' : '撤回说明'}
              okText="确定"
              required
              schema={serviceCloseInputSchema.shape.reason}
              id={dialog}
              onSubmit={(text) =>
                dialog === 'reject'
                  ? serviceRequestsApi.reject(data.id, text)
                  : serviceRequestsApi.withdraw(data.id, text)
              }
              onDone={done}
              onClose={() => setDialog(null)}
            />
          )}
        </Flex>
      )}
    </Drawer>
  );
}
