import { serviceResolveInputSchema, serviceRespondInputSchema, type ServiceRequestItem } from '@jiceng/core';
import { Alert, Button, Card, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { formatDateTime } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { DeadlineTag } from '../service-requests/DeadlineTag';
import { StateTag } from '../service-requests/StateTag';
import { StepModal } from '../service-requests/StepModal';

type Acting = { request: ServiceRequestItem; action: 'respond' | 'resolve' } | null;

function RequestLine({
  r,
  onAct,
}: {
  r: ServiceRequestItem;
  onAct: (action: 'respond' | 'resolve') => void;
}) {
  const open = r.state === 'assigned' || r.state === 'responded';
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid={`me-request-${r.trackingCode}`}>
      <Flex vertical gap={6} style={{ width: '100%', minWidth: 0 }}>
        <Flex gap={6} wrap align="center">
          <Typography.Text strong>{r.kindLabel}</Typography.Text>
          <StateTag state={r.state} label={r.stateLabel} />
          <DeadlineTag deadline={r.deadline} />
        </Flex>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{r.text}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
          {r.orgName} · {r.contactName}{' '}
          {open ? <a href={`tel:${r.contactPhone}`}>{r.contactPhone}</a> : r.contactPhone}
          {r.address ? ` · ${r.address}` : ''}
        </Typography.Text>
        {open && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.state === 'assigned'
              ? `请于 ${formatDateTime(r.respondBy)} 前到场`
              : `请于 ${formatDateTime(r.resolveBy)} 前办结`}
          </Typography.Text>
        )}
        {open && (
          <Flex gap={8}>
            {r.state === 'assigned' && (
              <Button onClick={() => onAct('respond')} data-testid="me-request-respond">
                到场
              </Button>
            )}
            <Button type="primary" onClick={() => onAct('resolve')} data-testid="me-request-resolve">
              办结
            </Button>
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}

/** 我承办的诉求: requests assigned to the member, on the phone, with 到场 and 办结. */
export function MyServiceRequests() {
  const { data, error, reload } = useRequest(() => serviceRequestsApi.mine(), []);
  const [acting, setActing] = useState<Acting>(null);
  if (data && data.length === 0) return null;
  return (
    <Card size="small" title="我承办的群众诉求" data-testid="me-requests">
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <List
        size="small"
        loading={!data && error === undefined}
        dataSource={data ?? []}
        rowKey="id"
        renderItem={(r) => <RequestLine r={r} onAct={(action) => setActing({ request: r, action })} />}
      />
      {acting?.action === 'respond' && (
        <StepModal
          title="登记到场"
          label="情况说明（选填）"
          okText="到场"
          required={false}
          schema={serviceRespondInputSchema.shape.note}
          id="me-respond"
          onSubmit={(text) => serviceRequestsApi.myRespond(acting.request.id, text || undefined)}
          onDone={() => (setActing(null), reload())}
          onClose={() => setActing(null)}
        />
      )}
      {acting?.action === 'resolve' && (
        <StepModal
          title="办结"
          label="办理结果"
          okText="办结"
          required
          schema={serviceResolveInputSchema.shape.resolution}
          id="me-resolve"
          onSubmit={(text) => serviceRequestsApi.myResolve(acting.request.id, text)}
          onDone={() => (setActing(null), reload())}
          onClose={() => setActing(null)}
        />
      )}
    </Card>
  );
}
