import { Card, DatePicker, Empty, Flex, Skeleton, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { OrgPicker } from '../orgs/OrgPicker';
import { ArrearsTab } from './ArrearsTab';
import { RemittancesTab } from './RemittancesTab';
import { ReportBreadcrumb } from './ReportBreadcrumb';
import { SummaryTab } from './SummaryTab';
import { reportTabOf, useReportParams } from './useReportParams';

/** 党费统计: due against collected for any subtree, the arrears list and the remittances, each exportable. */
export default function DuesReportsPage() {
  const { tab, orgId, year, rootIds, ready, update } = useReportParams();
  const openOrg = (id: number) => update({ orgId: id });
  const pick = ready ? <Empty description="请选择党组织" /> : <Skeleton active />;

  return (
    <Flex vertical gap={16} data-testid="dues-reports-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        党费统计
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <div style={{ flex: '1 1 240px', maxWidth: 420, minWidth: 0 }}>
            <OrgPicker
              value={orgId}
              onChange={(id) => update({ orgId: id })}
              placeholder="选择党组织"
              data-testid="dues-org"
            />
          </div>
          {tab !== 'arrears' && (
            <DatePicker
              picker="year"
              value={dayjs(`${year}-01-01`)}
              allowClear={false}
              onChange={(d) => d && update({ year: d.year() })}
              aria-label="年度"
              data-testid="dues-year"
              style={{ flex: '0 1 140px' }}
            />
          )}
        </Flex>
      </Card>
      {orgId && <ReportBreadcrumb orgId={orgId} rootIds={rootIds} onOpen={openOrg} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: reportTabOf(key) })}
        items={[
          {
            key: 'summary',
            label: <span data-testid="dues-tab-summary">收缴汇总</span>,
            children: orgId ? <SummaryTab orgId={orgId} year={year} onOpenOrg={openOrg} /> : pick,
          },
          {
            key: 'arrears',
            label: <span data-testid="dues-tab-arrears">欠交名单</span>,
            children: orgId ? <ArrearsTab orgId={orgId} /> : pick,
          },
          {
            key: 'remittances',
            label: <span data-testid="dues-tab-remittances">上缴记录</span>,
            children: orgId ? <RemittancesTab orgId={orgId} year={year} /> : pick,
          },
        ]}
      />
    </Flex>
  );
}
