import { SEX_LABELS, type Person } from '@jiceng/core';
import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { orgLine } from './personFields';
import { StageTag } from './StageTag';

/** The list as one card per person, for phones where eight columns do not fit. */
export function PersonCards({ persons, loading }: { persons: Person[]; loading: boolean }) {
  if (!loading && persons.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的人员" />;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="person-cards">
        {persons.map((p) => (
          <Link key={p.id} to={`/persons/${p.id}`} data-testid="person-card" style={{ color: 'inherit' }}>
            <Card size="small" hoverable>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>
                  {p.name}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
                    {SEX_LABELS[p.sex]} · {p.birthDate}
                  </Typography.Text>
                </Typography.Text>
                <StageTag stage={p.stage} />
              </Flex>
              <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 13 }}>
                {orgLine(p)}
                <br />
                身份证号 {p.idNumber}
                {p.admissionDate && ` · 入党 ${p.admissionDate}`}
              </Typography.Paragraph>
            </Card>
          </Link>
        ))}
      </Flex>
    </Spin>
  );
}
