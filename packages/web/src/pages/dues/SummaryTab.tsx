import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { duesApi } from '../../api/dues';
import { useRequest } from '../../hooks/useRequest';
import { DuesTotals } from './DuesTotals';
import { ExcelButton } from './ExcelButton';
import { ChildTable, MonthTable } from './SummaryTables';

interface Props {
  orgId: number;
  year: number;
  onOpenOrg: (orgId: number) => void;
}

/** 收缴汇总: due against collected for the org's subtree in a year, by month and by child org. */
export function SummaryTab({ orgId, year, onOpenOrg }: Props) {
  const { data, error } = useRequest(() => duesApi.summary(orgId, year), [orgId, year]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data || data.org.id !== orgId || data.year !== year) return <Skeleton active />;
  // A branch has only its own members: the by-child table would repeat the totals.
  const hasChildren = data.children.some((c) => !c.self);

  return (
    <Flex vertical gap={12} data-testid="dues-summary">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>
          {data.org.name} {year} 年
        </Typography.Text>
        <ExcelButton download={() => duesApi.summaryXlsx(orgId, year)} testId="dues-summary-export" />
      </Flex>
      <DuesTotals totals={data.totals} />
      {hasChildren && (
        <Card size="small" title="按下级组织（全年）">
          <ChildTable summary={data} onOpen={onOpenOrg} />
        </Card>
      )}
      <Card size="small" title="按月">
        {data.totals.members === 0 ? (
          <Empty description={`${year} 年没有生成党费台账`} />
        ) : (
          <MonthTable summary={data} />
        )}
      </Card>
    </Flex>
  );
}
