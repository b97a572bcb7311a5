import { fenLabel, type DuesFigures } from '@jiceng/core';
import { Card, Flex, Statistic } from 'antd';
import { collectionRate } from './duesFormat';

/** 应交, 实交, 收缴率 and 自愿多交 (F8, apart from the regular dues) of the year. */
export function DuesTotals({ totals }: { totals: DuesFigures }) {
  const items = [
    { key: 'due', title: '应交', value: fenLabel(totals.dueFen) },
    { key: 'collected', title: '实交', value: fenLabel(totals.collectedFen) },
    { key: 'rate', title: '收缴率', value: collectionRate(totals) },
    { key: 'voluntary', title: '自愿多交', value: fenLabel(totals.voluntaryFen) },
  ];
  return (
    <Card size="small">
      <Flex wrap gap={16} justify="space-between">
        {items.map((item) => (
          <div
            key={item.key}
            style={{ flex: '1 1 140px', minWidth: 0 }}
            data-testid={`dues-total-${item.key}`}
          >
            <Statistic title={item.title} value={item.value} styles={{ content: { fontSize: 20 } }} />
          </div>
        ))}
      </Flex>
    </Card>
  );
}
