import type { BoardRow } from '@jiceng/core';
import { STAGE_LABELS } from '@jiceng/core';
import { Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { byDueDate, DueDate } from './boardColumns';

/** The board as one card per item, for phones. */
export function BoardCards({ rows }: { rows: BoardRow[] }) {
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" />;
  return (
    <Flex vertical gap={8} data-testid="board-cards">
      {[...rows].sort(byDueDate).map((row) => (
        <Link
          key={`${row.personId}-${row.item}`}
          to={`/persons/${row.personId}`}
          style={{ color: 'inherit' }}
          data-testid="board-card"
        >
          <Card size="small" hoverable>
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong>{row.name}</Typography.Text>
              <DueDate row={row} />
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0 0' }}>{row.label}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.orgName} · {STAGE_LABELS[row.stage]} · {row.rule}
            </Typography.Text>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
