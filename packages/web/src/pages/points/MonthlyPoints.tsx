import { Flex, Typography } from 'antd';

/** The year month by month as small bars, with the number under each (no chart library needed). */
export function MonthlyPoints({ months }: { months: readonly { month: string; points: number }[] }) {
  const max = Math.max(1, ...months.map((m) => Math.abs(m.points)));
  return (
    <Flex gap={6} align="flex-end" style={{ height: 96, overflowX: 'auto' }} data-testid="points-months">
      {months.map((m) => (
        <Flex key={m.month} vertical align="center" gap={2} style={{ flex: '1 0 28px' }}>
          <div
            title={`${m.month}：${m.points} 分`}
            style={{
              width: 18,
              height: Math.round((Math.abs(m.points) / max) * 56),
              minHeight: m.points ? 2 : 0,
              background: m.points < 0 ? '#ff7875' : '#cf1322',
              borderRadius: 2,
            }}
          />
          <Typography.Text style={{ fontSize: 12 }}>{m.points}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {Number(m.month.slice(5, 7))}月
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
