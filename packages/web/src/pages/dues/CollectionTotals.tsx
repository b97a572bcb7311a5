import { fenLabel, type DuesRoster } from '@jiceng/core';
import { Card, Typography } from 'antd';

interface Cell {
  key: string;
  label: string;
  members: number;
  fen: number;
  color?: string;
}

/** 应交 / 已交 / 未交 of the month, people and money, as the ledger counts them (the roster's totals). */
export function CollectionTotals({ totals }: { totals: DuesRoster['totals'] }) {
  const cells: Cell[] = [
    { key: 'due', label: '应交', members: totals.members, fen: totals.dueFen },
    { key: 'paid', label: '已交', members: totals.paidMembers, fen: totals.collectedFen, color: '#389e0d' },
    {
      key: 'unpaid',
      label: '未交',
      members: totals.unpaidMembers,
      fen: totals.outstandingFen,
      color: totals.unpaidMembers > 0 ? '#cf1322' : undefined,
    },
  ];
  return (
    <Card size="small" data-testid="collection-totals">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 8 }}>
        {cells.map((c) => (
          <div key={c.key} data-testid={`totals-${c.key}`} style={{ minWidth: 0, textAlign: 'center' }}>
            <Typography.Text type="secondary">{c.label}</Typography.Text>
            <div
              style={{ fontSize: 20, fontWeight: 600, color: c.color }}
              data-testid={`totals-${c.key}-members`}
            >
              {c.members} 人
            </div>
            <div style={{ color: c.color, overflowWrap: 'anywhere' }} data-testid={`totals-${c.key}-fen`}>
              {fenLabel(c.fen)}
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
