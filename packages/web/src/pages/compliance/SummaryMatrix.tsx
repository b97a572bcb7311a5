import type { ComplianceCell, ComplianceRow, ComplianceSummary } from '@jiceng/core';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone';
import { percent, shareColor } from './complianceStyle';
import { ShareCell } from './ShareCell';

/** A cell of the matrix: a row (child org id, or null for the totals) and a kind. */
export interface CellKey {
  rowOrgId: number | null;
  kind: string;
}

interface Props {
  summary: ComplianceSummary;
  selected: CellKey | null;
  onSelect: (key: CellKey) => void;
  /** Opens a child org's own view. */
  onOpenOrg: (orgId: number) => void;
}

interface MatrixRow {
  key: string;
  rowOrgId: number | null;
  name: string;
  self: boolean;
  branches: number;
  cells: ComplianceCell[];
}

function rowsOf(summary: ComplianceSummary): MatrixRow[] {
  const rows = summary.rows.map((r: ComplianceRow) => ({
    key: String(r.org.id),
    rowOrgId: r.org.id,
    name: r.self ? `${r.org.name}（直属支部）` : r.org.name,
    self: r.self,
    branches: r.branches,
    cells: r.cells,
  }));
  return [
    ...rows,
    {
      key: 'total',
      rowOrgId: null,
      name: '合计',
      self: true,
      branches: summary.totals.branches,
      cells: summary.totals.cells,
    },
  ];
}

/**
 * The committee matrix: rows are child orgs (and the org's own branches), columns the kinds; each cell the
 * share of branches that met the running period, and how many left a period of this year unmet.
 */
export function SummaryMatrix({ summary, selected, onSelect, onOpenOrg }: Props) {
  const phone = useIsPhone();
  const rows = rowsOf(summary);
  const isSelected = (row: MatrixRow, kind: string) =>
    selected !== null && selected.rowOrgId === row.rowOrgId && selected.kind === kind;
  const testId = (row: MatrixRow, kind: string) => `compliance-cell-${row.rowOrgId ?? 'total'}-${kind}`;

  if (phone) {
    return (
      <Flex vertical gap={12} data-testid="compliance-matrix">
        {rows.map((row) => (
          <Card
            key={row.key}
            size="small"
            title={
              <Flex justify="space-between" align="center" gap={8}>
                <span style={{ whiteSpace: 'normal' }}>{row.name}</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {row.branches} 个支部
                </Typography.Text>
              </Flex>
            }
          >
            <Flex vertical gap={6}>
              {summary.kinds.map(({ kind, label }, i) => {
                const cell = row.cells[i]!;
                const color = shareColor(cell.share);
                const overdue = cell.overdueInYearOrgIds.length;
                return (
                  <Flex
                    key={kind}
                    justify="space-between"
                    align="center"
                    role="button"
                    tabIndex={0}
                    onClick={() => cell.branches > 0 && onSelect({ rowOrgId: row.rowOrgId, kind })}
                    data-testid={testId(row, kind)}
                    style={{
                      padding: '4px 8px',
                      borderRadius: 6,
                      border: `1px solid ${isSelected(row, kind) ? '#1677ff' : '#f0f0f0'}`,
                    }}
                  >
                    <span>{label}</span>
                    <Flex gap={4} align="center">
                      {cell.branches === 0 ? (
                        <Typography.Text type="secondary">不适用</Typography.Text>
                      ) : (
                        <>
                          <Tag
                            style={{
                              marginInlineEnd: 0,
                              background: color?.background,
                              borderColor: color?.border,
                              color: color?.text,
                            }}
                          >
                            {percent(cell.share)} · {cell.met}/{cell.branches}
                          </Tag>
                          {overdue > 0 && (
                            <Tag color="red" style={{ marginInlineEnd: 0 }}>
                              未完成 {overdue}
                            </Tag>
                          )}
                        </>
                      )}
                    </Flex>
                  </Flex>
                );
              })}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<MatrixRow> = [
    {
      key: 'org',
      title: '组织',
      fixed: 'left',
      width: 200,
      render: (_, row) => (
        <Flex vertical gap={2}>
          {row.rowOrgId !== null && !row.self ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              onClick={() => onOpenOrg(row.rowOrgId!)}
            >
              {row.name}
            </Button>
          ) : (
            <Typography.Text strong={row.rowOrgId === null}>{row.name}</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.branches} 个支部
          </Typography.Text>
        </Flex>
      ),
    },
    ...summary.kinds.map(({ kind, label }, i) => ({
      key: kind,
      title: label,
      align: 'center' as const,
      width: 104,
      render: (_: unknown, row: MatrixRow) => (
        <ShareCell
          cell={row.cells[i]!}
          selected={isSelected(row, kind)}
          onSelect={() => onSelect({ rowOrgId: row.rowOrgId, kind })}
          testId={testId(row, kind)}
        />
      ),
    })),
  ];
  return (
    <Table<MatrixRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="compliance-matrix"
    />
  );
}
