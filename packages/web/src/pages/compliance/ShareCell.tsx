import type { ComplianceCell } from '@jiceng/core';
import { Flex, Typography } from 'antd';
import { percent, shareColor } from './complianceStyle';

interface Props {
  cell: ComplianceCell;
  selected: boolean;
  onSelect: () => void;
  testId: string;
}

/** One kind among some branches: the share met this period, coloured, and how many missed a period this year. */
export function ShareCell({ cell, selected, onSelect, testId }: Props) {
  const color = shareColor(cell.share);
  const overdue = cell.overdueInYearOrgIds.length;
  if (cell.branches === 0) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        不适用
      </Typography.Text>
    );
  }
  return (
    <button
      type="button"
      onClick={onSelect}
      data-testid={testId}
      aria-pressed={selected}
      title={`本期已完成 ${cell.met}/${cell.branches} 个支部；本年有未完成周期的支部 ${overdue} 个`}
      style={{
        cursor: 'pointer',
        width: '100%',
        minWidth: 76,
        padding: '4px 6px',
        borderRadius: 6,
        border: `${selected ? 2 : 1}px solid ${color?.border ?? '#d9d9d9'}`,
        background: color?.background ?? '#fafafa',
        color: color?.text,
        font: 'inherit',
      }}
    >
      <Flex vertical align="center" gap={0}>
        <strong style={{ fontSize: 16 }}>{percent(cell.share)}</strong>
        <span style={{ fontSize: 12 }}>
          {cell.met}/{cell.branches}
        </span>
        <span style={{ fontSize: 12, color: overdue ? '#cf1322' : '#8c8c8c' }}>
          {overdue ? `未完成 ${overdue}` : '无未完成'}
        </span>
      </Flex>
    </button>
  );
}
