import { STAGE_LABELS, type PipelineCard } from '@jiceng/core';
import { Alert, Badge, Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { developmentApi } from '../../api/development';
import { useRequest } from '../../hooks/useRequest';
import { AdmissionTrainingTag } from '../trainings/AdmissionTrainingTag';

function PersonCard({ card, today }: { card: PipelineCard; today: string }) {
  return (
    <Link to={`/persons/${card.personId}`} style={{ color: 'inherit' }} data-testid="pipeline-card">
      <Card size="small" hoverable styles={{ body: { padding: 10 } }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>{card.name}</Typography.Text>
          {card.due && (
            <Tag color={card.due.overdue ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
              {card.due.overdue ? '逾期' : card.due.dueDate ? `${card.due.dueDate} 到期` : '待补'}
            </Tag>
          )}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {card.orgName}
          {card.stageSince ? ` · 自 ${card.stageSince}` : ''}
        </Typography.Text>
        {card.next && (
          <Typography.Text style={{ fontSize: 13, display: 'block', marginTop: 4 }}>
            下一步：{card.next.label}
            {card.next.earliestDate > today ? `（最早 ${card.next.earliestDate}）` : ''}
          </Typography.Text>
        )}
        {card.due && (
          <Typography.Text type={card.due.overdue ? 'danger' : 'warning'} style={{ fontSize: 12 }}>
            {card.due.label}
          </Typography.Text>
        )}
        {card.training && (
          <div style={{ marginTop: 4 }}>
            <AdmissionTrainingTag status={card.training} />
          </div>
        )}
      </Card>
    </Link>
  );
}

/** A column per stage for one org's subtree: who is where, and what each needs next. */
export function PipelineBoard({ orgId }: { orgId: number | null }) {
  const { data, error } = useRequest(
    () => (orgId ? developmentApi.pipeline(orgId) : Promise.resolve(null)),
    [orgId],
  );
  if (!orgId) return <Alert type="info" showIcon title="请选择一个党支部或党委，查看其发展党员阶段看板" />;
  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  return (
    <Flex vertical gap={12} data-testid="pipeline">
      {data.truncated && <Alert type="warning" showIcon title="人数较多，仅显示前 500 人；请选择下级组织" />}
      <Row gutter={[12, 12]}>
        {data.columns.map((column) => (
          <Col key={column.stage} xs={24} md={12} xl={6}>
            <Card
              size="small"
              title={
                <Flex gap={8} align="center">
                  {STAGE_LABELS[column.stage]}
                  <Badge count={column.cards.length} showZero color="#8c8c8c" />
                </Flex>
              }
              styles={{ body: { background: '#fafafa', minHeight: 120 } }}
              data-testid={`pipeline-column-${column.stage}`}
            >
              {column.cards.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />
              ) : (
                <Flex vertical gap={8}>
                  {column.cards.map((card) => (
                    <PersonCard key={card.personId} card={card} today={data.today} />
                  ))}
                </Flex>
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
