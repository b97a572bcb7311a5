import type { AssessmentYearRow } from '@jiceng/core';
import { Alert, Empty, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { assessmentApi } from '../../api/assessment';
import { useRequest } from '../../hooks/useRequest';
import { points, scoreColor } from './assessmentStyle';

/** The year's ranking: each branch's monthly totals, the average of its scored months and its rank. */
export function YearSummary({ orgId, year }: { orgId: number; year: number }) {
  const { data, error } = useRequest(() => assessmentApi.year(orgId, year), [orgId, year]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  if (data.rows.length === 0) return <Empty description="该组织下没有您可查看的支部" />;
  const columns: TableColumnsType<AssessmentYearRow> = [
    {
      key: 'rank',
      title: '排名',
      fixed: 'left',
      width: 56,
      align: 'center',
      render: (_, r) => r.rank ?? '—',
    },
    {
      key: 'branch',
      title: '党支部',
      fixed: 'left',
      width: 170,
      render: (_, r) => <span style={{ whiteSpace: 'normal' }}>{r.branch.name}</span>,
    },
    ...Array.from({ length: 12 }, (_, i) => ({
      key: `m${i}`,
      title: (
        <span>
          {i + 1}月{data.published[i] && <sup style={{ color: '#389e0d' }}>✓</sup>}
        </span>
      ),
      width: 60,
      align: 'center' as const,
      render: (_: unknown, r: AssessmentYearRow) => {
        const c = scoreColor(r.months[i] ?? null, r.maxTotal);
        return <span style={{ color: c.text }}>{points(r.months[i] ?? null)}</span>;
      },
    })),
    {
      key: 'average',
      title: '月均分',
      fixed: 'right',
      width: 80,
      align: 'center',
      render: (_, r) => <Typography.Text strong>{points(r.averageTenths)}</Typography.Text>,
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        按已评分月份的平均总分排名，共 {data.rankedAmong} 个支部参加排名；<Tag color="green">✓</Tag>
        为已发布的月份。
      </Typography.Paragraph>
      <Table<AssessmentYearRow>
        rowKey={(r) => r.branch.id}
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={data.rows}
        data-testid="assessment-year"
      />
    </>
  );
}
