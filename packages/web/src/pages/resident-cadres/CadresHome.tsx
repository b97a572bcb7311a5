import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { OrgPicker } from '../orgs/OrgPicker';
import { AssignmentsTab } from './AssignmentsTab';
import { CountsTab } from './CountsTab';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

/** 驻村干部: pick an org (a county, a township, a village), then its assignments or counts per township. */
export function CadresHome() {
  const [orgId, setOrgId] = useState<number | null>(useHomeOrgId('service.read'));
  const pick = <Empty description="请选择党组织（县、乡镇或村）" />;
  return (
    <Flex vertical gap={16} data-testid="cadres-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        驻村干部与第一书记
      </Typography.Title>
      <Card size="small">
        <div style={{ maxWidth: 420 }}>
          <OrgPicker value={orgId} onChange={setOrgId} placeholder="选择党组织" data-testid="cadres-org" />
        </div>
      </Card>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'list',
            label: <span data-testid="cadres-tab-list">选派名单</span>,
            children: orgId ? <AssignmentsTab orgId={orgId} /> : pick,
          },
          {
            key: 'counts',
            label: <span data-testid="cadres-tab-counts">按乡镇统计</span>,
            children: orgId ? <CountsTab orgId={orgId} /> : pick,
          },
        ]}
      />
    </Flex>
  );
}
