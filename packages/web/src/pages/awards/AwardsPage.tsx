import { Card, DatePicker, Empty, Flex, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { OrgPicker } from '../orgs/OrgPicker';
import { AllowancesTab } from './AllowancesTab';
import { AwardsListTab } from './AwardsListTab';
import { FiveGoodTab } from './FiveGoodTab';
import { SeniorityTab } from './SeniorityTab';

/** 表彰与奖励: awards to orgs and members, the 五个好 evaluation, seniority rewards and cadre allowances. */
export default function AwardsPage() {
  const [orgId, setOrgId] = useState<number | null>(null);
  const [year, setYear] = useState(dayjs().year());
  const pick = <Empty description="请选择党组织" />;

  return (
    <Flex vertical gap={16} data-testid="awards-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        表彰与奖励
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <div style={{ flex: '1 1 240px', maxWidth: 420, minWidth: 0 }}>
            <OrgPicker value={orgId} onChange={setOrgId} placeholder="选择党组织" data-testid="awards-org" />
          </div>
          <DatePicker
            picker="year"
            value={dayjs(`${year}-01-01`)}
            allowClear={false}
            onChange={(d) => d && setYear(d.year())}
            aria-label="年度"
            data-testid="awards-year"
            style={{ flex: '0 1 140px' }}
          />
        </Flex>
      </Card>
      {/* Each tab loads afresh: a five-good award recorded on one shows on the 表彰 list. */}
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'awards',
            label: <span data-testid="awards-tab-awards">表彰</span>,
            children: orgId ? <AwardsListTab orgId={orgId} year={year} /> : pick,
          },
          {
            key: 'five-good',
            label: <span data-testid="awards-tab-five-good">五个好</span>,
            children: orgId ? <FiveGoodTab orgId={orgId} year={year} /> : pick,
          },
          {
            key: 'seniority',
            label: <span data-testid="awards-tab-seniority">年功奖励</span>,
            children: orgId ? <SeniorityTab orgId={orgId} year={year} /> : pick,
          },
          {
            key: 'allowances',
            label: <span data-testid="awards-tab-allowances">村干部补贴</span>,
            children: orgId ? <AllowancesTab orgId={orgId} year={year} /> : pick,
          },
        ]}
      />
    </Flex>
  );
}
