import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { OrgPicker } from '../orgs/OrgPicker';
import { ModelSitesTab } from './ModelSitesTab';
import { VenuesTab } from './VenuesTab';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

/** 活动场所: pick an org, then its venues (and those below) or its model sites. */
export function VenuesHome() {
  const [orgId, setOrgId] = useState<number | null>(useHomeOrgId('service.read'));
  const pick = <Empty description="请选择党组织" />;
  return (
    <Flex vertical gap={16} data-testid="venues-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        党群活动场所与示范点
      </Typography.Title>
      <Card size="small">
        <div style={{ maxWidth: 420 }}>
          <OrgPicker value={orgId} onChange={setOrgId} placeholder="选择党组织" data-testid="venues-org" />
        </div>
      </Card>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'venues',
            label: <span data-testid="venues-tab-venues">活动场所</span>,
            children: orgId ? <VenuesTab orgId={orgId} /> : pick,
          },
          {
            key: 'sites',
            label: <span data-testid="venues-tab-sites">示范点</span>,
            children: orgId ? <ModelSitesTab orgId={orgId} /> : pick,
          },
        ]}
      />
    </Flex>
  );
}
