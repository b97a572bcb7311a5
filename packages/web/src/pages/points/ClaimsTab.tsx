import { POINTS_CLAIM_STATUS_LABELS, type PointsClaimStatus, type PointsClaimView } from '@jiceng/core';
import { Alert, Button, Card, Empty, Flex, Segmented, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { pointsApi } from '../../api/points';
import { useRequest } from '../../hooks/useRequest';
import { ClaimDecisionModal } from './ClaimDecisionModal';
import { ClaimStatusTag } from './ClaimStatusTag';
import { PointsFilters } from './PointsFilters';
import { usePointsParams } from './usePointsParams';

type Filter = PointsClaimStatus | 'all';

/** Members' claims under an org: the pending ones to approve (with points) or refuse (with a reason). */
export function ClaimsTab() {
  const params = usePointsParams();
  const { orgId } = params;
  const [filter, setFilter] = useState<Filter>('pending');
  const [deciding, setDeciding] = useState<PointsClaimView>();
  const claims = useRequest(
    () =>
      orgId ? pointsApi.claims(orgId, filter === 'all' ? undefined : filter) : Promise.resolve(undefined),
    [orgId, filter],
  );

  return (
    <Flex vertical gap={12} data-testid="points-claims">
      <Card size="small">
        <Flex gap={12} wrap align="center" justify="space-between">
          <PointsFilters params={params} />
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'pending', label: POINTS_CLAIM_STATUS_LABELS.pending },
              { value: 'approved', label: POINTS_CLAIM_STATUS_LABELS.approved },
              { value: 'refused', label: POINTS_CLAIM_STATUS_LABELS.refused },
              { value: 'all', label: '全部' },
            ]}
          />
        </Flex>
      </Card>
      {claims.error ? (
        <Alert
          type="error"
          showIcon
          title={claims.error instanceof Error ? claims.error.message : '加载失败'}
        />
      ) : !orgId ? (
        <Empty description="请选择党组织" />
      ) : (
        <Table<PointsClaimView>
          size="small"
          rowKey="id"
          loading={claims.loading}
          dataSource={claims.data?.items ?? []}
          scroll={{ x: 760 }}
          locale={{ emptyText: filter === 'pending' ? '没有待审核的申报' : '暂无申报' }}
          columns={[
            {
              title: '申报人',
              dataIndex: 'personName',
              render: (name: string, claim) => <Link to={`/persons/${claim.personId}/points`}>{name}</Link>,
            },
            { title: '所在组织', dataIndex: 'orgName' },
            { title: '发生日期', dataIndex: 'occurredOn', width: 110 },
            { title: '事项', dataIndex: 'description' },
            { title: '申报分值', dataIndex: 'points', align: 'right', width: 90 },
            {
              title: '状态',
              key: 'status',
              render: (_, claim) => (
                <Flex vertical gap={2}>
                  <span>
                    <ClaimStatusTag status={claim.status} />
                    {claim.status === 'approved' && `认定 ${claim.grantedPoints} 分`}
                  </span>
                  {claim.status === 'refused' && <span>理由：{claim.decisionReason}</span>}
                </Flex>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 90,
              render: (_, claim) =>
                claim.status === 'pending' ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setDeciding(claim)}
                    data-testid={`claim-decide-${claim.id}`}
                  >
                    审核
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {deciding && (
        <ClaimDecisionModal
          claim={deciding}
          onClose={() => setDeciding(undefined)}
          onDone={() => {
            setDeciding(undefined);
            claims.reload();
          }}
        />
      )}
    </Flex>
  );
}
