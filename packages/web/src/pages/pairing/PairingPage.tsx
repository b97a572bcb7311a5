import { Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { OrgPicker } from '../orgs/OrgPicker';
import { CoverageTab } from './CoverageTab';
import { FundTab } from './FundTab';
import { HouseholdsTab } from './HouseholdsTab';
import { PairingsTab } from './PairingsTab';
import { VisitsTab } from './VisitsTab';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

/** 结对帮扶: households, pairings, visits, coverage and the mutual-aid fund (issue 10). */
export default function PairingPage() {
  const [orgId, setOrgId] = useState<number | null>(useHomeOrgId('service.read'));
  const pick = <Empty description="请选择党组织（乡镇或村）" />;
  const tab = (key: string, label: string, content: (orgId: number) => ReactNode) => ({
    key,
    label: <span data-testid={`pairing-tab-${key}`}>{label}</span>,
    children: orgId ? content(orgId) : pick,
  });

  return (
    <Flex vertical gap={16} data-testid="pairing-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        结对帮扶
      </Typography.Title>
      <Card size="small">
        <div style={{ maxWidth: 420, minWidth: 0 }}>
          <OrgPicker value={orgId} onChange={setOrgId} placeholder="选择党组织" data-testid="pairing-org" />
        </div>
      </Card>
      {/* Each tab loads afresh, so a pairing made on one shows on the others. */}
      <Tabs
        destroyOnHidden
        items={[
          tab('households', '帮扶对象', (id) => <HouseholdsTab orgId={id} />),
          tab('pairings', '结对', (id) => <PairingsTab orgId={id} />),
          tab('visits', '走访记录', (id) => <VisitsTab orgId={id} />),
          tab('coverage', '覆盖情况', (id) => <CoverageTab orgId={id} onOpen={setOrgId} />),
          tab('fund', '互助金', (id) => <FundTab orgId={id} />),
        ]}
      />
    </Flex>
  );
}
