import type { MyPointsView } from '@jiceng/core';
import { Button, Card, Collapse, Flex, List, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { pointsApi } from '../../api/points';
import { useRequest } from '../../hooks/useRequest';
import { ClaimStatusTag } from '../points/ClaimStatusTag';
import { MyPointsClaimForm } from './MyPointsClaimForm';

const RECENT = 10;

function Entries({ view }: { view: MyPointsView }) {
  const [all, setAll] = useState(false);
  const entries = [...view.entries].reverse();
  const shown = all ? entries : entries.slice(0, RECENT);
  return (
    <>
      <List
        size="small"
        dataSource={shown}
        rowKey="id"
        locale={{ emptyText: '本年度暂无积分' }}
        data-testid="me-points-entries"
        renderItem={(e) => (
          <List.Item style={{ paddingInline: 0 }} data-testid="me-points-entry">
            <Flex justify="space-between" gap={8} style={{ width: '100%', minWidth: 0 }}>
              <Flex vertical style={{ minWidth: 0 }}>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{e.refLabel}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.occurredOn} · {e.sourceLabel}
                </Typography.Text>
              </Flex>
              <span style={{ whiteSpace: 'nowrap' }}>
                {e.capped && <Tag color="orange">封顶</Tag>}
                <Typography.Text strong>{e.points > 0 ? `+${e.points}` : e.points}</Typography.Text>
              </span>
            </Flex>
          </List.Item>
        )}
      />
      {entries.length > RECENT && (
        <Button type="link" size="small" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? '只看最近' : `显示全部 ${entries.length} 条`}
        </Button>
      )}
    </>
  );
}

function Claims({ view }: { view: MyPointsView }) {
  if (view.claims.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>我的申报</Typography.Text>}
      dataSource={view.claims}
      rowKey="id"
      data-testid="me-points-claims"
      renderItem={(c) => (
        <List.Item style={{ paddingInline: 0 }} data-testid={`me-points-claim-${c.id}`}>
          <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>{c.description}</Typography.Text>
              <ClaimStatusTag status={c.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.occurredOn} · 申报 {c.points} 分
              {c.status === 'approved' ? ` · 认定 ${c.grantedPoints} 分` : ''}
            </Typography.Text>
            {c.status === 'refused' && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                理由：{c.decisionReason}
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** The member's own points on the phone, and claims for what Jiceng does not record. */
export function MyPoints() {
  const { data, reload } = useRequest(() => pointsApi.mine(), []);
  if (!data) return null;
  return (
    <Card size="small" title="我的积分" data-testid="me-points">
      <Flex vertical gap={8}>
        <Statistic title={`${data.year} 年累计积分`} value={data.total} data-testid="me-points-total" />
        <Entries view={data} />
        <Claims view={data} />
        <Collapse
          size="small"
          items={[
            {
              key: 'claim',
              label: <span data-testid="me-points-claim-open">申报积分</span>,
              children: <MyPointsClaimForm view={data} onFiled={reload} />,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
