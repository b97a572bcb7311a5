import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { OrgPicker } from '../orgs/OrgPicker';
import { DeadlinesTab } from './DeadlinesTab';
import { OnTimeTab } from './OnTimeTab';
import { RequestsListTab } from './RequestsListTab';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

const TABS = ['list', 'on-time', 'deadlines'] as const;
type TabKey = (typeof TABS)[number];

/** 服务诉求: the org's requests with dispatch and deadlines, the on-time rate per child org, the deadlines. */
export default function ServiceRequestsPage() {
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId('service.read');
  const orgId = Number(params.get('orgId')) || home;
  const tab: TabKey = TABS.find((t) => t === params.get('tab')) ?? 'list';
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next);
  };
  const pick = <Empty description="请选择党组织" />;

  return (
    <Flex vertical gap={16} data-testid="service-requests-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        服务诉求
      </Typography.Title>
      <Card size="small">
        <div style={{ maxWidth: 420 }}>
          <OrgPicker
            value={orgId}
            onChange={(id) => id && update({ orgId: String(id) })}
            placeholder="选择党组织"
            data-testid="requests-org"
          />
        </div>
      </Card>
      <Tabs
        destroyOnHidden
        activeKey={tab}
        onChange={(key) => update({ tab: key })}
        items={[
          {
            key: 'list',
            label: <span data-testid="requests-tab-list">诉求办理</span>,
            children: orgId ? <RequestsListTab orgId={orgId} /> : pick,
          },
          {
            key: 'on-time',
            label: <span data-testid="requests-tab-on-time">按时办结率</span>,
            children: orgId ? <OnTimeTab orgId={orgId} /> : pick,
          },
          {
            key: 'deadlines',
            label: <span data-testid="requests-tab-deadlines">时限设置</span>,
            children: orgId ? <DeadlinesTab orgId={orgId} /> : pick,
          },
        ]}
      />
    </Flex>
  );
}
