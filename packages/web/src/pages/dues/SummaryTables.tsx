import { fenToYuanText, monthLabel, type DuesFigures, type DuesSummary } from '@jiceng/core';
import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { collectionRate } from './duesFormat';

type MonthRow = DuesSummary['months'][number];
type ChildRow = DuesSummary['children'][number];

interface Figure {
  key: string;
  title: string;
  value: (f: DuesFigures) => string | number;
}

/** The figures of a row; counts are people for a month, person-months (人次) over the year. */
function figuresOf(unit: '人数' | '人次'): Figure[] {
  return [
    { key: 'members', title: `应交${unit}`, value: (f) => f.members },
    { key: 'paidMembers', title: `已交${unit}`, value: (f) => f.paidMembers },
    { key: 'due', title: '应交（元）', value: (f) => fenToYuanText(f.dueFen) },
    { key: 'collected', title: '实交（元）', value: (f) => fenToYuanText(f.collectedFen) },
    { key: 'owing', title: '未交（元）', value: (f) => fenToYuanText(f.dueFen - f.collectedFen) },
    { key: 'rate', title: '收缴率', value: collectionRate },
    { key: 'voluntary', title: '自愿多交（元）', value: (f) => fenToYuanText(f.voluntaryFen) },
  ];
}

function figureColumns<Row extends DuesFigures>(unit: '人数' | '人次'): TableColumnsType<Row> {
  return figuresOf(unit).map((figure) => ({
    key: figure.key,
    title: figure.title,
    align: 'right' as const,
    render: (_: unknown, row: Row) => figure.value(row),
  }));
}

/** The totals as the table's last row, cell for cell under the figure columns. */
function totalsRow(label: string, totals: DuesFigures, unit: '人数' | '人次') {
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>
        <Typography.Text strong>{label}</Typography.Text>
      </Table.Summary.Cell>
      {figuresOf(unit).map((figure, i) => (
        <Table.Summary.Cell key={figure.key} index={i + 1} align="right">
          <Typography.Text strong>{figure.value(totals)}</Typography.Text>
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}

export function MonthTable({ summary }: { summary: DuesSummary }) {
  const columns: TableColumnsType<MonthRow> = [
    { key: 'month', title: '月份', fixed: 'left', render: (_, m) => monthLabel(m.month) },
    ...figureColumns<MonthRow>('人数'),
  ];
  return (
    <Table<MonthRow>
      rowKey="month"
      size="small"
      columns={columns}
      dataSource={summary.months}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() => totalsRow('全年', summary.totals, '人数')}
      data-testid="dues-months"
    />
  );
}

/** One row per child org within reach, and the org's own members (直属); a child's name opens it. */
export function ChildTable({ summary, onOpen }: { summary: DuesSummary; onOpen: (orgId: number) => void }) {
  const columns: TableColumnsType<ChildRow> = [
    {
      key: 'org',
      title: '党组织',
      fixed: 'left',
      render: (_, row) =>
        row.self ? (
          <span>{`${row.org.name}（直属）`}</span>
        ) : (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
            onClick={() => onOpen(row.org.id)}
            data-testid={`dues-open-${row.org.id}`}
          >
            {row.org.name}
          </Button>
        ),
    },
    ...figureColumns<ChildRow>('人次'),
  ];
  return (
    <Table<ChildRow>
      rowKey={(row) => (row.self ? `self-${row.org.id}` : String(row.org.id))}
      size="small"
      columns={columns}
      dataSource={summary.children}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() => totalsRow('合计', summary.totals, '人次')}
      data-testid="dues-children"
    />
  );
}
