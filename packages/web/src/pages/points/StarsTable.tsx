import { REVIEW_GRADE_LABELS, type StarMember } from '@jiceng/core';
import { Table, Tag, Typography } from 'antd';
import { StarText } from './StarText';

/** The members with their year's points, review grade, the stars computed now and the ones confirmed. */
export function StarsTable({ members, showOrg }: { members: StarMember[]; showOrg: boolean }) {
  return (
    <Table<StarMember>
      rowKey="personId"
      size="small"
      dataSource={members}
      pagination={members.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      data-testid="stars-table"
      onRow={(m) => ({ 'data-testid': `stars-row-${m.personId}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'name', title: '姓名', dataIndex: 'name', width: 100 },
        ...(showOrg ? [{ key: 'org', title: '所在支部', dataIndex: 'orgName', width: 180 }] : []),
        { key: 'points', title: '全年积分', dataIndex: 'points', width: 90, align: 'right' as const },
        {
          key: 'grade',
          title: '评议等次',
          width: 100,
          render: (_, m) =>
            m.grade ? (
              REVIEW_GRADE_LABELS[m.grade]
            ) : (
              <Typography.Text type="secondary">未评定</Typography.Text>
            ),
        },
        {
          key: 'stars',
          title: '评定星级',
          width: 110,
          render: (_, m) => <StarText stars={m.rating.stars} />,
        },
        {
          key: 'confirmed',
          title: '已确认',
          width: 120,
          render: (_, m) =>
            m.confirmed ? (
              m.confirmed.stars === m.rating.stars ? (
                <StarText stars={m.confirmed.stars} />
              ) : (
                <Tag color="orange">
                  已确认 {m.confirmed.stars} 星，现应为 {m.rating.stars} 星
                </Tag>
              )
            ) : (
              <Typography.Text type="secondary">未确认</Typography.Text>
            ),
        },
        {
          key: 'explanation',
          title: '说明',
          render: (_, m) => <span data-testid="stars-explanation">{m.rating.explanation}</span>,
        },
      ]}
    />
  );
}
