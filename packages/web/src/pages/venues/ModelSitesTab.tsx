import { MODEL_SITE_LEVEL_LABELS, MODEL_SITE_LEVELS, type ModelSiteLevel } from '@jiceng/core';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { venuesApi } from '../../api/venues';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ModelSiteFormModal } from './ModelSiteFormModal';

/** 示范点: the model sites under the org as cards, by level and year. */
export function ModelSitesTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const [level, setLevel] = useState<ModelSiteLevel | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const { data, error, reload } = useRequest(() => venuesApi.modelSites({ orgId, level }), [orgId, level]);
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Select
          allowClear
          placeholder="全部级别"
          value={level}
          onChange={setLevel}
          style={{ minWidth: 160 }}
          options={MODEL_SITE_LEVELS.map((l) => ({ value: l, label: MODEL_SITE_LEVEL_LABELS[l] }))}
        />
        {can('service.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="site-add">
            命名党支部为示范点
          </Button>
        )}
        <Typography.Text type="secondary">场所命名为示范点请在场所页面操作</Typography.Text>
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data && error === undefined && <Skeleton active />}
      {data?.length === 0 && <Empty description="暂无示范点" />}
      <Row gutter={[12, 12]}>
        {data?.map((s) => (
          <Col key={s.id} xs={24} sm={12} lg={8}>
            <Link to={`/service/venues/sites/${s.id}`} data-testid="site-link">
              <Card
                size="small"
                hoverable
                cover={
                  s.coverPhotoUrl ? (
                    <img src={s.coverPhotoUrl} alt={s.title} style={{ height: 160, objectFit: 'cover' }} />
                  ) : undefined
                }
              >
                <Flex vertical gap={4}>
                  <Flex gap={4} wrap align="center">
                    <Typography.Text strong>{s.title}</Typography.Text>
                    <Tag color="gold">
                      {s.year} {s.levelLabel}
                    </Tag>
                    {s.withdrawnAt && <Tag>已撤销</Tag>}
                  </Flex>
                  <Typography.Text type="secondary">
                    {s.orgName}
                    {s.venueName ? ` · ${s.venueName}` : ''}
                  </Typography.Text>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {s.practices}
                  </Typography.Paragraph>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {adding && (
        <ModelSiteFormModal onDone={() => (setAdding(false), reload())} onClose={() => setAdding(false)} />
      )}
    </Flex>
  );
}
