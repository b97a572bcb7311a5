import type { AssessmentBoard, AssessmentCell, AssessmentRow } from '@jiceng/core';
import { ConfigProvider, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone';
import { points, scoreColor, SCORE_LEGEND } from './assessmentStyle';

const MEDALS = ['#faad14', '#8c8c8c', '#d48806'];

function RankBadge({ rank }: { rank: number | null }) {
  if (rank === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const medal = rank <= 3 ? MEDALS[rank - 1] : undefined;
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        minWidth: 26,
        height: 26,
        borderRadius: 13,
        fontWeight: 600,
        color: medal ? '#fff' : 'rgba(0,0,0,0.65)',
        background: medal ?? '#f0f0f0',
      }}
    >
      {rank}
    </span>
  );
}

function ScoreCell({ cell }: { cell: AssessmentCell }) {
  if (!cell.applicable) return <Typography.Text type="secondary">不适用</Typography.Text>;
  const color = scoreColor(cell.scoreTenths, cell.maxScore);
  return (
    <Tooltip title={cell.evidence ?? cell.basis ?? (cell.scoreTenths === null ? '尚未评分' : undefined)}>
      <div
        style={{
          background: color.background,
          color: color.text,
          borderRadius: 4,
          padding: '4px 0',
          fontWeight: 500,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {points(cell.scoreTenths)}
        {cell.scoredHow === 'manual' && <sup style={{ marginLeft: 1, fontSize: 9 }}>手</sup>}
      </div>
    </Tooltip>
  );
}

export function ScoreLegend() {
  return (
    <Flex gap={6} wrap align="center" style={{ fontSize: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        得分率：
      </Typography.Text>
      {SCORE_LEGEND.map((l) => {
        const c = scoreColor(l.share * 100, 10);
        return (
          <span
            key={l.label}
            style={{ background: c.background, color: c.text, padding: '0 8px', borderRadius: 4 }}
          >
            {l.label}
          </span>
        );
      })}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <sup>手</sup> 为手工评分
      </Typography.Text>
    </Flex>
  );
}

/** The month's board: a row per branch (sticky name column), a coloured column per item, total and rank. */
export function BoardTable({
  board,
  onOpen,
}: {
  board: AssessmentBoard;
  onOpen: (row: AssessmentRow) => void;
}) {
  // On a phone only the branch stays put (with its rank in it), so the scores have room to scroll.
  const phone = useIsPhone();
  const rankColumn: TableColumnsType<AssessmentRow> = phone
    ? []
    : [
        {
          key: 'rank',
          title: '排名',
          fixed: 'left',
          width: 52,
          align: 'center',
          render: (_, row) => <RankBadge rank={row.rank} />,
        },
      ];
  const columns: TableColumnsType<AssessmentRow> = [
    ...rankColumn,
    {
      key: 'branch',
      title: '党支部',
      fixed: 'left',
      width: phone ? 112 : 136,
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Flex gap={6} align="center">
            {phone && <RankBadge rank={row.rank} />}
            <Typography.Link strong style={{ whiteSpace: 'normal' }}>
              {row.branch.name}
            </Typography.Link>
          </Flex>
          {row.parentName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.parentName}
            </Typography.Text>
          )}
          {row.missing.length > 0 && !row.publication && (
            <Tag
              color="orange"
              style={{ width: 'fit-content', marginInlineEnd: 0 }}
              data-testid="board-missing"
            >
              待评 {row.missing.length} 项
            </Tag>
          )}
        </Flex>
      ),
    },
    ...board.items.map((item, i) => ({
      key: item.key,
      title: (
        <Tooltip title={item.description ?? undefined}>
          <div style={{ lineHeight: 1.3, fontSize: 13, whiteSpace: 'nowrap' }}>
            <div>{item.name}</div>
            <div
              style={{
                fontSize: 11,
                fontWeight: 'normal',
                color: item.computed ? '#389e0d' : 'rgba(0,0,0,0.45)',
              }}
            >
              {item.maxScore}分{item.computed ? '·自动' : '·手工'}
            </div>
          </div>
        </Tooltip>
      ),
      align: 'center' as const,
      width: 64,
      render: (_: unknown, row: AssessmentRow) => <ScoreCell cell={row.cells[i]!} />,
    })),
    {
      key: 'total',
      title: '总分',
      fixed: phone ? undefined : 'right',
      width: 76,
      align: 'center',
      render: (_, row) => {
        const color = scoreColor(row.totalTenths, row.maxTotal);
        return (
          <span
            data-testid={`board-total-${row.branch.id}`}
            style={{ fontWeight: 700, fontSize: 15, color: color.text, fontVariantNumeric: 'tabular-nums' }}
          >
            {points(row.totalTenths)}
            <Typography.Text type="secondary" style={{ fontSize: 11, fontWeight: 'normal' }}>
              /{row.maxTotal}
            </Typography.Text>
          </span>
        );
      },
    },
  ];
  return (
    <ConfigProvider theme={{ components: { Table: { cellPaddingInlineSM: 4, cellPaddingBlockSM: 6 } } }}>
      <Table<AssessmentRow>
        rowKey={(r) => r.branch.id}
        size="small"
        bordered
        columns={columns}
        dataSource={board.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({
          onClick: () => onOpen(row),
          style: { cursor: 'pointer' },
          'data-testid': `board-row-${row.branch.id}`,
        })}
        data-testid="assessment-board"
      />
    </ConfigProvider>
  );
}
