import { ORG_KIND_LABELS } from '@jiceng/core';
import { Button, Col, Flex, Result, Row, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';
import { FullPageSpin } from '../../layout/FullPageSpin';
import { OrgAwardsCard } from '../awards/OrgAwardsCard';
import { ChildrenTable } from './ChildrenTable';
import { OrgActions } from './OrgActions';
import { OrgBreadcrumb } from './OrgBreadcrumb';
import { OrgInfoCard } from './OrgInfoCard';
import { OrgPeopleCard } from './OrgPeopleCard';
import { useOrgTree } from './OrgTreeContext';
import { PostsCard } from './PostsCard';
import { TermCard } from './TermCard';

export default function OrgPage() {
  const id = Number(useParams().id);
  const { reveal } = useOrgTree();
  const { data, error, reload } = useRequest(() => orgsApi.get(id), [id]);

  useEffect(() => {
    if (data) reveal(data.ancestors.map((a) => a.id));
  }, [data, reveal]);

  if (error) {
    const notFound = error instanceof ApiRequestError && error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={error instanceof Error ? error.message : '加载失败'}
        extra={
          <Link to="/orgs">
            <Button>返回组织架构</Button>
          </Link>
        }
      />
    );
  }
  if (!data || data.org.id !== id) return <FullPageSpin />;
  const { org, ancestors, posts, children } = data;

  return (
    <Flex vertical gap={16} data-testid="org-page">
      <OrgBreadcrumb org={org} ancestors={ancestors} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="org-title">
            {org.name}
          </Typography.Title>
          <Tag color="red">{ORG_KIND_LABELS[org.kind]}</Tag>
        </Flex>
        <OrgActions org={org} onChanged={reload} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <OrgInfoCard org={org} />
            <TermCard org={org} onChanged={reload} />
            <OrgAwardsCard orgId={org.id} />
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <PostsCard orgId={org.id} posts={posts} onChanged={reload} />
            <OrgPeopleCard org={org} />
          </Flex>
        </Col>
      </Row>
      <ChildrenTable orgs={children} />
    </Flex>
  );
}
