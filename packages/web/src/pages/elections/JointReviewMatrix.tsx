import { JOINT_REVIEW_DECISION_LABELS, type JointReview, type JointReviewDecision } from '@jiceng/core';
import { Table, Tag, Tooltip } from 'antd';

const COLORS: Record<JointReviewDecision, string> = { pending: 'default', passed: 'green', objected: 'red' };

type Row = JointReview['candidates'][number];

/** Candidate × department: pending, passed, or objected with the reason. */
export function JointReviewMatrix({ review }: { review: JointReview }) {
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={review.candidates}
      data-testid="joint-review-matrix"
      columns={[
        {
          key: 'name',
          title: '候选人',
          fixed: 'left',
          render: (_, c) => (
            <span>
              {c.name}
              {c.post ? <span style={{ color: '#888' }}>（{c.post}）</span> : null}
            </span>
          ),
        },
        ...review.departments.map((d) => ({
          key: d.key,
          title: d.label,
          render: (_: unknown, c: Row) => {
            const cell = c.decisions.find((x) => x.departmentId === d.id);
            const decision = cell?.decision ?? 'pending';
            const tag = (
              <Tag color={COLORS[decision]} data-testid={`jr-cell-${c.id}-${d.key}`}>
                {JOINT_REVIEW_DECISION_LABELS[decision]}
              </Tag>
            );
            return cell?.reason ? (
              <Tooltip title={cell.reason}>
                {tag}
                <div style={{ fontSize: 12, color: '#cf1322', maxWidth: 160 }}>{cell.reason}</div>
              </Tooltip>
            ) : (
              tag
            );
          },
        })),
      ]}
    />
  );
}
